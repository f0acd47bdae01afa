using System.Buffers;
using System.Text;

namespace Osez.Anonymisation;

/// <summary>
/// Prepares text for the detectors without changing its length, so offsets found in the
/// prepared text are offsets in the source: non-breaking and thin spaces become spaces, the
/// typographic apostrophe becomes "'", and Markdown emphasis stars become spaces
/// ("Mme **Dupont**" reads "Mme   Dupont").
/// </summary>
public static class ScanText
{
    private static readonly SearchValues<char> Replaced = SearchValues.Create("\u00A0\u202F\u2009\u2007\u2002\u2003\t*\u2019\u02BC\u2011\u2010");

    public static string Prepare(string text)
    {
        // Most texts have something to replace, but a text without any is returned as it is, not copied.
        var first = text.AsSpan().IndexOfAny(Replaced);
        if (first < 0)
            return text;
        return string.Create(text.Length, (text, first), static (chars, state) =>
        {
            var (source, from) = state;
            source.AsSpan(0, from).CopyTo(chars);
            for (var i = from; i < source.Length; i++)
            {
                var c = source[i];
                chars[i] = c switch
                {
                    '\u00A0' or '\u202F' or '\u2009' or '\u2007' or '\u2002' or '\u2003' or '\t' or '*' => ' ',
                    '\u2019' or '\u02BC' => '\'',
                    '\u2011' or '\u2010' => '-',
                    _ => c,
                };
            }
        });
    }

    /// <summary>Whitespace runs as one space, for comparing a finding with an accepted text.</summary>
    public static string Collapse(string text)
    {
        var prepared = Prepare(text);
        var builder = new StringBuilder(prepared.Length);
        var space = false;
        foreach (var c in prepared)
        {
            if (char.IsWhiteSpace(c))
            {
                space = builder.Length > 0;
                continue;
            }
            if (space)
                builder.Append(' ');
            space = false;
            builder.Append(c);
        }
        return builder.ToString();
    }
}
