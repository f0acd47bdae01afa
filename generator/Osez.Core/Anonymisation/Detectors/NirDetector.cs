using System.Text.RegularExpressions;
using Osez.Text;
using Osez.Diagnostics;

namespace Osez.Anonymisation.Detectors;

/// <summary>
/// French social security numbers (NIR): sex, year, month, département (2A/2B included),
/// commune, order, then the two-digit key, which must be 97 - (first 13 digits mod 97).
/// Spaces, dots or dashes between the groups are allowed. A number of that shape whose key does
/// not match still counts when "sécurité sociale", "NIR", "sécu", "assuré social" or "Vitale" comes just before.
/// </summary>
public sealed partial class NirDetector : IPersonalDataDetector
{
    public DiagnosticCode Code => DiagnosticCodes.PersonalNir;

    public string What => "un numéro de sécurité sociale (NIR)";

    public string Hint => "Retirez ce numéro : il ne doit jamais figurer dans une fiche ni dans le dépôt. "
        + "Cette détection ne peut pas être acceptée comme fausse alerte.";

    public bool CanBeAccepted => false;

    public DetectorRules Rules { get; } = new("nir", new(Source, Options))
    {
        Patterns = new Dictionary<string, RulePattern> { ["cue"] = new(CueSource), ["separators"] = new(SeparatorSource) },
        Values = new Dictionary<string, object> { ["cueWindow"] = CueWindow },
    };

    /// <summary>How many characters before a number are read for the words that name it.</summary>
    private const int CueWindow = 40;

    public IEnumerable<Detection> Find(string text, DeclaredIdentities declared)
    {
        foreach (Match match in Pattern().Matches(text))
        {
            var compact = Regex.Replace(match.Value, SeparatorSource, string.Empty).ToUpperInvariant();
            // A wrong key may be a typo: the number still counts when the words before name it.
            if (IsValid(compact) || Cue().IsMatch(text[Math.Max(0, match.Index - CueWindow)..match.Index]))
                yield return new Detection(match.Index, match.Length, match.Index, KeepStart: 1, KeepEnd: 0);
        }
    }

    /// <summary>True for 15 characters whose key matches (2A counts as 19, 2B as 18).</summary>
    public static bool IsValid(string compact)
    {
        // Only ASCII digits are read as digits ("٣٤" is not a number here), and only they are parsed below.
        if (compact.Length != 15 || compact.AsSpan(0, 5).ContainsAnyExceptInRange('0', '9') || compact.AsSpan(7).ContainsAnyExceptInRange('0', '9'))
            return false;
        var month = int.Parse(compact.AsSpan(3, 2), System.Globalization.CultureInfo.InvariantCulture);
        if (month is 0 or (> 12 and < 20))
            return false;
        var department = compact.Substring(5, 2);
        var digits = department switch
        {
            "2A" => compact[..5] + "19" + compact[7..],
            "2B" => compact[..5] + "18" + compact[7..],
            _ => compact,
        };
        if (!digits.All(char.IsAsciiDigit))
            return false;
        var number = long.Parse(digits.AsSpan(0, 13), System.Globalization.CultureInfo.InvariantCulture);
        var key = int.Parse(digits.AsSpan(13, 2), System.Globalization.CultureInfo.InvariantCulture);
        return key == 97 - (int)(number % 97);
    }

    private const string CueSource = @"(?i)(?:s[ée]curit[ée]\s+sociale|\bs[ée]cu\b|\bNIR\b|assur[ée]e?\s+social|vitale|\bINSEE\b)";

    /// <summary>What may separate the groups of digits, removed before the key is checked.</summary>
    private const string SeparatorSource = @"[ .\-]";

    private const string Source = @"(?<![\w])[1-478][ .-]?[0-9]{2}[ .-]?[0-9]{2}[ .-]?(?:[0-9]{2}|2[ABab])[ .-]?[0-9]{3}[ .-]?[0-9]{3}[ .-]?[0-9]{2}(?![\w])";

    private const RegexOptions Options = RegexOptions.CultureInvariant;

    [GeneratedRegex(CueSource)]
    private static partial Regex Cue();

    [GeneratedRegex(Source, Options)]
    private static partial Regex Pattern();
}
