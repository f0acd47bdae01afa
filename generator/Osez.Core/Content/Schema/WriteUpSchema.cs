namespace Osez.Content.Schema;

/// <summary>
/// The front matter of a write-up (fiche d'expérience), each field once. Besides these fields, a write-up takes
/// one key per vocabulary of <c>content/vocabulaires/</c> (<see cref="Keys"/>).
/// </summary>
public static class WriteUpSchema
{
    private const int SummaryMin = 40, SummaryMax = 400;

    public static Field Title { get; } = CommonFields.Title with
    {
        Min = 10,
        Help = "Ce que le groupe a fait, en une phrase.",
        Example = "titre: \"Un titre qui dit ce que le groupe a fait\"",
    };

    public static Field Summary { get; } = CommonFields.Summary with
    {
        Required = true,
        Min = SummaryMin,
        Max = SummaryMax,
        Help = $"Deux ou trois phrases, de {SummaryMin} à {SummaryMax} caractères : elles apparaissent dans les listes de fiches.",
        Example = "resume: \"Deux phrases qui résument l'action.\"",
    };

    public static Field PublishedOn { get; } = new("date_publication", "Date de publication")
    {
        Kind = FieldKind.Date,
        Required = true,
        Help = "Le jour où la fiche est publiée.",
        Example = "date_publication: 2025-03-14",
    };

    public static Field UpdatedOn { get; } = new("date_mise_a_jour", "Date de mise à jour")
    {
        Kind = FieldKind.Date,
        Help = "Le jour de la dernière modification importante.",
        Example = "date_mise_a_jour: 2025-10-20",
    };

    public static Field Authors { get; } = new("auteurs", "Auteurs")
    {
        Kind = FieldKind.Records,
        Required = true,
        Min = 1,
        ItemDescription = "une liste de personnes décrites par nom, prenom, fonction et structure",
        Help = "Les professionnels qui écrivent la fiche, jamais les personnes accompagnées.",
        Example = "auteurs:\n  - nom: Martin\n    prenom: Claire\n    fonction: Assistante de service social\n    structure: Service social départemental",
        Children =
        [
            new("nom", "Nom") { Max = 100, Help = "Le nom de famille du professionnel.", Example = "nom: Martin" },
            new("prenom", "Prénom") { Max = 100, Help = "Son prénom.", Example = "prenom: Claire" },
            new("fonction", "Fonction") { Max = 150, Help = "Son métier : assistante de service social, animateur...", Example = "fonction: Assistante de service social" },
            new("structure", "Structure") { Max = 200, Help = "Son service ou son association.", Example = "structure: Service social départemental" },
            new("collectif", "Collectif") { Max = 200, Help = "Pour signer à plusieurs, à la place du nom.", Example = "collectif: Groupe de travail ISIC" },
        ],
    };

    public static Field Period { get; } = new("periode", "Période")
    {
        Kind = FieldKind.Map,
        Required = true,
        Help = "Au mois près (AAAA-MM), jamais le jour.",
        Example = "periode:\n  debut: 2023-09\n  fin: 2025-02   (ou : en_cours: true)",
        Children =
        [
            new("debut", "Début") { Kind = FieldKind.Month, Required = true, Help = "Le mois où l'action a commencé.", Example = "debut: 2023-09" },
            new("fin", "Fin") { Kind = FieldKind.Month, Help = "Le mois où elle s'est terminée.", Example = "fin: 2025-02" },
            new("en_cours", "En cours") { Kind = FieldKind.Boolean, Default = "false", Help = "true si l'action continue (à la place de fin).", Example = "en_cours: true" },
        ],
    };

    public static Field GroupSize { get; } = new("taille_groupe", "Taille du groupe")
    {
        Kind = FieldKind.Range,
        Help = "Une fourchette de personnes, jamais un nombre exact.",
        Example = "taille_groupe: 8-15",
    };

    public static Field Funders { get; } = new("financeurs", "Financeurs")
    {
        Kind = FieldKind.Names,
        Generic = true,
        Max = 150,
        Help = "Qui a financé l'action : des institutions (CAF, conseil départemental, contrat de ville...), jamais une personne.",
        Example = "financeurs: [Caisse d'allocations familiales, Conseil départemental]",
    };

    public static Field Status { get; } = new("statut", "Statut")
    {
        Kind = FieldKind.Choice,
        Required = true,
        Values = ["brouillon", "publie"],
        Help = "brouillon tant que la fiche n'est pas relue ; l'équipe du site écrira « publie » après la relecture d'anonymisation.",
        Example = "statut: brouillon   (ou : publie)",
    };

    public static Field Illustrative { get; } = CommonFields.Illustrative with
    {
        Help = "true pour une fiche d'exemple, inventée : un bandeau le dit sur la page.",
    };

    public static Field Licence { get; } = new("licence", "Licence")
    {
        Kind = FieldKind.Choice,
        Values = [.. Licences.Known.Keys],
        Default = Licences.Default,
        Help = "La licence sous laquelle la fiche est publiée.",
        Example = "licence: CC-BY-4.0",
    };

    public static Field Contact { get; } = new("contact", "Contact")
    {
        Kind = FieldKind.Map,
        Help = "Toujours institutionnel : jamais l'adresse ou le téléphone d'une personne.",
        Example = "contact:\n  structure: Centre social\n  courriel: accueil@exemple.org",
        Children =
        [
            new("structure", "Structure") { Required = true, Min = 1, Max = 200, Help = "Le service ou l'association à contacter.", Example = "structure: Centre social" },
            new("courriel", "Courriel") { Kind = FieldKind.EmailAddress, Max = 200, Help = "L'adresse d'un service (accueil@...), jamais celle d'une personne.", Example = "courriel: accueil@exemple.org" },
            new("telephone", "Téléphone") { Max = 40, Help = "Le numéro du standard ou du service.", Example = "telephone: 01 23 45 67 89" },
            new("site", "Site") { Kind = FieldKind.WebAddress, Max = 300, Help = "Le site de la structure.", Example = "site: https://exemple.org" },
        ],
    };

    public static Field Related { get; } = new("liens", "Fiches liées")
    {
        Kind = FieldKind.Records,
        ItemDescription = "une liste de fiches avec « fiche » et « pourquoi »",
        Help = "D'autres fiches à lire, avec pourquoi.",
        Example = "liens:\n  - fiche: nom-de-l-autre-fiche\n    pourquoi: Une phrase qui dit pourquoi la lire aussi.",
        Children =
        [
            new("fiche", "Fiche") { Required = true, Help = "Le nom du fichier de l'autre fiche, sans « .md ».", Example = "fiche: nom-de-l-autre-fiche" },
            new("pourquoi", "Pourquoi") { Required = true, Min = 1, Max = 200, Help = "Une phrase qui dit pourquoi la lire aussi.", Example = "pourquoi: Une phrase qui dit pourquoi la lire aussi." },
        ],
    };

    public static Field Review { get; } = new("relecture_anonymisation", "Relecture d'anonymisation")
    {
        Kind = FieldKind.Map,
        Help = "Obligatoire pour publier : qui a relu la fiche pour l'anonymat, et quand.",
        Example = "relecture_anonymisation:\n  faite: true\n  par: Nom ou rôle de la relectrice\n  date: 2025-03-10",
        Children =
        [
            new("faite", "Faite") { Kind = FieldKind.Boolean, Default = "false", Help = "true quand la relecture est faite.", Example = "faite: true" },
            new("par", "Par") { Required = true, Min = 1, Max = 200, Help = "Qui a relu : un nom ou un rôle.", Example = "par: Nom ou rôle de la relectrice" },
            new("date", "Date") { Kind = FieldKind.Date, Required = true, Help = "Le jour de la relecture.", Example = "date: 2025-03-10" },
        ],
    };

    public static Field FormerSlugs { get; } = new("anciens_slugs", "Anciennes adresses")
    {
        Kind = FieldKind.Names,
        Help = "Les noms qu'avait le fichier avant d'être renommé : les anciennes adresses mènent à la fiche.",
        Example = "anciens_slugs: [ancien-nom-du-fichier]",
    };

    /// <summary>Every field, in the order of a file (the vocabularies come after <see cref="GroupSize"/>).</summary>
    public static IReadOnlyList<Field> Fields { get; } =
    [
        Title, Summary, PublishedOn, UpdatedOn, Authors, Period, GroupSize, Funders, Status, Illustrative, Licence, Contact,
        Related, Review, CommonFields.AcceptedPassages, FormerSlugs,
    ];

    /// <summary>The fields read, shown, asked and written without code of their own (<see cref="Field.Generic"/>), in file order.</summary>
    public static IReadOnlyList<Field> GenericFields { get; } = [.. Fields.Where(f => f.Generic)];

    /// <summary>The keys a write-up may have: its fields, then the vocabularies' (« territoire » for « territoire.type »).</summary>
    public static IReadOnlyList<string> Keys(IEnumerable<string> vocabularyKeys)
        => Fields.Select(f => f.Key).Concat(vocabularyKeys.Select(k => k.Split('.')[0])).Distinct().ToList();
}
