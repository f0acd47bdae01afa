using System.Numerics;
using System.Text.RegularExpressions;
using Osez.Text;
using Osez.Diagnostics;

namespace Osez.Anonymisation.Detectors;

/// <summary>IBAN bank account numbers, validated with their mod-97 check (and the country's length when known).</summary>
public sealed partial class IbanDetector : IPersonalDataDetector
{
    private static readonly Dictionary<string, int> Lengths = new(StringComparer.Ordinal)
    {
        ["FR"] = 27, ["MC"] = 27, ["BE"] = 16, ["DE"] = 22, ["ES"] = 24, ["IT"] = 27, ["LU"] = 20, ["CH"] = 21,
        ["GB"] = 22, ["PT"] = 25, ["NL"] = 18, ["AT"] = 20, ["IE"] = 22, ["MA"] = 28, ["TN"] = 24, ["DZ"] = 26,
    };

    /// <summary>The lengths of an IBAN, for a country not in <see cref="Lengths"/>.</summary>
    private const int Shortest = 15, Longest = 34;

    public DiagnosticCode Code => DiagnosticCodes.PersonalIban;

    public string What => "des coordonnées bancaires (IBAN)";

    public string Hint => "Retirez ces coordonnées bancaires : elles n'ont pas leur place dans une fiche. "
        + "Cette détection ne peut pas être acceptée comme fausse alerte.";

    public bool CanBeAccepted => false;

    public DetectorRules Rules { get; } = new("iban", new(Source, Options))
    {
        Values = new Dictionary<string, object> { ["lengths"] = Lengths, ["shortest"] = Shortest, ["longest"] = Longest },
    };

    public IEnumerable<Detection> Find(string text, DeclaredIdentities declared)
    {
        foreach (Match match in Candidate().Matches(text))
        {
            // The candidate may run into following words in capitals: try the longest valid prefix.
            var positions = new List<int>();
            for (var i = match.Index; i < match.Index + match.Length; i++)
                if (char.IsAsciiLetterOrDigit(text[i]))
                    positions.Add(i);
            var country = text.Substring(match.Index, 2);
            for (var length = Math.Min(Longest, positions.Count); length >= Shortest; length--)
            {
                if (Lengths.TryGetValue(country, out var expected) && expected != length)
                    continue;
                var compact = string.Concat(positions.Take(length).Select(p => char.ToUpperInvariant(text[p])));
                if (!IsValid(compact))
                    continue;
                var end = positions[length - 1] + 1;
                yield return new Detection(match.Index, end - match.Index, match.Index, KeepStart: 4, KeepEnd: 0);
                break;
            }
        }
    }

    public static bool IsValid(string compact)
    {
        var rearranged = compact[4..] + compact[..4];
        var digits = new System.Text.StringBuilder();
        foreach (var c in rearranged)
        {
            if (char.IsAsciiDigit(c))
                digits.Append(c);
            else if (char.IsAsciiLetterUpper(c))
                digits.Append(c - 'A' + 10);
            else
                return false;
        }
        return BigInteger.Parse(digits.ToString(), System.Globalization.CultureInfo.InvariantCulture) % 97 == 1;
    }

    private const string Source =
        @"(?<![\w])[A-Z]{2}[0-9]{2}(?:[ ]?[A-Za-z0-9]){11,30}";

    private const RegexOptions Options = RegexOptions.CultureInvariant;

    [GeneratedRegex(Source, Options)]
    private static partial Regex Candidate();
}
