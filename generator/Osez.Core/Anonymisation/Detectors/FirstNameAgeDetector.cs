using System.Text.RegularExpressions;
using Osez.Text;
using Osez.Diagnostics;

namespace Osez.Anonymisation.Detectors;

/// <summary>
/// A first name tied to an exact age: "Karim, 34 ans", "Léa (17 ans)", "Sonia, âgée de 52 ans".
/// "Depuis, 20 ans ont passé" or "Bellevue, 30 ans d'histoire" are not people: the age must end
/// the phrase (punctuation) or be followed by what describes a person.
/// </summary>
public sealed partial class FirstNameAgeDetector : IPersonalDataDetector
{
    private static readonly HashSet<string> NotNames = new(StringComparer.Ordinal)
    {
        "Aujourd'hui", "Depuis", "Ensuite", "Puis", "Alors", "Enfin", "Après", "Avant", "Pendant", "Parmi", "Dont", "Soit",
        "Environ", "Moins", "Plus", "Entre", "Total", "Ainsi", "Donc", "Or", "Mais", "Hier", "Demain", "Autrefois", "Jadis",
        "Désormais", "Certains", "Certaines", "Beaucoup", "Plusieurs", "Tous", "Toutes", "Chacun", "Chacune", "Moyenne",
        "En", "Dans", "Sur", "Pour", "Par", "Avec", "Sans", "Sous", "Chez", "Vers", "Durant", "Lors", "Dès", "Selon", "Sinon",
        "Il", "Elle", "Ils", "Elles", "On", "Nous", "Vous", "Je", "Tu", "Ce", "Cela", "Ça", "Ceci", "Celui", "Celle", "Ceux",
        "Sa", "Son", "Ses", "Leur", "Leurs", "Mon", "Ma", "Mes", "Notre", "Nos", "Votre", "Vos", "Le", "La", "Les", "Un", "Une",
        "Des", "Du", "De", "Et", "Ou", "Qui", "Que", "Quand", "Comme", "Si", "Voici", "Voilà", "Près", "Presque", "Déjà",
        "Encore", "Toujours", "Jamais", "Chaque", "Tout", "Toute", "Cet", "Cette", "Ces", "Au", "Aux", "Quelque", "Quelques",
        "Janvier", "Février", "Mars", "Avril", "Mai", "Juin", "Juillet", "Août", "Septembre", "Octobre", "Novembre", "Décembre",
        "Lundi", "Mardi", "Mercredi", "Jeudi", "Vendredi", "Samedi", "Dimanche", "Total", "Ans", "Mois", "Semaines",
    };

    public DiagnosticCode Code => DiagnosticCodes.PersonalFirstNameAge;

    public string What => "un prénom suivi d'un âge";

    public string Hint => "Ni prénom (même modifié) ni âge exact : « un jeune homme d'une vingtaine d'années », "
        + "« une participante retraitée ».";

    public bool CanBeAccepted => true;

    public DetectorRules Rules { get; } = new("age", new(Source, Options))
    {
        Values = new Dictionary<string, object> { ["notNames"] = NotNames, ["youngest"] = Youngest, ["oldest"] = Oldest },
    };

    /// <summary>Ages outside these are not taken for a person's ("Bellevue, 150 ans").</summary>
    private const int Youngest = 1, Oldest = 110;

    public IEnumerable<Detection> Find(string text, DeclaredIdentities declared)
    {
        if (!HasAnAge(text))
            yield break;
        foreach (Match match in Pattern().Matches(text))
        {
            var name = match.Groups["name"].Value;
            if (NotNames.Contains(name) || declared.IsDeclaredName(name))
                continue;
            var age = int.Parse(match.Groups["age"].Value, System.Globalization.CultureInfo.InvariantCulture);
            if (age is < Youngest or > Oldest)
                continue;
            yield return new Detection(match.Index, match.Length, match.Index, KeepStart: 1, KeepEnd: 0);
        }
    }

    /// <summary>
    /// What every match holds, found without the pattern: a digit, spaces, then "ans" in any case
    /// (the pattern's <c>[0-9]{1,3}[ ]*(?i:ans)</c>). Texts without one skip the scan.
    /// </summary>
    private static bool HasAnAge(string text)
    {
        var span = text.AsSpan();
        for (var at = span.IndexOf("ans", StringComparison.OrdinalIgnoreCase); at >= 0;)
        {
            var before = at - 1;
            while (before >= 0 && span[before] == ' ')
                before--;
            if (before >= 0 && char.IsAsciiDigit(span[before]))
                return true;
            var next = span[(at + 3)..].IndexOf("ans", StringComparison.OrdinalIgnoreCase);
            at = next < 0 ? -1 : at + 3 + next;
        }
        return false;
    }

    private const string Source =
        @"(?<![\w'-])(?<name>\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?)(?:[ ]\p{Lu}\.)?(?:[ ]*,[ ]*|[ ]*\([ ]*|[ ]+)"
        + @"(?:(?i:âgée?s?\s+de|qui\s+a|a)\s+)?(?<age>[0-9]{1,3})[ ]*(?i:ans)\b"
        + @"(?=[ ]*[),.;:!?]|[ ]*$|\s+(?:et|qui|est|a|était|vit|habite|mère|père|maman|papa|arrivée?|célibataire|mariée?|divorcée?|veuve?|sans|au\s+chômage|en\s+recherche)\b)";

    private const RegexOptions Options = RegexOptions.CultureInvariant | RegexOptions.Multiline;

    [GeneratedRegex(Source, Options)]
    private static partial Regex Pattern();
}
