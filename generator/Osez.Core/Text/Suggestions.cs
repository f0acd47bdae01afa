namespace Osez.Text;

/// <summary>"Did you mean" suggestions, insensitive to case, accents and punctuation.</summary>
public static class Suggestions
{
    /// <summary>
    /// Longest identifier compared: a suggestion is for a typo in a word or a title, and the distance between two
    /// texts costs the product of their lengths.
    /// </summary>
    public const int MaxLength = 100;

    /// <summary>Up to <paramref name="max"/> candidates close to <paramref name="typed"/>, closest first.</summary>
    /// <param name="candidates">Pairs of (value to suggest, extra text it is also known by, such as a label).</param>
    public static IReadOnlyList<string> Closest(string typed, IEnumerable<(string Value, string Alias)> candidates, int max = 3)
    {
        if (typed.Length > 4 * MaxLength)
            return [];
        var key = TextFolding.ToIdentifier(typed);
        if (key.Length is 0 or > MaxLength)
            return [];
        var scored = new List<(string Value, int Score)>();
        foreach (var (value, alias) in candidates)
        {
            if (value.Length > 4 * MaxLength)
                continue;
            var best = Math.Min(Score(key, TextFolding.ToIdentifier(value)),
                alias.Length is > 0 and <= 4 * MaxLength ? Score(key, TextFolding.ToIdentifier(alias)) : int.MaxValue);
            if (best < int.MaxValue)
                scored.Add((value, best));
        }
        return scored
            .OrderBy(s => s.Score)
            .ThenBy(s => s.Value, StringComparer.Ordinal)
            .Select(s => s.Value)
            .Distinct(StringComparer.Ordinal)
            .Take(max)
            .ToList();
    }

    public static IReadOnlyList<string> Closest(string typed, IEnumerable<string> candidates, int max = 3)
        => Closest(typed, candidates.Select(c => (c, string.Empty)), max);

    /// <summary>0 for the same identifier; a small number for near misses; int.MaxValue when unrelated.</summary>
    private static int Score(string typed, string candidate)
    {
        if (candidate.Length is 0 or > MaxLength)
            return int.MaxValue;
        if (typed == candidate)
            return 0;
        var distance = Levenshtein(typed, candidate);
        var tolerance = Math.Max(2, Math.Min(typed.Length, candidate.Length) / 3);
        if (distance <= tolerance)
            return distance;
        // "logement" for "logement-habitat", "theme" for "thematiques": a shared beginning of four letters or more.
        var shared = SharedPrefix(typed, candidate);
        if (shared >= 4 && (shared >= typed.Length - 1 || shared == candidate.Length || shared >= 6))
            return 10 + Math.Abs(candidate.Length - typed.Length);
        if (typed.Length >= 5 && candidate.Contains(typed, StringComparison.Ordinal))
            return 20 + candidate.Length - typed.Length;
        return int.MaxValue;
    }

    private static int SharedPrefix(string a, string b)
    {
        var n = Math.Min(a.Length, b.Length);
        var i = 0;
        while (i < n && a[i] == b[i])
            i++;
        return i;
    }

    public static int Levenshtein(string a, string b)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
            previous[j] = j;
        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }
            (previous, current) = (current, previous);
        }
        return previous[b.Length];
    }
}
