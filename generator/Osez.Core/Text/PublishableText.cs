using System.Buffers;

namespace Osez.Text;

/// <summary>
/// The one rule for characters that cannot be published: Unicode noncharacters (U+FFFE, U+FDD0...), half of a
/// surrogate pair without the other half, and control characters other than tab and line breaks. Normalisation,
/// the search index and XML writers refuse them, and a browser shows them as garbage. They come from broken
/// copy-pastes, or from YAML escapes between double quotes ("\uFFFE", "\0", "\x01"), which only exist once decoded.
/// </summary>
public static class PublishableText
{
    // Every character that may start an unpublishable one; most texts hold none, so the search is one vectorised pass.
    private static readonly SearchValues<char> Suspects = SearchValues.Create(string.Concat(
        Enumerable.Range(0, 0x20).Where(c => c is not ('\t' or '\n' or '\r'))
            .Concat(Enumerable.Range(0x7F, 0x21))
            .Concat(Enumerable.Range(0xD800, 0x800))
            .Concat(Enumerable.Range(0xFDD0, 0x20))
            .Append(0xFFFE).Append(0xFFFF)
            .Select(c => (char)c)));

    /// <summary>The offset of the first character that cannot be published; -1 when there is none.</summary>
    public static int FirstUnpublishable(ReadOnlySpan<char> text)
    {
        var first = text.IndexOfAny(Suspects);
        if (first < 0)
            return -1;
        for (var i = first; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                if (IsNonCharacter(char.ConvertToUtf32(c, text[i + 1])))
                    return i;
                i++;
                continue;
            }
            if (char.IsSurrogate(c) || IsNonCharacter(c) || (char.IsControl(c) && c is not ('\t' or '\n' or '\r')))
                return i;
        }
        return -1;
    }

    /// <summary>The character at <paramref name="index"/> as « U+FFFE », with what it is, for a message.</summary>
    public static string Describe(ReadOnlySpan<char> text, int index)
    {
        var c = text[index];
        var code = char.IsHighSurrogate(c) && index + 1 < text.Length && char.IsLowSurrogate(text[index + 1])
            ? char.ConvertToUtf32(c, text[index + 1])
            : c;
        var what = char.IsSurrogate(c) && code == c ? "une moitié de caractère sans l'autre moitié"
            : IsNonCharacter(code) ? "un code réservé qui n'est pas un caractère"
            : code == 0 ? "un caractère nul"
            : "un caractère de contrôle invisible";
        return $"U+{code:X4}, {what}";
    }

    /// <summary>U+FDD0 to U+FDEF, and the last two code points of every plane (U+FFFE, U+1FFFF...).</summary>
    private static bool IsNonCharacter(int code) => code is >= 0xFDD0 and <= 0xFDEF || (code & 0xFFFE) == 0xFFFE;
}
