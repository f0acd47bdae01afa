using System.Text.Json;
using Osez.Configuration;
using Osez.Content;
using Osez.Content.Schema;
using Osez.Rendering;
using Osez.Rendering.Views;
using Osez.Site;
using Osez.Text;
using Osez.Vocabularies;

namespace Osez.Contributing;

/// <summary>
/// Builds the "Proposer une fiche" form from the vocabularies, and the data its script
/// (assets/proposer.js) needs to write the same file as <c>new</c>.
/// </summary>
public static class ProposalForm
{
    public const string WriteUpsFolder = "content/fiches";
    public const string CharterSlug = "charte";
    public const string IssueTemplate = "proposer-une-experience.yml";

    /// <summary>Radio buttons up to this many terms; a list beyond.</summary>
    public const int MaxRadios = 8;

    /// <summary>Longest forge address the form builds with the text in it; beyond, the text is pasted.</summary>
    public const int MaxUrlLength = 8000;

    /// <summary>The file of a write-up written as a folder (with its images next to it).</summary>
    public const string WriteUpFolderIndex = "index.md";

    /// <summary>The largest image the form takes, in megabytes: a phone photo at medium size is well below; mail servers refuse much more.</summary>
    public const int MaxImageMegabytes = 5;

    /// <summary>The most images one proposal carries: their total stays below what a mail can take.</summary>
    public const int MaxImages = 6;

    /// <summary>The image types the form takes (what browsers show), with the extension of their file.</summary>
    public static IReadOnlyDictionary<string, string> ImageTypes { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["image/jpeg"] = "jpg", ["image/png"] = "png", ["image/webp"] = "webp", ["image/gif"] = "gif",
    };

    public static ProposalView Create(SiteModel site)
    {
        var config = site.Config;
        var fields = site.Vocabularies.All.Select(Field).ToList();
        var sections = WriteUpOutline.Sections.Select(s => new ProposalSectionView(s.Heading, "partie-" + Slugs.FromText(s.Heading), s.Prompt)).ToList();
        var charter = site.Pages.Any(p => p.Slug == CharterSlug) ? SiteUrls.Page(CharterSlug) : string.Empty;
        var forge = !config.HasRepository ? string.Empty : ForgeLinks.IsGitLab(config) ? "gitlab" : "github";
        var newFile = ForgeLinks.NewFile(config, WriteUpsFolder);
        var issue = !config.HasRepository ? string.Empty
            : forge == "gitlab" ? ForgeLinks.NewIssue(config, "Proposer une expérience", string.Empty)
            : $"{config.RepositoryUrl}/issues/new?template={IssueTemplate}";
        return new ProposalView(fields, sections, charter, newFile, ForgeLinks.View(config, "CONTRIBUTING.md"), issue, forge,
            WriteUpSchema.Title.Min, WriteUpSchema.Title.Max, WriteUpSchema.Summary.Min, WriteUpSchema.Summary.Max,
            AuthorLimits(),
            [.. WriteUpSchema.GenericFields.Select(f => new ProposalValueView(f.Key, HtmlId(f), f.Label, f.Help, f.Kind == FieldKind.Names, f.ValueMin, f.Max))],
            config.EditorialTeam is { } team ? new TeamView(team.Email, team.Name, team.NextSteps, team.Shown) : null,
            Markup.ScriptJson(Data(site, forge, newFile)))
        {
            Images = new ProposalImagesView(string.Join(',', ImageTypes.Keys), MaxImages, MaxImageMegabytes),
        };
    }

    /// <summary>The longest value of each author field the form asks (nom, prenom, fonction, structure), by key.</summary>
    private static IReadOnlyDictionary<string, int> AuthorLimits()
        => WriteUpSchema.Authors.Children.ToDictionary(f => f.Key, f => f.Max, StringComparer.Ordinal);

    private static string HtmlId(Field field) => "champ-" + Slugs.FromText(field.Key);

    private static ProposalFieldView Field(Vocabulary vocabulary)
    {
        var id = "champ-" + Slugs.FromText(vocabulary.Key);
        var control = !vocabulary.IsSingle ? "checkbox" : vocabulary.Terms.Count <= MaxRadios ? "radio" : "select";
        var hint = vocabulary.IsSingle ? "Un seul choix."
            : vocabulary.Min > 1 ? $"De {vocabulary.Min} à {vocabulary.Max} choix."
            : vocabulary.Min == 1 ? $"De 1 à {vocabulary.Max} choix."
            : $"Jusqu'à {vocabulary.Max} choix.";
        var terms = vocabulary.Terms.Select((t, i) => new ProposalTermView(t.Id, $"{id}-{i + 1}", t.Label, t.Description)).ToList();
        return new ProposalFieldView(vocabulary.Key, id, vocabulary.IsSingle ? vocabulary.SingularLabel : vocabulary.Label,
            vocabulary.Description, vocabulary.Required, vocabulary.Min, vocabulary.Max, control, hint, terms);
    }

    private static string Data(SiteModel site, string forge, string newFile)
    {
        var config = site.Config;
        var data = new
        {
            dossier = WriteUpsFolder,
            // The draft kept in the browser is the site's own: sites opened from disk share one storage.
            site = config.Title,
            equipe = config.EditorialTeam is { } team ? new { courriel = team.Email } : null,
            titre = new { min = WriteUpSchema.Title.Min, max = WriteUpSchema.Title.Max },
            resume = new { min = WriteUpSchema.Summary.Min, max = WriteUpSchema.Summary.Max },
            rappels = WriteUpOutline.Reminders,
            resume_a_completer = WriteUpOutline.SummaryPlaceholder,
            commentaires = new
            {
                resume = WriteUpScaffold.Comments.Summary,
                auteurs = WriteUpScaffold.Comments.Authors,
                periode = WriteUpScaffold.Comments.Period,
                en_cours = WriteUpScaffold.Comments.Ongoing,
                taille = WriteUpScaffold.Comments.GroupSize,
                taille_exemple = WriteUpScaffold.Comments.GroupSizeExample,
                statut = WriteUpScaffold.Comments.Status,
            },
            sections = WriteUpOutline.Sections.Select(s => new { titre = s.Heading, id = "partie-" + Slugs.FromText(s.Heading), invite = s.PromptLine }),
            vocabulaires = site.Vocabularies.All.Select(v => new
            {
                cle = v.Key,
                id = "champ-" + Slugs.FromText(v.Key),
                libelle = v.IsSingle ? v.SingularLabel : v.Label,
                unique = v.IsSingle,
                obligatoire = v.Required,
                min = v.Min,
                max = v.Max,
                commentaires = WriteUpScaffold.CommentLines(v),
                exemple = v.Terms.FirstOrDefault()?.Id ?? "...",
            }),
            // The generic fields of the schema, written by the script as new writes them (WriteUpScaffold).
            champs = WriteUpSchema.GenericFields.Select(f => new
            {
                cle = f.Key,
                id = HtmlId(f),
                libelle = f.Label,
                commentaire = f.Help,
                liste = f.Kind == FieldKind.Names,
                min = f.ValueMin,
                max = f.Max,
            }),
            // Published names only: the form must not reveal drafts. A clash with a draft is caught by the pull request's checks.
            fiches = site.WriteUps.Select(w => w.Slug),
            slug_par_defaut = SlugPicker.Fallback,
            slug_longueur_max = Slugs.MaxLength,
            images = new { max = MaxImages, mo_max = MaxImageMegabytes, types = ImageTypes, index = WriteUpFolderIndex },
            forge = new { type = forge, nouveau_fichier = newFile, longueur_max = MaxUrlLength },
        };
        // The default encoder escapes <, > and &: the JSON cannot close the script element it sits in.
        return JsonSerializer.Serialize(data);
    }
}
