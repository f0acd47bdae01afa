using System.Text.RegularExpressions;
using Osez.Text;
using Osez.Diagnostics;

namespace Osez.Anonymisation.Detectors;

/// <summary>E-mail addresses, except the declared contact and the reserved example domains (RFC 2606).</summary>
public sealed partial class EmailDetector : IPersonalDataDetector
{
    public DiagnosticCode Code => DiagnosticCodes.PersonalEmail;

    public string What => "une adresse électronique";

    public string Hint => "Retirez cette adresse. L'adresse d'une structure (jamais celle d'une personne accompagnée) "
        + "se déclare dans l'en-tête : contact: courriel: accueil@structure.fr";

    public bool CanBeAccepted => true;

    public DetectorRules Rules { get; } = new("email", new(Source, Options))
    {
        Values = new Dictionary<string, object> { ["reservedDomains"] = ReservedDomains, ["reservedEnds"] = ReservedEnds },
    };

    public IEnumerable<Detection> Find(string text, DeclaredIdentities declared)
    {
        // No '@', no address: most texts skip the scan, which tries the pattern at every word character.
        if (!text.Contains('@'))
            yield break;
        foreach (Match match in Pattern().Matches(text))
        {
            var domain = match.Groups["domain"].Value.ToLowerInvariant();
            if (declared.IsDeclaredEmail(match.Value) || IsReserved(domain))
                continue;
            yield return new Detection(match.Index, match.Length, match.Index, KeepStart: 2, KeepEnd: match.Groups["tld"].Length);
        }
    }

    /// <summary>Domains reserved for examples (RFC 2606), and the ends of the names under them.</summary>
    private static readonly string[] ReservedDomains = ["example.com", "example.org", "example.net"];

    private static readonly string[] ReservedEnds = [".example", ".invalid", ".test", ".localhost", ".example.com", ".example.org"];

    private static bool IsReserved(string domain)
        => ReservedDomains.Contains(domain) || ReservedEnds.Any(end => domain.EndsWith(end, StringComparison.Ordinal));

    private const string Source = @"(?<![\w.+%-])[\w.+%-]+@(?<domain>[\w-]+(?:\.[\w-]+)*\.(?<tld>\p{L}{2,}))(?![\w-])";

    private const RegexOptions Options = RegexOptions.CultureInvariant;

    [GeneratedRegex(Source, Options)]
    private static partial Regex Pattern();
}
