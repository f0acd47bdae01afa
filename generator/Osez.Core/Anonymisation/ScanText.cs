using System.Buffers;
using System.Text;
using System.Text.RegularExpressions;
using Osez.Text;

namespace Osez.Anonymisation;

/// <summary>
/// Prepares text for the detectors without changing its length, so offsets found in the
/// prepared text are offsets in the source: non-breaking and thin spaces (also written as
/// entities, "&amp;nbsp;") become spaces, the typographic apostrophe becomes "'", Markdown emphasis
/// ("Mme **Dupont**", "Mme _Dupont_") and HTML tags ("Mme &lt;b&gt;Dupont&lt;/b&gt;") become spaces,
/// so that what the page shows as "Mme Dupont" is read as such.
/// </summary>
/// <remarks>
/// The proposal form runs the same preparation in the browser (templates/assets/donnees-personnelles.js, function
/// prepare), with the characters and patterns below, which it reads from assets/regles.js; DetectorParityTests compares both.
/// </remarks>
public static partial class ScanText
{
    /// <summary>Read as a space: non-breaking, narrow and thin spaces, tabs, and the "*" of emphasis.</summary>
    public const string AsSpace = "\u00A0\u202F\u2009\u2007\u2002\u2003\t*";

    /// <summary>Read as "'": the typographic apostrophe and the modifier letter apostrophe.</summary>
    public const string AsApostrophe = "\u2019\u02BC";

    /// <summary>Read as "-": the non-breaking hyphen and the hyphen.</summary>
    public const string AsHyphen = "\u2011\u2010";

    private static readonly SearchValues<char> Replaced = SearchValues.Create(AsSpace + AsApostrophe + AsHyphen + "_<&");

    /// <summary>The characters and patterns above, for the form's copy of <see cref="Prepare"/>.</summary>
    public static object Rules => new
    {
        asSpace = AsSpace,
        asApostrophe = AsApostrophe,
        asHyphen = AsHyphen,
        tag = new RulePattern(TagSource, Options),
        spaceEntity = new RulePattern(SpaceEntitySource, Options),
    };

    public static string Prepare(string text)
    {
        // Most texts have something to replace, but a text without any is returned as it is, not copied.
        var first = text.AsSpan().IndexOfAny(Replaced);
        if (first < 0)
            return text;
        var chars = text.ToCharArray();
        for (var i = first; i >= 0;)
        {
            var c = text[i];
            if (c == '_')
                i = BlankEmphasisUnderscores(text, chars, i);
            else if (AsSpace.Contains(c))
                chars[i] = ' ';
            else if (AsApostrophe.Contains(c))
                chars[i] = '\'';
            else if (AsHyphen.Contains(c))
                chars[i] = '-';
            var next = text.AsSpan(i + 1).IndexOfAny(Replaced);
            i = next < 0 ? -1 : i + 1 + next;
        }
        if (text.Contains('<'))
            foreach (var match in Tag().EnumerateMatches(text))
                BlankTag(text, chars, match.Index, match.Length);
        if (text.Contains('&'))
            foreach (var match in SpaceEntity().EnumerateMatches(text))
                chars.AsSpan(match.Index, match.Length).Fill(' ');
        return new string(chars);
    }

    /// <summary>
    /// A run of "_" becomes spaces unless it joins two letters or digits ("mot_de_passe", "jean_dupont@..."),
    /// which Markdown does not take for emphasis either. Returns the run's last index.
    /// </summary>
    private static int BlankEmphasisUnderscores(string text, char[] chars, int start)
    {
        var end = start;
        while (end < text.Length && text[end] == '_')
            end++;
        var inWord = start > 0 && char.IsLetterOrDigit(text[start - 1]) && end < text.Length && char.IsLetterOrDigit(text[end]);
        if (!inWord)
            chars.AsSpan(start, end - start).Fill(' ');
        return end - 1;
    }

    /// <summary>Blanks a tag but the quoted attribute values, which a page may show (a title) and so are read.</summary>
    private static void BlankTag(string text, char[] chars, int start, int length)
    {
        var quote = '\0';
        for (var i = start; i < start + length; i++)
        {
            var c = text[i];
            if (quote != '\0' && c != quote)
                continue;
            if (quote != '\0')
                quote = '\0';
            else if (c is '"' or '\'')
                quote = c;
            // Line ends stay, so that "at the end of a line" reads the same in the prepared text.
            chars[i] = c == '\n' ? c : ' ';
        }
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

    // An opening or closing tag, not an address between chevrons (<https://...>, <nom@exemple.org>); it stops at the
    // next "<", so that a text full of "<" is read once, not once per "<".
    private const string TagSource = "</?[A-Za-z][A-Za-z0-9-]*(?:[ \t\n\r\f/][^<>]*)?>";

    [GeneratedRegex(TagSource, Options)]
    private static partial Regex Tag();

    // The spaces of the Replaced set that HTML exports write as entities.
    private const string SpaceEntitySource = "&(?:nbsp|#160|#8239|#[xX](?:[aA]0|202[fF]));";

    private const RegexOptions Options = RegexOptions.CultureInvariant;

    [GeneratedRegex(SpaceEntitySource, Options)]
    private static partial Regex SpaceEntity();
}
