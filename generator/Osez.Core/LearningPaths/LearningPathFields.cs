namespace Osez.LearningPaths;

/// <summary>The front-matter keys of a learning path, with examples for the messages.</summary>
public static class LearningPathFields
{
    public const int QuestionMax = 300;

    public static IReadOnlyList<string> Keys { get; } = ["titre", "resume", "public", "duree", "illustratif", "ordre", "etapes"];

    public const string StepsExample = "etapes:\n  - fiche: nom-de-la-fiche\n    question: \"Qu'est-ce qui a permis au groupe de se constituer ?\"";
}
