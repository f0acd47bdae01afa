namespace Osez.Corpus.French;

/// <summary>
/// Elision and contraction: "le équipe" is "l'équipe", "de le" is "du", "à les" is "aux".
/// Text is built with the straight apostrophe; a document may turn it into the typographic one at the end.
/// </summary>
internal static class Elision
{
    /// <summary>Words whose "h" is aspirated: no elision before them ("le handicap").</summary>
    private static readonly HashSet<string> AspiratedH = new(StringComparer.Ordinal)
    {
        "handicap", "hausse", "hiérarchie", "hall", "hameau", "hasard", "haut", "haute", "hauts", "hautes", "honte", "hangar",
    };

    /// <summary>True when a word takes the elided forms before it (l', d', qu').</summary>
    public static bool StartsWithVowelSound(string text)
    {
        if (text.Length == 0)
            return false;
        var first = text.Split(' ', '-')[0].ToLowerInvariant();
        if (first.StartsWith('h'))
            return !AspiratedH.Contains(first);
        return "aeiouyàâäéèêëîïôöûüœæ".Contains(first[0]);
    }

    /// <summary>"le"/"la" + word, elided when needed.</summary>
    public static string Definite(string word, Gender gender, bool plural)
        => plural ? "les " + word
            : StartsWithVowelSound(word) ? "l'" + word
            : (gender == Gender.Feminine ? "la " : "le ") + word;

    /// <summary>"de" before a phrase: "du", "des", "de la", "de l'", "d'", or "de" before an indefinite plural.</summary>
    public static string De(string phrase)
    {
        if (phrase.StartsWith("le ", StringComparison.Ordinal))
            return "du " + phrase[3..];
        if (phrase.StartsWith("les ", StringComparison.Ordinal))
            return "des " + phrase[4..];
        if (phrase.StartsWith("des ", StringComparison.Ordinal))
            return StartsWithVowelSound(phrase[4..]) ? "d'" + phrase[4..] : "de " + phrase[4..];
        if (phrase.StartsWith("la ", StringComparison.Ordinal) || phrase.StartsWith("l'", StringComparison.Ordinal))
            return "de " + phrase;
        return StartsWithVowelSound(phrase) ? "d'" + phrase : "de " + phrase;
    }

    /// <summary>"à" before a phrase: "au", "aux", "à la", "à l'".</summary>
    public static string A(string phrase)
    {
        if (phrase.StartsWith("le ", StringComparison.Ordinal))
            return "au " + phrase[3..];
        if (phrase.StartsWith("les ", StringComparison.Ordinal))
            return "aux " + phrase[4..];
        return "à " + phrase;
    }

    /// <summary>"que", "de", "ne", "parce que"... followed by a word, elided before a vowel sound.</summary>
    public static string Join(string word, string next)
        => word.EndsWith('e') && StartsWithVowelSound(next) ? word[..^1] + "'" + next : word + " " + next;

    /// <summary>"lorsque", "puisque": elided only before il, elle, on, un, une, en.</summary>
    public static string JoinNarrow(string word, string next)
    {
        var first = next.Split(' ')[0];
        return first is "il" or "ils" or "elle" or "elles" or "on" or "un" or "une" or "en"
            ? word[..^1] + "'" + next
            : word + " " + next;
    }

    /// <summary>Upper-cases the first letter, leaving the rest as is.</summary>
    public static string Capitalise(string text)
        => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];
}
