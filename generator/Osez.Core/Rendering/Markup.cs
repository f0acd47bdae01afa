using System.Text;

namespace Osez.Rendering;

/// <summary>
/// Text already encoded for the place a template puts it, written to the page as it is. Everything else a
/// template prints (site settings, interface texts, front-matter fields...) is escaped as HTML by
/// <see cref="PageContext"/>: a value becomes markup only through one of the constructors below, each the
/// escaping rule of one context.
/// </summary>
public sealed class Markup
{
    private Markup(string value) => Value = value;

    public string Value { get; }

    public static Markup Empty { get; } = new(string.Empty);

    /// <summary>HTML the generator made itself from escaped parts (rendered Markdown, the reference of a write-up, a partial).</summary>
    public static Markup TrustedHtml(string html) => new(html);

    /// <summary>Text for an HTML element or a quoted attribute.</summary>
    public static Markup Text(string? text) => new(HtmlText.Escape(text));

    /// <summary>
    /// JSON for a <c>&lt;script type="application/json"&gt;</c> element: "&lt;" and "&gt;" can only stand inside its strings,
    /// where \u003c and \u003e mean the same, so nothing in it can close the element or open a comment.
    /// </summary>
    public static Markup ScriptJson(string json)
        => new(json.Replace("<", "\\u003c", StringComparison.Ordinal).Replace(">", "\\u003e", StringComparison.Ordinal));

    /// <summary>
    /// The inside of a double-quoted CSS string in a <c>&lt;style&gt;</c> element: letters, digits and the usual
    /// characters of an address stay; anything else (quotes, backslash, &lt;, line breaks...) becomes a CSS escape.
    /// </summary>
    public static Markup CssString(string? text)
    {
        var builder = new StringBuilder((text?.Length ?? 0) + 8);
        foreach (var rune in (text ?? string.Empty).EnumerateRunes())
        {
            if (rune.IsAscii && (Rune.IsLetterOrDigit(rune) || "/:.-_~?#[]@!$()*+,;=%".Contains((char)rune.Value, StringComparison.Ordinal)))
                builder.Append((char)rune.Value);
            else if (!rune.IsAscii && Rune.IsLetterOrDigit(rune))
                builder.Append(rune.ToString());
            else
                builder.Append('\\').Append(rune.Value.ToString("X", System.Globalization.CultureInfo.InvariantCulture)).Append(' ');
        }
        return new(builder.ToString());
    }

    public override string ToString() => Value;
}
