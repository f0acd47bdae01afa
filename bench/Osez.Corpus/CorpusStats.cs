using System.Globalization;

namespace Osez.Corpus;

/// <summary>Size figures of a generated corpus, printed with <c>--stats</c>.</summary>
internal sealed record CorpusStats(int Count, long Bytes, IReadOnlyList<int> BodyWords)
{
    public override string ToString()
    {
        if (Count == 0)
            return "0 fiche";
        var sorted = BodyWords.Order().ToList();
        return string.Create(CultureInfo.InvariantCulture,
            $"{Count} fiches, {Bytes} octets, mots du texte : min {sorted[0]}, médiane {sorted[sorted.Count / 2]}, max {sorted[^1]}");
    }
}
