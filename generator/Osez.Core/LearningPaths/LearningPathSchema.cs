using Osez.Content.Schema;

namespace Osez.LearningPaths;

/// <summary>The front matter of a learning path (<c>content/parcours/</c>), each field once, sharing the common part.</summary>
public static class LearningPathSchema
{
    public static Field Title { get; } = CommonFields.Title with
    {
        Min = 5,
        Help = "Ce que le parcours fait travailler.",
        Example = "titre: \"Démarrer un groupe d'habitants\"",
    };

    public static Field Summary { get; } = CommonFields.Summary with
    {
        Required = true,
        Min = 20,
        Example = "resume: \"Ce que le parcours permet de travailler, en deux phrases.\"",
    };

    public static Field Audience { get; } = new("public", "Public")
    {
        Max = 200,
        Help = "À qui il s'adresse.",
        Example = "public: \"Étudiants assistants de service social, 2e année\"",
    };

    public static Field Duration { get; } = new("duree", "Durée")
    {
        Max = 100,
        Help = "Le temps qu'il demande.",
        Example = "duree: \"Deux séances de trois heures\"",
    };

    public static Field Illustrative { get; } = CommonFields.Illustrative;

    public static Field Order { get; } = CommonFields.Order;

    public const int QuestionMax = 300;

    public static Field Steps { get; } = new("etapes", "Étapes")
    {
        Kind = FieldKind.Records,
        Required = true,
        Min = 1,
        ItemDescription = "une liste d'étapes avec « fiche » et « question »",
        Help = "Les fiches à lire, dans l'ordre, chacune avec une question pour la discussion.",
        Example = "etapes:\n  - fiche: nom-de-la-fiche\n    question: \"Qu'est-ce qui a permis au groupe de se constituer ?\"",
        Children =
        [
            new("fiche", "Fiche") { Required = true, Example = "fiche: nom-de-la-fiche" },
            new("question", "Question") { Required = true, Min = 5, Max = QuestionMax, Example = "question: \"Une question pour la discussion ?\"" },
        ],
    };

    public static IReadOnlyList<Field> Fields { get; } = [Title, Summary, Audience, Duration, Illustrative, Order, Steps];
}
