using System.Globalization;
using System.Text;

namespace Osez.Text;

/// <summary>Accent- and case-insensitive forms of French text, for matching what people type.</summary>
public static class TextFolding
{
    /// <summary>Letters that fold into two; the proposal form folds with the same table (assets/regles.js).</summary>
    public static IReadOnlyDictionary<char, string> Ligatures { get; } = new Dictionary<char, string>
    {
        ['œ'] = "oe", ['Œ'] = "oe", ['æ'] = "ae", ['Æ'] = "ae", ['ß'] = "ss",
    };

    /// <summary>The table above for the browser (JSON keys are strings).</summary>
    public static object Rules => new { ligatures = Ligatures.ToDictionary(p => p.Key.ToString(), p => p.Value) };

    /// <summary>Lower case without diacritics: "Accès aux Droits" gives "acces aux droits", "Œuvre" gives "oeuvre".</summary>
    public static string Fold(string text)
    {
        var decomposed = text.Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
                continue;
            if (Ligatures.TryGetValue(c, out var letters))
                builder.Append(letters);
            else
                builder.Append(char.ToLowerInvariant(c));
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
