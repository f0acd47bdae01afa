using System.Buffers;
using System.Text;

namespace Osez.Rendering;

/// <summary>Minimal HTML escaping: the five significant characters, and nothing else (accents stay readable).</summary>
public static class HtmlText
{
    private static readonly SearchValues<char> Significant = SearchValues.Create("&<>\"'");

    public static string Escape(string? text)
    {
        if (string.IsNullOrEmpty(text))
            return string.Empty;
        var span = text.AsSpan();
        var next = span.IndexOfAny(Significant);
        if (next < 0)
            return text;
        var builder = new StringBuilder(text.Length + 16);
        while (next >= 0)
        {
            builder.Append(span[..next]);
            builder.Append(span[next] switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                '"' => "&quot;",
                _ => "&#39;",
            });
            span = span[(next + 1)..];
            next = span.IndexOfAny(Significant);
        }
        builder.Append(span);
        return builder.ToString();
    }
}
