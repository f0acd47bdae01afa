namespace Osez.Contributing;

/// <summary>
/// The common plan of every write-up (the charter's "plan commun") with the question each part
/// answers, and the anonymisation reminders put at the top of every new file. The command line
/// and the "Proposer une fiche" form both take them from here.
/// </summary>
public static class WriteUpOutline
{
    /// <summary>What a section still to be written says: the same words everywhere, so it can be found.</summary>
    public const string ToComplete = "À compléter :";

    public static IReadOnlyList<OutlineSection> Sections { get; } =
    [
        new("Contexte", "le territoire (sans le nommer), le service, ce qui a fait naître l'action."),
        new("Le groupe", "qui y a pris part, combien (une fourchette), comment le groupe s'est constitué."),
        new("Démarche", "les étapes, les méthodes, le rôle des professionnels et celui des personnes."),
        new("Ce que le groupe a produit", "les réalisations concrètes : un document, un événement, une décision obtenue."),
        new("Effets pour les personnes", "ce qui a changé pour les participants, dit à l'échelle du groupe."),
        new("Effets pour les professionnels", "ce qui a changé dans vos pratiques, votre service, vos partenariats."),
        new("Difficultés", "ce qui n'a pas marché, les obstacles, ce que vous feriez autrement."),
        new("Enseignements", "ce que vous diriez à une collègue qui voudrait se lancer."),
    ];

    /// <summary>The résumé of a draft whose author has not written it yet (long enough to pass the checks).</summary>
    public const string SummaryPlaceholder =
        ToComplete + " deux ou trois phrases qui disent ce que le groupe a fait et ce que cela a changé.";

    /// <summary>The anonymisation rules, as the comment lines that open a new file.</summary>
    public static IReadOnlyList<string> Reminders { get; } =
    [
        "Avant d'écrire, relisez la charte d'anonymisation (content/pages/charte.md) :",
        "- aucun nom, prénom ni initiale de personne accompagnée : « une participante », « un habitant » ;",
        "- ni adresse, ni commune, ni quartier, ni nom d'établissement local : seulement le département ;",
        "- ni téléphone, ni courriel, ni numéro de dossier ou de sécurité sociale, ni date d'état civil (naissance, mariage...) ;",
        "- des fourchettes et des mois : jamais un âge exact, un nombre exact de personnes ou un jour précis ;",
        "- l'accord du groupe avant de proposer la fiche ; une seconde personne la relira avant publication.",
        "Les lignes qui commencent par « # » sont des commentaires : elles ne sont jamais publiées.",
    ];
}

/// <summary>One part of a write-up's body: its heading and the question it answers.</summary>
public sealed record OutlineSection(string Heading, string Prompt)
{
    /// <summary>The line a new file holds under the heading until the section is written.</summary>
    public string PromptLine => $"_{WriteUpOutline.ToComplete} {Prompt}_";
}
