using System.Text.RegularExpressions;
using Osez.Text;
using Osez.Diagnostics;

namespace Osez.Anonymisation.Detectors;

/// <summary>
/// E-mail addresses, except a service's (contact@, accueil@...), the declared contact when it is a service's, and the
/// reserved example domains (RFC 2606).
/// </summary>
public sealed partial class EmailDetector : IPersonalDataDetector
{
    public DiagnosticCode Code => DiagnosticCodes.PersonalEmail;

    public string What => "une adresse électronique";

    public string Hint => "Retirez cette adresse. L'adresse d'une structure (jamais celle d'une personne accompagnée) "
        + "se déclare dans l'en-tête : contact: courriel: accueil@structure.fr";

    public bool CanBeAccepted => true;

    public DetectorRules Rules { get; } = new("email", new(Source, Options))
    {
        Values = new Dictionary<string, object>
        {
            ["reservedDomains"] = ReservedDomains, ["reservedEnds"] = ReservedEnds, ["serviceWords"] = ServiceWords,
            ["listDomains"] = ListDomains,
        },
    };

    /// <summary>
    /// Words of a service's address (contact@, accueil@, secretariat@, accueil.ccas@...): an address with one of them and
    /// no first name is not a person's, wherever it appears.
    /// </summary>
    private static readonly HashSet<string> ServiceWords = new(StringComparer.Ordinal)
    {
        "contact", "contacts", "accueil", "secretariat", "secretariats", "info", "infos", "information", "informations", "support",
        "admin", "administration", "direction", "communication", "presse", "rh", "recrutement", "benevolat", "benevoles",
        "inscription", "inscriptions", "association", "asso", "bureau", "equipe", "service", "services", "social", "ccas", "cias",
        "caf", "mairie", "centre", "centresocial", "cs", "maison", "espace", "collectif", "projet", "projets", "hello", "bonjour",
        "ecrire", "noreply", "webmaster", "postmaster", "courrier", "permanence", "reseau", "atelier", "ateliers", "epicerie",
        "compta", "comptabilite", "tresorerie", "presidence", "coordination", "animation", "jeunesse", "familles", "mediation",
        "dpo", "rgpd", "standard", "agence", "antenne", "pole", "siege", "federation", "union", "comite", "club", "amicale",
    };

    /// <summary>How the domains of mailing lists begin ("debian-devel@lists.debian.org" is a list, not a person).</summary>
    private static readonly string[] ListDomains = ["lists.", "listes.", "liste.", "groups.", "googlegroups."];

    /// <summary>The part before "@", in words: "accueil.ccas" reads "accueil", "ccas".</summary>
    private static string[] LocalWords(string address)
    {
        var at = address.LastIndexOf('@');
        return (at < 0 ? address : address[..at]).ToLowerInvariant().Split(['.', '-', '_', '+'], StringSplitOptions.RemoveEmptyEntries);
    }

    /// <summary>
    /// A service's address: a service word and no first name ("accueil@", "secretariat.cs@", not "accueil.karine@"), or a
    /// mailing list's.
    /// </summary>
    public static bool IsServiceAddress(string address)
    {
        var domain = address[(address.LastIndexOf('@') + 1)..].ToLowerInvariant();
        if (ListDomains.Any(list => domain.StartsWith(list, StringComparison.Ordinal)))
            return true;
        var words = LocalWords(address);
        return words.Any(ServiceWords.Contains) && !words.Any(w => w.Length > 1 && PersonNameDetector.IsFirstName(w));
    }

    /// <summary>
    /// A person's address: a first name among its words ("prenom.nom@", "accueil.karine@"), "p.nom@", or "prenomnom@" when
    /// it begins with a first name of the list.
    /// </summary>
    public static bool IsPersonalAddress(string address)
    {
        if (IsServiceAddress(address))
            return false;
        var words = LocalWords(address);
        if (words.Length == 0)
            return false;
        if (words.Any(w => w.Length > 1 && PersonNameDetector.IsFirstName(w)))
            return true;
        if (words.Length >= 2 && words[0].Length == 1 && char.IsLetter(words[0][0]) && words[1].Length >= 2)
            return true;
        var word = words[0];
        for (var length = 3; length <= word.Length - 3; length++)
            if (PersonNameDetector.IsFirstName(word[..length]))
                return true;
        return false;
    }

    public IEnumerable<Detection> Find(string text, DeclaredIdentities declared)
    {
        // No '@', no address: most texts skip the scan, which tries the pattern at every word character.
        if (!text.Contains('@'))
            yield break;
        foreach (Match match in Pattern().Matches(text))
        {
            var domain = match.Groups["domain"].Value.ToLowerInvariant();
            if (declared.IsDeclaredEmail(match.Value) || IsReserved(domain) || IsServiceAddress(match.Value))
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
