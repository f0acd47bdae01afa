using System.Text.RegularExpressions;
using Osez.Text;
using Osez.Diagnostics;

namespace Osez.Anonymisation.Detectors;

/// <summary>
/// An honorific followed by a name or an initial: "Mme Dupont", "Monsieur Karim B.", "M. X".
/// Titles ("Madame la Maire", "Monsieur le directeur") are not names; the declared authors are allowed.
/// </summary>
public sealed partial class HonorificNameDetector : IPersonalDataDetector
{
    private static readonly HashSet<string> NotNames = new(StringComparer.Ordinal)
    {
        "Le", "La", "Les", "L", "Un", "Une", "Des", "De", "Du", "Et", "Ou", "Tout", "Toute", "Tous", "Chacun", "Chacune",
        "Maire", "Directeur", "Directrice", "Président", "Présidente", "Préfet", "Préfète", "Juge", "Procureur", "Ministre",
        "Député", "Députée", "Sénateur", "Sénatrice", "Adjoint", "Adjointe", "Conseiller", "Conseillère", "Docteur", "Professeur",
        "Principal", "Principale", "Proviseur", "Curé", "Pasteur", "Imam", "Rabbin", "Commissaire", "Capitaine",
    };

    /// <summary>Words that begin a surname ("Le Goff", "La Fontaine") when a capitalised word that is not a title follows.</summary>
    private static readonly string[] Particles = ["Le", "La"];

    public DiagnosticCode Code => DiagnosticCodes.PersonalHonorificName;

    public string What => "une civilité suivie d'un nom";

    public string Hint => "Ne nommez pas les personnes accompagnées, même par une initiale ou un nom changé : "
        + "désignez-les par leur rôle ou leur situation (« une mère de trois enfants », « un habitant retraité »). "
        + "Les auteurs se nomment dans le champ « auteurs » de l'en-tête.";

    public bool CanBeAccepted => true;

    public DetectorRules Rules { get; } = new("honorific", new(Source, Options))
    {
        Values = new Dictionary<string, object> { ["notNames"] = NotNames, ["particles"] = Particles },
    };

    public IEnumerable<Detection> Find(string text, DeclaredIdentities declared)
    {
        foreach (Match match in Pattern().Matches(text))
        {
            var name = match.Groups["name"];
            var first = name.Value.Split([' ', '\n'], StringSplitOptions.RemoveEmptyEntries)[0].TrimEnd('.');
            if (NotNames.Contains(first.Split('\'', '-')[0]) && !IsParticleOfASurname(name.Value))
                continue;
            if (declared.IsDeclaredName(name.Value))
                continue;
            yield return new Detection(match.Index, match.Length, name.Index, KeepStart: 1, KeepEnd: 0);
        }
    }

    /// <summary>"Le Goff", "La Fontaine": a particle then a capitalised word that is not a title.</summary>
    private static bool IsParticleOfASurname(string name)
    {
        var parts = name.Split([' ', '\n'], StringSplitOptions.RemoveEmptyEntries);
        return parts.Length > 1 && Particles.Contains(parts[0]) && char.IsUpper(parts[1][0]) && !NotNames.Contains(parts[1].TrimEnd('.'));
    }

    private const string Source =
        @"(?<![\w])(?<![0-9][ ])(?:M\.|MM\.|Mmes?\.?|Mlles?\.?|Madame|Monsieur|Mademoiselle|Mr\.?|Mrs\.?)[ \n]+"
        + @"(?<name>(?:\p{Lu}[\p{L}'-]*\p{L}|\p{Lu}\.?)(?:[ ](?:\p{Lu}[\p{L}'-]*\p{L}|\p{Lu}\.?))?)(?![\w])";

    private const RegexOptions Options = RegexOptions.CultureInvariant;

    [GeneratedRegex(Source, Options)]
    private static partial Regex Pattern();
}
