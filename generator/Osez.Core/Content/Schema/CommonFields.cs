namespace Osez.Content.Schema;

/// <summary>
/// The fields every kind of document shares (a write-up, a free page, a learning path): each document takes them
/// with its own limits and example (<c>CommonFields.Title with { Min = 10 }</c>).
/// </summary>
public static class CommonFields
{
    public static Field Title { get; } = new("titre", "Titre")
    {
        Required = true,
        Min = 1,
        Max = 120,
        Help = "Le titre de la page.",
        Example = "titre: À propos",
    };

    public static Field Summary { get; } = new("resume", "Résumé")
    {
        Max = 400,
        Help = "Une phrase ou deux qui disent de quoi il s'agit.",
        Example = "resume: Une phrase.",
    };

    public static Field Illustrative { get; } = new("illustratif", "Illustratif")
    {
        Kind = FieldKind.Boolean,
        Default = "false",
        Help = "true pour un exemple inventé : un bandeau le dit sur la page.",
        Example = "illustratif: true",
    };

    public static Field Order { get; } = new("ordre", "Ordre")
    {
        Kind = FieldKind.Integer,
        Min = -1000,
        Max = 1000,
        Default = "100",
        Help = "La place dans les listes : les plus petits nombres d'abord.",
        Example = "ordre: 10",
    };

    /// <summary>Passages the author declares as false alarms of the anonymisation check.</summary>
    public static Field AcceptedPassages { get; } = new(AcceptedPassage.Key, "Passages acceptés par la vérification d'anonymisation")
    {
        Kind = FieldKind.Records,
        ItemDescription = "une liste de passages décrits par « texte » et « raison »",
        Help = "Des passages signalés à tort comme données personnelles, chacun avec la raison.",
        Example = AcceptedPassage.Example,
        Children =
        [
            new("texte", "Passage") { Help = "Le passage exact, tel qu'il est écrit.", Required = true, Min = 1, Max = 200, Example = "texte: \"le passage exact\"" },
            new("raison", "Raison") { Help = "Pourquoi ce n'est pas une donnée personnelle.", Required = true, Min = AcceptedPassage.MinReasonLength, Max = 300, Example = "raison: \"pourquoi ce n'est pas une donnée personnelle\"" },
        ],
    };
}
