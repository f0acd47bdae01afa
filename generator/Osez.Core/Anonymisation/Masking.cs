using System.Text;

namespace Osez.Anonymisation;

/// <summary>
/// Partly hides a detected value, so a message can say what was found without repeating it
/// in a log: letters and digits become "•", punctuation and spaces stay, the length is kept
/// (so the caret under a quoted line still points at the right column).
/// </summary>
public static class Masking
{
    public const char Dot = '•';

    /// <summary>Masks the letters and digits of <paramref name="text"/> but the first <paramref name="keepStart"/> and last <paramref name="keepEnd"/>.</summary>
    public static string Mask(string text, int keepStart, int keepEnd)
    {
        var total = text.Count(char.IsLetterOrDigit);
        var builder = new StringBuilder(text.Length);
        var seen = 0;
        foreach (var c in text)
        {
            if (!char.IsLetterOrDigit(c))
            {
                builder.Append(c);
                continue;
            }
            seen++;
            builder.Append(seen <= keepStart || seen > total - keepEnd ? c : Dot);
        }
        return builder.ToString();
    }

    /// <summary>The detection as it may be shown: the part before <see cref="Detection.ShownStart"/> as is, the rest masked.</summary>
    public static string Show(string source, Detection detection)
    {
        var lead = source[detection.Start..detection.ShownStart];
        return lead + Mask(source[detection.ShownStart..detection.End], detection.KeepStart, detection.KeepEnd);
    }
}
