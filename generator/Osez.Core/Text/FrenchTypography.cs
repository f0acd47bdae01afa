using System.Text;

namespace Osez.Text;

/// <summary>
/// French typography on the text a page prints, content and interface alike: a narrow no-break space (U+202F)
/// before « ; ! ? », a no-break space (U+00A0) before « : » and inside « », and the typographic apostrophe (’)
/// between letters. Only text between tags changes: never a tag or its attributes (addresses among them), a
/// comment, nor what script, style, pre, code, kbd, samp or textarea hold. A space is turned no-break only where the
/// text already has one, so that an address or a time written without it (« ?q= », « 14:30 ») is left alone.
/// </summary>
public static class FrenchTypography
{
    public const char NarrowNoBreakSpace = '\u202F';
    public const char NoBreakSpace = '\u00A0';
    public const char Apostrophe = '\u2019';

    private static readonly string[] Verbatim = ["script", "style", "pre", "code", "kbd", "samp", "textarea"];

    /// <summary>The page with its text typeset; tags, attributes and verbatim elements copied as they are.</summary>
    public static string Html(ReadOnlySpan<char> html)
    {
        var output = new StringBuilder(html.Length + 64);
        var i = 0;
        while (i < html.Length)
        {
            var lt = html[i..].IndexOf('<');
            var textEnd = lt < 0 ? html.Length : i + lt;
            if (textEnd > i)
                Text(html[i..textEnd], output);
            if (lt < 0)
                break;
            i = CopyMarkup(html, textEnd, output);
        }
        return output.ToString();
    }

    /// <summary>Plain text typeset (a title, a string of the interface), with no markup to step over.</summary>
    public static string Plain(string text)
    {
        var output = new StringBuilder(text.Length + 8);
        Text(text, output);
        return output.ToString();
    }

    /// <summary>Copies a comment, a doctype or a tag from <paramref name="start"/> (a "&lt;"); after an opening verbatim tag, up to its closing tag.</summary>
    private static int CopyMarkup(ReadOnlySpan<char> html, int start, StringBuilder output)
    {
        if (html[start..].StartsWith("<!--", StringComparison.Ordinal))
        {
            var close = html[start..].IndexOf("-->", StringComparison.Ordinal);
            var end = close < 0 ? html.Length : start + close + 3;
            output.Append(html[start..end]);
            return end;
        }
        var i = start + 1;
        var closing = i < html.Length && html[i] == '/';
        if (closing)
            i++;
        var nameStart = i;
        while (i < html.Length && char.IsAsciiLetterOrDigit(html[i]))
            i++;
        var name = html[nameStart..i];
        if (name.Length == 0 && !closing && (i >= html.Length || html[i] != '!'))
        {
            // A lone "<" in text (escaped pages have none, but a stray one stays text).
            output.Append('<');
            return start + 1;
        }
        char quote = default;
        while (i < html.Length)
        {
            var c = html[i++];
            if (quote != default)
            {
                if (c == quote)
                    quote = default;
            }
            else if (c is '"' or '\'')
            {
                quote = c;
            }
            else if (c == '>')
            {
                break;
            }
        }
        output.Append(html[start..i]);
        if (closing || html[i - 2] == '/')
            return i;
        foreach (var verbatim in Verbatim)
        {
            if (!name.Equals(verbatim, StringComparison.OrdinalIgnoreCase))
                continue;
            var end = IndexOfClosing(html, i, verbatim);
            output.Append(html[i..end]);
            return end;
        }
        return i;
    }

    private static int IndexOfClosing(ReadOnlySpan<char> html, int from, string name)
    {
        var needle = "</" + name;
        var at = html[from..].IndexOf(needle, StringComparison.OrdinalIgnoreCase);
        return at < 0 ? html.Length : from + at;
    }

    private static void Text(ReadOnlySpan<char> text, StringBuilder output)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            switch (c)
            {
                case ';' or '!' or '?' or ':':
                    if (output.Length > 0 && output[^1] == ' ' && !EndsWithEntity(text, i))
                        output[^1] = c == ':' ? NoBreakSpace : NarrowNoBreakSpace;
                    output.Append(c);
                    break;
                case '»':
                    if (output.Length > 0 && output[^1] == ' ')
                        output[^1] = NoBreakSpace;
                    else if (output.Length > 0 && output[^1] != NoBreakSpace && output[^1] != NarrowNoBreakSpace)
                        output.Append(NoBreakSpace);
                    output.Append(c);
                    break;
                case '«':
                    output.Append(c);
                    if (i + 1 < text.Length && text[i + 1] == ' ')
                        i++;
                    if (i + 1 >= text.Length || (text[i + 1] != NoBreakSpace && text[i + 1] != NarrowNoBreakSpace))
                        output.Append(NoBreakSpace);
                    break;
                case '\'':
                    output.Append(IsApostrophe(output, text, i + 1) ? Apostrophe : c);
                    break;
                case '&' when text[i..].StartsWith("&#39;", StringComparison.Ordinal) && IsApostrophe(output, text, i + 5):
                    output.Append(Apostrophe);
                    i += 4;
                    break;
                default:
                    output.Append(c);
                    break;
            }
        }
    }

    /// <summary>An apostrophe between two letters (« l'accès », « aujourd'hui »): not a quotation mark.</summary>
    private static bool IsApostrophe(StringBuilder before, ReadOnlySpan<char> text, int next)
        => before.Length > 0 && char.IsLetter(before[^1]) && next < text.Length && char.IsLetter(text[next]);

    /// <summary>The ";" at <paramref name="at"/> closes a character reference ("&amp;amp;"), not a sentence.</summary>
    private static bool EndsWithEntity(ReadOnlySpan<char> text, int at)
    {
        if (text[at] != ';')
            return false;
        var amp = text[..at].LastIndexOf('&');
        return amp >= 0 && at - amp <= 10 && !text[(amp + 1)..at].ContainsAny(' ', NoBreakSpace);
    }
}
