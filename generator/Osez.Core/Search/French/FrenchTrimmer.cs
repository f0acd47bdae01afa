using Osez.Search.Lunr;

namespace Osez.Search.French;

/// <summary>
/// <c>trimmer-fr</c> of lunr-languages 1.22.0: removes, at both ends of a token, every UTF-16 unit that
/// is not a Latin letter (Unicode 8.0 Latin script ranges) or an ASCII digit. Apostrophes and hyphens
/// inside a token stay. A token of punctuation only becomes the empty string (and is dropped later by
/// <see cref="FrenchElision"/>).
/// </summary>
public sealed class FrenchTrimmer : IPipelineFunction
{
    /// <summary><c>lunr.fr.wordCharacters</c>, then the "0-9" that <c>generateTrimmer</c> appends.</summary>
    public const string WordCharacters =
        "A-Za-z\u00AA\u00BA\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u02B8\u02E0-\u02E4\u1D00-\u1D25\u1D2C-\u1D5C\u1D62-\u1D65"
        + "\u1D6B-\u1D77\u1D79-\u1DBE\u1E00-\u1EFF\u2071\u207F\u2090-\u209C\u212A\u212B\u2132\u214E\u2160-\u2188"
        + "\u2C60-\u2C7F\uA722-\uA787\uA78B-\uA7AD\uA7B0-\uA7B7\uA7F7-\uA7FF\uAB30-\uAB5A\uAB5C-\uAB64\uFB00-\uFB06"
        + "\uFF21-\uFF3A\uFF41-\uFF5A0-9";

    private static readonly bool[] IsWord = BuildTable(WordCharacters);

    public static FrenchTrimmer Instance { get; } = new();

    public string Label => "trimmer-fr";

    public static bool IsWordCharacter(char c) => IsWord[c];

    public void Run(string token, List<string> output) => output.Add(Trim(token));

    public static string Trim(string token)
    {
        var start = 0;
        while (start < token.Length && !IsWord[token[start]])
            start++;
        var end = token.Length;
        while (end > start && !IsWord[token[end - 1]])
            end--;
        return start == 0 && end == token.Length ? token : token[start..end];
    }

    private static bool[] BuildTable(string ranges)
    {
        var table = new bool[char.MaxValue + 1];
        for (var i = 0; i < ranges.Length; i++)
        {
            var from = ranges[i];
            var to = from;
            if (i + 2 < ranges.Length && ranges[i + 1] == '-')
            {
                to = ranges[i + 2];
                i += 2;
            }
            for (int c = from; c <= to; c++)
                table[c] = true;
        }
        return table;
    }
}
