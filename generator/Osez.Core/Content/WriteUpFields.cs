namespace Osez.Content;

/// <summary>The front-matter keys of a write-up that are not vocabularies, with an example each.</summary>
public static class WriteUpFields
{
    public const int TitleMin = 10, TitleMax = 120;
    public const int SummaryMin = 40, SummaryMax = 400;
    public const int WhyMax = 200;

    public static IReadOnlyList<string> Keys { get; } =
    [
        "titre", "resume", "date_publication", "date_mise_a_jour", "auteurs", "periode", "territoire",
        "taille_groupe", "statut", "illustratif", "licence", "contact", "liens", "relecture_anonymisation",
        "anonymisation_acceptee",
        "anciens_slugs",
    ];

    public const string AuthorExample = "auteurs:\n  - nom: Martin\n    prenom: Claire\n    fonction: Assistante de service social\n    structure: Service social départemental";
    public const string PeriodExample = "periode:\n  debut: 2023-09\n  fin: 2025-02   (ou : en_cours: true)";
    public const string RelatedExample = "liens:\n  - fiche: nom-de-l-autre-fiche\n    pourquoi: Une phrase qui dit pourquoi la lire aussi.";
    public const string FormerSlugsExample = "anciens_slugs: [ancien-nom-du-fichier]";
    public const string ReviewExample = "relecture_anonymisation:\n  faite: true\n  par: Nom ou rôle de la relectrice\n  date: 2025-03-10";
}
