using System.Text;

namespace Osez.Search.French;

/// <summary>
/// <c>lunr.fr.accentFoldTerm</c> of lunr-languages 1.22.0, character for character: à á â ä → a,
/// ç → c, é è ê ë → e, î ï → i, ô ö → o, ù û ü → u, ÿ Ÿ → y, æ → ae, œ → oe (capitals too).
/// Other letters (ñ, í...) are left alone.
/// </summary>
public static class AccentFolding
{
    public static string Fold(string term)
    {
        StringBuilder? builder = null;
        for (var i = 0; i < term.Length; i++)
        {
            var replacement = Replace(term[i]);
            if (replacement is null)
            {
                builder?.Append(term[i]);
                continue;
            }
            builder ??= new StringBuilder(term.Length + 2).Append(term, 0, i);
            builder.Append(replacement);
        }
        return builder?.ToString() ?? term;
    }

    private static string? Replace(char c) => c switch
    {
        '\u00E0' or '\u00E1' or '\u00E2' or '\u00E4' or '\u00C0' or '\u00C1' or '\u00C2' or '\u00C4' => "a",
        '\u00E7' or '\u00C7' => "c",
        '\u00E9' or '\u00E8' or '\u00EA' or '\u00EB' or '\u00C9' or '\u00C8' or '\u00CA' or '\u00CB' => "e",
        '\u00EE' or '\u00EF' or '\u00CE' or '\u00CF' => "i",
        '\u00F4' or '\u00F6' or '\u00D4' or '\u00D6' => "o",
        '\u00F9' or '\u00FB' or '\u00FC' or '\u00D9' or '\u00DB' or '\u00DC' => "u",
        '\u0178' or '\u00FF' => "y",
        '\u00E6' or '\u00C6' => "ae",
        '\u0153' or '\u0152' => "oe",
        _ => null,
    };
}
