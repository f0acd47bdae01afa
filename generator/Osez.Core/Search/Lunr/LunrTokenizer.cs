using System.Buffers;

namespace Osez.Search.Lunr;

/// <summary>
/// <c>lunr.tokenizer</c> with its default separator (<c>/[\s\-]+/</c>): the text is lower-cased,
/// then cut at every white space (JavaScript's <c>\s</c>) or hyphen; empty pieces are dropped.
/// </summary>
public static class LunrTokenizer
{
    public static List<string> Tokenize(string? text)
    {
        var tokens = new List<string>();
        if (string.IsNullOrEmpty(text))
            return tokens;
        var lower = JsText.ToLowerCase(text);
        var start = 0;
        for (var end = 0; end <= lower.Length; end++)
        {
            if (end < lower.Length && !IsSeparator(lower[end]))
                continue;
            if (end > start)
                tokens.Add(lower[start..end]);
            start = end + 1;
        }
        return tokens;
    }

    public static bool IsSeparator(char c) => c == '-' || JsText.IsWhiteSpace(c);

    /// <summary>Every character <see cref="IsSeparator"/> accepts, for vectorised searches.</summary>
    public static SearchValues<char> Separators { get; } = SearchValues.Create(
        string.Concat(Enumerable.Range(0, char.MaxValue + 1).Select(c => (char)c).Where(IsSeparator)));
}
