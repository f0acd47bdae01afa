using System.Buffers;
using System.Text;

namespace Osez.Search.Lunr;

/// <summary>
/// The few JavaScript string behaviours lunr.js relies on, reproduced exactly so that an index
/// built here holds the same terms as one built by lunr.js in a browser or in node.
/// </summary>
public static class JsText
{
    /// <summary>
    /// <c>String.prototype.toLowerCase</c>: the invariant lower case, plus what JavaScript adds from
    /// Unicode's special casing: U+0130 "İ" becomes "i" and a combining dot, and a capital sigma at the
    /// end of a word becomes the final "ς". Characters newer than the platform's Unicode tables may differ;
    /// none occurs in French text.
    /// </summary>
    public static string ToLowerCase(string text)
    {
        var lower = text.ToLowerInvariant();
        if (text.Contains('\u03A3'))
        {
            var chars = lower.ToCharArray();
            for (var i = 0; i < text.Length; i++)
                if (text[i] == '\u03A3' && IsFinalSigma(text, i))
                    chars[i] = '\u03C2';
            lower = new string(chars);
        }
        return lower.Contains('\u0130') ? lower.Replace("\u0130", "i\u0307", StringComparison.Ordinal) : lower;
    }

    /// <summary>Unicode's Final_Sigma condition: a cased letter before (skipping case-ignorable ones), none after.</summary>
    private static bool IsFinalSigma(string text, int at)
    {
        var before = at - 1;
        while (before >= 0 && IsCaseIgnorable(text[before]))
            before--;
        if (before < 0 || !IsCased(text[before]))
            return false;
        var after = at + 1;
        while (after < text.Length && IsCaseIgnorable(text[after]))
            after++;
        return after >= text.Length || !IsCased(text[after]);
    }

    private static bool IsCased(char c) => char.GetUnicodeCategory(c) is
        System.Globalization.UnicodeCategory.UppercaseLetter or System.Globalization.UnicodeCategory.LowercaseLetter
        or System.Globalization.UnicodeCategory.TitlecaseLetter;

    private static bool IsCaseIgnorable(char c) => c is '\'' or '.' or ':' or '\u00B7' or '\u0387' or '\u05F4' or '\u2018'
            or '\u2019' or '\u2024' or '\uFE13' or '\uFE52' or '\uFE55' or '\uFF07' or '\uFF0E' or '\uFF1A'
        || char.GetUnicodeCategory(c) is System.Globalization.UnicodeCategory.NonSpacingMark
            or System.Globalization.UnicodeCategory.EnclosingMark or System.Globalization.UnicodeCategory.Format
            or System.Globalization.UnicodeCategory.ModifierLetter or System.Globalization.UnicodeCategory.ModifierSymbol;

    /// <summary>The characters of JavaScript's <c>\s</c> class (one UTF-16 unit each).</summary>
    public static bool IsWhiteSpace(char c) => c switch
    {
        '\t' or '\n' or '\v' or '\f' or '\r' or ' ' or '\u00A0' or '\u1680' => true,
        >= '\u2000' and <= '\u200A' => true,
        '\u2028' or '\u2029' or '\u202F' or '\u205F' or '\u3000' or '\uFEFF' => true,
        _ => false,
    };

    /// <summary><c>Math.round</c>: to the nearest integer, halves towards positive infinity.</summary>
    public static double Round(double value)
    {
        var floor = Math.Floor(value);
        return value - floor >= 0.5 ? floor + 1 : floor;
    }

    // What JSON.stringify writes otherwise than as itself: quotes, backslashes, control characters, surrogates.
    private static readonly SearchValues<char> NotPlain = SearchValues.Create(
        string.Concat(Enumerable.Range(0, 0x20).Append('"').Append('\\').Concat(Enumerable.Range(0xD800, 0x800)).Select(c => (char)c)));

    /// <summary>Appends a JSON array of strings, written as lunr.js's JSON.stringify writes them.</summary>
    public static void AppendJsonStrings(StringBuilder builder, IReadOnlyList<string> values)
    {
        builder.Append('[');
        for (var i = 0; i < values.Count; i++)
        {
            if (i > 0)
                builder.Append(',');
            AppendJsonString(builder, values[i]);
        }
        builder.Append(']');
    }

    /// <summary>Appends a string as <c>JSON.stringify</c> writes it (quotes included).</summary>
    public static void AppendJsonString(StringBuilder builder, string value)
    {
        builder.Append('"');
        var text = value.AsSpan();
        var i = 0;
        while (i < text.Length)
        {
            // Runs of characters written as they are go in at once.
            var plain = text[i..].IndexOfAny(NotPlain);
            if (plain < 0)
            {
                builder.Append(text[i..]);
                break;
            }
            builder.Append(text.Slice(i, plain));
            i += plain;
            var c = text[i];
            switch (c)
            {
                case '"': builder.Append("\\\""); break;
                case '\\': builder.Append("\\\\"); break;
                case '\b': builder.Append("\\b"); break;
                case '\f': builder.Append("\\f"); break;
                case '\n': builder.Append("\\n"); break;
                case '\r': builder.Append("\\r"); break;
                case '\t': builder.Append("\\t"); break;
                case < ' ':
                    builder.Append("\\u").Append(((int)c).ToString("x4", System.Globalization.CultureInfo.InvariantCulture));
                    break;
                case >= '\uD800' and <= '\uDBFF' when i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]):
                    builder.Append(c).Append(text[++i]);
                    break;
                default:
                    // A lone surrogate: JSON.stringify escapes it (well-formed JSON.stringify).
                    builder.Append("\\u").Append(((int)c).ToString("x4", System.Globalization.CultureInfo.InvariantCulture));
                    break;
            }
            i++;
        }
        builder.Append('"');
    }

    /// <summary>Appends a number as <c>JSON.stringify</c> writes it (ECMAScript Number::toString, shortest round trip).</summary>
    public static void AppendJsonNumber(StringBuilder builder, double value)
    {
        if (double.IsNaN(value) || double.IsInfinity(value))
        {
            builder.Append("null");
            return;
        }
        if (value == 0)
        {
            builder.Append('0');
            return;
        }
        // Between 1e-5 and 1e15 .NET's shortest round-trip form is already JavaScript's (no exponent).
        Span<char> buffer = stackalloc char[32];
        if (Math.Abs(value) is >= 1e-5 and < 1e15
            && value.TryFormat(buffer, out var written, "R", System.Globalization.CultureInfo.InvariantCulture)
            && buffer[..written].IndexOf('E') < 0)
        {
            builder.Append(buffer[..written]);
            return;
        }
        if (value < 0)
        {
            builder.Append('-');
            value = -value;
        }
        // .NET gives the shortest round-trip digits; only their layout differs from JavaScript's.
        var shortest = value.ToString("R", System.Globalization.CultureInfo.InvariantCulture);
        var e = shortest.IndexOf('E', StringComparison.Ordinal);
        var mantissa = e < 0 ? shortest : shortest[..e];
        var exponent = e < 0 ? 0 : int.Parse(shortest.AsSpan(e + 1), System.Globalization.CultureInfo.InvariantCulture);
        var point = mantissa.IndexOf('.', StringComparison.Ordinal);
        var digits = (point < 0 ? mantissa : mantissa.Remove(point, 1)).TrimStart('0');
        var leadingZeros = (point < 0 ? mantissa : mantissa.Remove(point, 1)).Length - digits.Length;
        // n: position of the decimal point relative to the first significant digit.
        var n = (point < 0 ? mantissa.Length : point) - leadingZeros + exponent;
        digits = digits.TrimEnd('0');
        var k = digits.Length;
        if (k <= n && n <= 21)
            builder.Append(digits).Append('0', n - k);
        else if (0 < n && n <= 21)
            builder.Append(digits, 0, n).Append('.').Append(digits, n, k - n);
        else if (-6 < n && n <= 0)
            builder.Append("0.").Append('0', -n).Append(digits);
        else
        {
            builder.Append(digits[0]);
            if (k > 1)
                builder.Append('.').Append(digits, 1, k - 1);
            builder.Append('e').Append(n - 1 >= 0 ? '+' : '-')
                .Append(Math.Abs(n - 1).ToString(System.Globalization.CultureInfo.InvariantCulture));
        }
    }
}
