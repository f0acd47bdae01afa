using System.Text.RegularExpressions;
using Osez.Text;
using Osez.Diagnostics;

namespace Osez.Anonymisation.Detectors;

/// <summary>A five-digit French postcode followed by a town ("59100 Roubaix", "20200 Bastia", "97400 Saint-Denis").</summary>
public sealed partial class PostcodeTownDetector : IPersonalDataDetector
{
    public DiagnosticCode Code => DiagnosticCodes.PersonalPostcode;

    public string What => "un code postal suivi d'une commune";

    public string Hint => "Le département suffit (champ territoire.departement de l'en-tête) : "
        + "retirez le code postal et la commune.";

    public bool CanBeAccepted => true;

    public DetectorRules Rules { get; } = new("postcode", new(Source, Options));

    public IEnumerable<Detection> Find(string text, DeclaredIdentities declared)
    {
        foreach (Match match in Pattern().Matches(text))
            yield return new Detection(match.Index, match.Length, match.Index, KeepStart: 2, KeepEnd: 0);
    }

    private const string Source =
        @"(?<![\w.,])(?:(?:0[1-9]|[1-8][0-9]|9[0-5])[0-9]{3}|9[78][0-8][0-9]{2})(?![\w.,])[ ]+(?:CEDEX|Cedex|\p{Lu}[\p{Ll}'-]+(?:[ -]\p{Lu}[\p{Ll}'-]+)*)";

    private const RegexOptions Options = RegexOptions.CultureInvariant;

    [GeneratedRegex(Source, Options)]
    private static partial Regex Pattern();
}
