using System.Text.RegularExpressions;
using Osez.Diagnostics;
using Osez.Text;

namespace Osez.Anonymisation.Detectors;

/// <summary>
/// The number of a file or an identity document, introduced as such: "numéro allocataire CAF : 1234567", "dossier MDPH
/// n° 59-2023-004512", "identifiant France Travail 1234567A", "passeport 12AB34567", "immatriculation AB-123-CD".
/// The words must come before the number, in the same sentence, and the number must hold five digits at least:
/// laws, decrees, circulars, calls for projects, bus lines and helplines are not introduced by these words, and a year,
/// a period ("2021-2024"), a date or an amount ("12 500 €") is not a file number.
/// </summary>
public sealed partial class FileNumberDetector : IPersonalDataDetector
{
    public DiagnosticCode Code => DiagnosticCodes.PersonalFileNumber;

    public string What => "un numéro de dossier ou d'identité";

    public string Hint => "Retirez ce numéro : un numéro d'allocataire, de dossier ou de pièce d'identité désigne une personne. "
        + "« Son dossier à la MDPH » suffit au récit.";

    public bool CanBeAccepted => true;

    public DetectorRules Rules { get; } = new("fileNumber", new(Source, Options))
    {
        Patterns = new Dictionary<string, RulePattern>
        {
            ["notAFileNumber"] = new(NotAFileNumberSource),
            ["unitAfter"] = new(UnitAfterSource),
            ["plate"] = new(PlateSource),
        },
        Values = new Dictionary<string, object> { ["fewestDigits"] = FewestDigits, ["after"] = After },
    };

    /// <summary>Fewer digits than this are not a file number ("dossier 2023", "bus 38").</summary>
    private const int FewestDigits = 5;

    /// <summary>How many characters after the number are read for a unit ("€", "personnes").</summary>
    private const int After = 14;

    public IEnumerable<Detection> Find(string text, DeclaredIdentities declared)
    {
        foreach (Match match in Pattern().Matches(text))
        {
            var number = match.Groups["number"];
            if (!IsFileNumber(number.Value) || UnitAfter().IsMatch(text[(number.Index + number.Length)..Math.Min(text.Length, number.Index + number.Length + After)]))
                continue;
            yield return new Detection(match.Index, match.Length, number.Index, KeepStart: 1, KeepEnd: 0);
        }
    }

    private static bool IsFileNumber(string number)
        => Plate().IsMatch(number) || (number.Count(char.IsAsciiDigit) >= FewestDigits && !NotAFileNumber().IsMatch(number));

    // The words that introduce a file or an identity number, then up to 40 characters of the same sentence without a
    // digit ("de la famille auprès de la CAF : "), then the number: digits and capitals, in groups, a digit among the
    // first four (so that "dossier MDPH n° 59-..." reads the number, not "MDPH").
    private const string Source =
        @"(?<![\w])(?i:allocataire|dossier|matricule|identifiant|immatriculation|passeport|carte\s+vitale|carte\s+d'identité|"
        + @"carte\s+nationale\s+d'identité|CNI|num[ée]ro\s+fiscal|n°\s*fiscal|MDPH|CAF|MSA|CPAM|France\s+Travail|P[ôo]le\s+emploi|"
        + @"ASE|AGDREF|titre\s+de\s+séjour|num[ée]ro\s+(?:d'|de\s+)?(?:étranger|client|adhérent|usager|bénéficiaire|demandeur|"
        + @"inscription|affiliation|sécurité\s+sociale|sécu|INE))(?![\w])"
        + @"(?:(?!\.\s)[^0-9\n;!?]){0,40}?"
        + @"(?<number>(?:[A-Z]{1,3}[ -]?)?[0-9](?:[ ./-]?[A-Z0-9]){3,24})(?![\w])";

    private const RegexOptions Options = RegexOptions.CultureInvariant;

    [GeneratedRegex(Source, Options)]
    private static partial Regex Pattern();

    // A year, a period of years, a date, a month: not a file number.
    private const string NotAFileNumberSource =
        @"^(?:(?:19|20)[0-9]{2}(?:[ ]?[-/][ ]?(?:19|20)?[0-9]{2})?|[0-9]{1,2}[/.-][0-9]{1,2}[/.-](?:19|20)?[0-9]{2})$";

    [GeneratedRegex(NotAFileNumberSource)]
    private static partial Regex NotAFileNumber();

    // An amount or a count after the number ("12 500 €", "10 000 personnes").
    private const string UnitAfterSource =
        @"^[ ]*(?:€|(?i:euros?|EUR|%|ans|mois|jours|heures|personnes|familles|allocataires|dossiers|habitants|foyers|bénéficiaires|m2|m²|km)(?![\w]))";

    [GeneratedRegex(UnitAfterSource)]
    private static partial Regex UnitAfter();

    // A French number plate (since 2009): two letters, three digits, two letters.
    private const string PlateSource = @"^[A-Z]{2}[ -]?[0-9]{3}[ -]?[A-Z]{2}$";

    [GeneratedRegex(PlateSource)]
    private static partial Regex Plate();
}
