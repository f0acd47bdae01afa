using System.Text;

namespace Osez.Rendering;

/// <summary>Minimal HTML escaping: the five significant characters, and nothing else (accents stay readable).</summary>
public static class HtmlText
{
    public static string Escape(string? text)
    {
        if (string.IsNullOrEmpty(text))
            return string.Empty;
        if (text.AsSpan().IndexOfAny("&<>\"'") < 0)
            return text;
        var builder = new StringBuilder(text.Length + 16);
        foreach (var c in text)
        {
            builder.Append(c switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                '"' => "&quot;",
                '\'' => "&#39;",
                _ => null,
            } ?? c.ToString());
        }
        return builder.ToString();
    }
}
