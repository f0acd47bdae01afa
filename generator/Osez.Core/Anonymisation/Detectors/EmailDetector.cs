using System.Text.RegularExpressions;
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

    private static bool IsReserved(string domain)
        => domain is "example.com" or "example.org" or "example.net"
           || domain.EndsWith(".example", StringComparison.Ordinal) || domain.EndsWith(".invalid", StringComparison.Ordinal)
           || domain.EndsWith(".test", StringComparison.Ordinal) || domain.EndsWith(".localhost", StringComparison.Ordinal)
           || domain.EndsWith(".example.com", StringComparison.Ordinal) || domain.EndsWith(".example.org", StringComparison.Ordinal);

    [GeneratedRegex(@"(?<![\w.+%-])[\w.+%-]+@(?<domain>[\w-]+(?:\.[\w-]+)*\.(?<tld>\p{L}{2,}))(?![\w-])", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
