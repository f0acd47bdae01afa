using System.Text.RegularExpressions;
using Osez.Text;
using Osez.Diagnostics;

namespace Osez.Anonymisation.Detectors;

/// <summary>
/// A street address: a number (with bis/ter) then a type of street then its name: "12 rue des Lilas",
/// "3 bis, avenue Jean-Jaurès", "4 place du Marché". Words that are also ordinary nouns (place,
/// cours, passage...) count only when a capitalised name follows, so "2 cours de cuisine" is not an address.
/// </summary>
public sealed partial class StreetAddressDetector : IPersonalDataDetector
{
    public DiagnosticCode Code => DiagnosticCodes.PersonalAddress;

    public string What => "une adresse postale";

    public string Hint => "N'indiquez ni numéro ni rue : « dans le quartier », « près du centre social » suffisent, "
        + "et le département est dans l'en-tête.";

    public bool CanBeAccepted => true;

    public DetectorRules Rules { get; } = new("street", new(Source, Options));

    public IEnumerable<Detection> Find(string text, DeclaredIdentities declared)
    {
        foreach (Match match in Pattern().Matches(text))
            yield return new Detection(match.Index, match.Length, match.Index, KeepStart: 1, KeepEnd: 0);
    }

    private const string Source =
        @"(?<![\w,.])[0-9]{1,4}(?:[ ]?(?:bis|ter|quater|[A-D])\b)?[ ]?,?\s+"
        + @"(?:(?i:rue|avenue|av\.|boulevard|bd|bld|blvd|impasse|allée|allee|quai|faubourg|fbg|chemin|route|ruelle|venelle)\s+(?:(?:de\s+la|de\s+l'|du|des|de|d'|la|le|l')\s*)?\p{L}[\p{L}'-]*"
        + @"|(?i:place|cours|passage|square|cité|cite|voie|villa|sentier|esplanade|parvis|rond-point|lotissement|hameau|résidence|residence|promenade|mail|traverse)\s+(?:(?:de\s+la|de\s+l'|du|des|de|d'|la|le|l')\s*)?\p{Lu}[\p{L}'-]*)";

    private const RegexOptions Options = RegexOptions.CultureInvariant;

    [GeneratedRegex(Source, Options)]
    private static partial Regex Pattern();
}
