using Osez.Content.Schema;
using Osez.Text;
using Osez.Vocabularies;

namespace Osez.Contributing.Receiving;

/// <summary>How a question of the forge's issue form is answered.</summary>
public enum IssueFieldKind
{
    Checkbox,
    Line,
    Text,
}

/// <summary>One question of the issue form: its id (the URL parameter that prefills it), its French label (the heading of its answer).</summary>
public sealed record IssueFormField(string Id, string Label, IssueFieldKind Kind);

/// <summary>
/// The questions of the issue form « Proposer une expérience » (.github/ISSUE_TEMPLATE/proposer-une-experience.yml), in
/// its order. Their ids are the names of the site form's fields, so that the site can prefill the issue form, and never
/// change: links already shared carry them. A test holds the template and this list together.
/// </summary>
public static class IssueForm
{
    public const string CharterId = "charte";
    public const string CharterLabel = "Charte d'anonymisation";
    public const string CharterOption = "J'ai relu mon texte selon la charte, et le groupe est d'accord pour que son action soit racontée.";
    public const string TitleId = "titre";
    public const string SummaryId = "resume";
    public const string LastNameId = "nom";
    public const string FirstNameId = "prenom";
    public const string RoleId = "fonction";
    public const string OrganisationId = "structure";
    public const string StartId = "debut";
    public const string EndId = "fin";
    public const string GroupSizeId = "taille_groupe";

    /// <summary>What GitHub writes for an optional question left empty.</summary>
    public const string NoResponse = "_No response_";

    public static IReadOnlyList<IssueFormField> Fields(VocabularySet vocabularies) =>
    [
        new(CharterId, CharterLabel, IssueFieldKind.Checkbox),
        new(TitleId, "Titre de la fiche", IssueFieldKind.Line),
        new(SummaryId, "Résumé", IssueFieldKind.Text),
        new(LastNameId, "Votre nom", IssueFieldKind.Line),
        new(FirstNameId, "Votre prénom", IssueFieldKind.Line),
        new(RoleId, "Votre fonction", IssueFieldKind.Line),
        new(OrganisationId, "Votre structure", IssueFieldKind.Line),
        new(StartId, "Début de l'action", IssueFieldKind.Line),
        new(EndId, "Fin de l'action", IssueFieldKind.Line),
        new(GroupSizeId, "Taille du groupe", IssueFieldKind.Line),
        .. WriteUpSchema.GenericFields.Select(f => new IssueFormField(f.Key, f.Label, f.Kind == FieldKind.Names ? IssueFieldKind.Text : IssueFieldKind.Line)),
        .. vocabularies.All.Select(v => new IssueFormField(VocabularyId(v.Key), v.IsSingle ? v.SingularLabel : v.Label, IssueFieldKind.Line)),
        .. WriteUpOutline.Sections.Select(s => new IssueFormField(SectionId(s.Heading), s.Heading, IssueFieldKind.Text)),
    ];

    /// <summary>"territoire.departement" gives "territoire-departement": ids take letters, digits, "-" and "_".</summary>
    public static string VocabularyId(string key) => key.Replace('.', '-');

    /// <summary>The id of a part of the text: the site form's ("partie-contexte").</summary>
    public static string SectionId(string heading) => "partie-" + Slugs.FromText(heading);
}
