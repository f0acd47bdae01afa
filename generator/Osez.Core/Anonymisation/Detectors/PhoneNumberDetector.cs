using System.Text.RegularExpressions;
using Osez.Text;
using Osez.Diagnostics;

namespace Osez.Anonymisation.Detectors;

/// <summary>
/// French phone numbers in their usual spellings: 06 12 34 56 78, 06.12.34.56.78, 0612345678,
/// +33 6 12 34 56 78, +33 (0)6..., 0033 6..., and overseas +262/+590/+594/+596/+269 numbers.
/// Short service numbers (115, 3919) are not personal and are not matched.
/// </summary>
public sealed partial class PhoneNumberDetector : IPersonalDataDetector
{
    public DiagnosticCode Code => DiagnosticCodes.PersonalPhone;

    public string What => "un numéro de téléphone";

    /// <summary>The header lines as they are to be written (a nested key on one line would not be valid YAML).</summary>
    public string Hint { get; } = "Retirez ce numéro. Le numéro d'une structure (jamais celui d'une personne) se déclare dans l'en-tête :\n"
        + $"{Osez.Content.Schema.WriteUpSchema.Contact.Key}:\n"
        + $"  {Osez.Content.Schema.WriteUpSchema.Contact["structure"].Example}\n"
        + $"  {Osez.Content.Schema.WriteUpSchema.Contact["telephone"].Example}";

    public bool CanBeAccepted => true;

    public DetectorRules Rules { get; } = new("phone", new(Source, Options));

    public IEnumerable<Detection> Find(string text, DeclaredIdentities declared)
    {
        foreach (Match match in Pattern().Matches(text))
        {
            if (declared.IsDeclaredPhone(match.Value))
                continue;
            var international = match.Value.StartsWith('+') || match.Value.StartsWith("00", StringComparison.Ordinal);
            yield return new Detection(match.Index, match.Length, match.Index, KeepStart: international ? 3 : 2, KeepEnd: 2);
        }
    }

    // National: 0 then a non-zero digit then eight digits, each optionally after one separator.
    // International: +33 / 0033 (optionally "(0)"), or an overseas code, then nine digits.
    private const string Source =
        @"(?<![0-9+])(?<![0-9][ .-])(?:(?:\+|00)[ ]?(?:33|262|590|594|596|269)[ .-]?(?:\(0\)[ ]?)?[1-9]|0[1-9])(?:[ .-]?[0-9]){8}(?![ .-]?[0-9])";

    private const RegexOptions Options = RegexOptions.CultureInvariant;

    [GeneratedRegex(Source, Options)]
    private static partial Regex Pattern();
}
