using System.Globalization;
using System.Text;

namespace Osez.Text;

/// <summary>
/// Text from the content made safe to print in a terminal or a CI log: control characters (escape sequences
/// that recolour, clear the screen or forge a link, and the C1 controls), and the invisible characters that
/// reorder text (bidirectional overrides) or break lines (U+2028, U+2029), are shown as <c>\u{1B}</c> instead of being acted on.
/// Line breaks are kept only where the caller allows them.
/// </summary>
public static class LogText
{
    public static string Visible(string text, bool keepLineBreaks = false)
    {
        var first = 0;
        while (first < text.Length && !MustShow(text[first], keepLineBreaks))
            first++;
        if (first == text.Length)
            return text;
        var builder = new StringBuilder(text.Length + 16).Append(text, 0, first);
        for (var i = first; i < text.Length; i++)
        {
            var c = text[i];
            if (MustShow(c, keepLineBreaks))
                builder.Append("\\u{").Append(((int)c).ToString("X", CultureInfo.InvariantCulture)).Append('}');
            else
                builder.Append(c);
        }
        return builder.ToString();
    }

    private static bool MustShow(char c, bool keepLineBreaks)
        => c switch
        {
            '\t' => false,
            '\n' => !keepLineBreaks,
            < ' ' or '\u007F' => true,
            >= '\u0080' and <= '\u009F' => true,
            // Line and paragraph separators: a terminal or a log may start a new line there, which would forge a line.
            '\u2028' or '\u2029' => true,
            '\u061C' or '\u200E' or '\u200F' or (>= '\u202A' and <= '\u202E') or (>= '\u2066' and <= '\u2069') => true,
            _ => false,
        };
}
