using System.Globalization;
using System.Text;

namespace Osez.Text;

/// <summary>Accent- and case-insensitive forms of French text, for matching what people type.</summary>
public static class TextFolding
{
    /// <summary>Lower case without diacritics: "Accès aux Droits" gives "acces aux droits", "Œuvre" gives "oeuvre".</summary>
    public static string Fold(string text)
    {
        var decomposed = text.Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
                continue;
            switch (c)
            {
                case 'œ' or 'Œ': builder.Append("oe"); break;
                case 'æ' or 'Æ': builder.Append("ae"); break;
                case 'ß': builder.Append("ss"); break;
                default: builder.Append(char.ToLowerInvariant(c)); break;
            }
        }
        return builder.ToString();
    }

    /// <summary>Folded, with every run of other characters turned into one hyphen: "Accès aux droits" gives "acces-aux-droits".</summary>
    public static string ToIdentifier(string text)
    {
        var folded = Fold(text);
        var builder = new StringBuilder(folded.Length);
        var pendingHyphen = false;
        foreach (var c in folded)
        {
            if (c is >= 'a' and <= 'z' or >= '0' and <= '9')
            {
                if (pendingHyphen && builder.Length > 0)
                    builder.Append('-');
                pendingHyphen = false;
                builder.Append(c);
            }
            else
            {
                pendingHyphen = true;
            }
        }
        return builder.ToString();
    }
}
