using System.Text.RegularExpressions;
using Osez.Diagnostics;
using Osez.Text;

namespace Osez.Anonymisation.Detectors;

/// <summary>
/// A person's first and last name written bare: "Karine Lopez", "Karim B.", "Jean-Marc LEGRAND". The first word must
/// be a first name of the list (Anonymisation/Data/prenoms.txt, from the Dicollecte dictionary). What keeps false
/// alarms down is French usage: a name after a kind of place or institution ("collège Jean Moulin", "centre social
/// Louise Michel", "Fondation Abbé Pierre"), after the words that cite an author ("selon Robert Castel", "les travaux
/// de Saul Alinsky", "traduit par..."), before a year of publication ("Castel (1995)"), or on the list of public
/// figures and characters (Anonymisation/Data/noms-publics.txt) is not reported; neither are the declared authors.
/// </summary>
public sealed partial class PersonNameDetector : IPersonalDataDetector
{
    /// <summary>First names, folded (<see cref="TextFolding.Fold"/>).</summary>
    private static readonly HashSet<string> FirstNames =
        DetectorData.Lines("prenoms").Select(TextFolding.Fold).ToHashSet(StringComparer.Ordinal);

    /// <summary>Public figures and characters, as written.</summary>
    private static readonly string[] PublicNames = DetectorData.Lines("noms-publics").Distinct(StringComparer.Ordinal).ToArray();

    /// <summary>Capitalised words that follow a first name without being a surname ("France Travail", "Marie Mardi").</summary>
    private static readonly HashSet<string> NotSurnames = new(StringComparer.Ordinal)
    {
        "Le", "La", "Les", "Un", "Une", "Des", "De", "Du", "Et", "Ou", "Au", "Aux", "En", "Dans", "Sur", "Pour", "Par", "Avec",
        "Sans", "Sous", "Chez", "Vers", "Mais", "Donc", "Or", "Ni", "Car", "Puis", "Alors", "Ainsi", "Il", "Elle", "Ils", "Elles",
        "On", "Nous", "Vous", "Je", "Tu", "Ce", "Cette", "Ces", "Son", "Sa", "Ses", "Leur", "Leurs", "Qui", "Que", "Quand", "Comme", "Si",
        "Janvier", "Février", "Mars", "Avril", "Mai", "Juin", "Juillet", "Août", "Septembre", "Octobre", "Novembre", "Décembre",
        "Lundi", "Mardi", "Mercredi", "Jeudi", "Vendredi", "Samedi", "Dimanche",
        "Travail", "Services", "Service", "Emploi", "Habitat", "Solidarité", "Solidarités", "Insertion", "Santé", "Nature",
        "Formation", "Handicap", "Avenir", "Jeunesse", "Famille", "Familles", "Association", "Accueil", "Social", "Sociale",
    };

    public DiagnosticCode Code => DiagnosticCodes.PersonalName;

    public string What => "le prénom et le nom d'une personne";

    public string Hint => "Ne nommez pas les personnes accompagnées, ni par leur nom ni par un prénom suivi d'une initiale : "
        + "désignez-les par leur rôle ou leur situation (« une mère de deux enfants », « un bénévole du quartier »). "
        + "Les auteurs se nomment dans le champ « auteurs » de l'en-tête.";

    public bool CanBeAccepted => true;

    public DetectorRules Rules { get; } = new("name", new(Source, Options))
    {
        Patterns = new Dictionary<string, RulePattern>
        {
            ["placeBefore"] = new(PlaceBeforeSource),
            ["authorBefore"] = new(AuthorBeforeSource),
            ["yearAfter"] = new(YearAfterSource),
        },
        Values = new Dictionary<string, object>
        {
            // One string rather than a list: a few thousand names cost a third less in assets/regles.js.
            ["firstNames"] = string.Join(' ', FirstNames.Order(StringComparer.Ordinal)),
            ["publicNames"] = PublicNames,
            ["notSurnames"] = NotSurnames,
            ["window"] = Window,
            ["after"] = After,
        },
    };

    /// <summary>How many characters before a name are read for a place or an author cue (within the sentence), and after it for a year.</summary>
    private const int Window = 60, After = 16;

    public IEnumerable<Detection> Find(string text, DeclaredIdentities declared)
    {
        foreach (Match match in Pattern().Matches(text))
        {
            if (!FirstNames.Contains(TextFolding.Fold(match.Groups["first"].Value)))
                continue;
            var last = match.Groups["last"];
            var end = last.Index + last.Length;
            if (NotSurnames.Contains(last.Value.Split(' ')[^1]))
                continue;
            if (IsPublic(text, match.Index) || declared.IsDeclaredName(text[match.Index..end]))
                continue;
            if (ContextSaysNotAPerson(text, match.Index, end))
                continue;
            yield return new Detection(match.Index, end - match.Index, match.Index, KeepStart: 1, KeepEnd: 0);
        }
    }

    /// <summary>True for a word of the first-name list, in any case and with or without its accents.</summary>
    public static bool IsFirstName(string word) => FirstNames.Contains(TextFolding.Fold(word));

    private static bool IsPublic(string text, int index)
    {
        var rest = text.AsSpan(index);
        foreach (var name in PublicNames)
            if (rest.StartsWith(name, StringComparison.Ordinal) && (rest.Length == name.Length || !char.IsLetter(rest[name.Length])))
                return true;
        return false;
    }

    /// <summary>A place or an institution named after someone, an author cited, a work's year: not a person of the story.</summary>
    private static bool ContextSaysNotAPerson(string text, int start, int end)
    {
        var before = text[Math.Max(0, start - Window)..start];
        var sentence = Math.Max(before.LastIndexOf(". ", StringComparison.Ordinal), before.LastIndexOf('\n'));
        if (sentence >= 0)
            before = before[(sentence + 1)..];
        return PlaceBefore().IsMatch(before) || AuthorBefore().IsMatch(before)
            || YearAfter().IsMatch(text[end..Math.Min(text.Length, end + After)]);
    }

    // A capitalised first name (compound with a hyphen too), then a surname: capitalised, in capitals, or an initial;
    // "Le", "La", "Ben", "El", "Van", "Von", "Da", "Di" may begin it ("Yann Le Bossé"). The match is the first name
    // alone, the surname is read ahead: in "Avec Mehdi Haddad" the search goes on at "Mehdi", not after "Avec Mehdi".
    private const string Source =
        @"(?<![\p{L}\p{Nd}'.-])(?<first>\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?)(?=(?<gap>[ ]+)"
        + @"(?<last>(?:(?:Le|La|Ben|El|Van|Von|Da|Di)[ ]+)?(?:\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?|\p{Lu}{2,}(?:-\p{Lu}{2,})?|\p{Lu}\.))"
        + @"(?![\p{L}\p{Nd}'-]))";

    private const RegexOptions Options = RegexOptions.CultureInvariant;

    [GeneratedRegex(Source, Options)]
    private static partial Regex Pattern();

    // Kinds of places and institutions named after people, and titles that make a name a saint's or a historical figure's.
    private const string PlaceBeforeSource =
        @"(?i)\b(?:collège|lycée|école|groupe\s+scolaire|cité\s+scolaire|rue|avenue|boulevard|bd|place|allée|impasse|quai|square|"
        + @"cours|chemin|route|passage|parc|jardin|salle|centre(?:\s+social)?|maison|espace|gymnase|stade|piscine|médiathèque|"
        + @"bibliothèque|ludothèque|hôpital|clinique|institut|fondation|association|résidence|cité|foyer|théâtre|cinéma|musée|"
        + @"pont|gare|station|université|faculté|prix|promotion|quartier|halle|complexe|pavillon|crèche|maternelle|auditorium|"
        + @"amphithéâtre|esplanade|parvis|ehpad|mjc|chu|iut|irts|saint|sainte|st|ste|abbé|père|sœur|frère|pape|roi|reine|"
        + @"général|maréchal)\s+(?:(?:de|du|des|d')\s*)?$";

    // The words that cite an author or a work: "selon", "les travaux de", "la méthode de", "traduit par", "le sociologue",
    // a title then its author ("« Le Capital » de"), a copyright notice...
    private const string AuthorBeforeSource =
        @"(?i)(?:\bselon|\bd'après|\bcf\.|\bciter?|\bcitant|\bcitée?s?\s+par|"
        + @"\b(?:travaux|méthode|approche|concept|théorie|modèle|pensée|ouvrages?|livres?|textes?|articles?|écrits|pédagogie|"
        + @"œuvres?|romans?|essais?|films?|chansons?|poèmes?|lignée|suite|héritage|disciples?|inspiration)\s+d[e'])\s*$"
        + @"|\b(?:écrite?s?|traduite?s?|créée?s?|rédigée?s?|réalisée?s?|illustrée?s?|dirigée?s?|coordonnée?s?|préfacée?s?|"
        + @"publiée?s?|inspirée?s?|fondée?s?|proposée?s?|théorisée?s?|développée?s?|conçue?s?|mise?s?\s+en\s+scène)(?:\s+\w+ment)?\s+par\s*$"
        + @"|»\s*,?\s*(?:de|d'|par)\s*$|(?:\bcopyright|©)\s*(?:[0-9]{4}(?:\s*[-,]\s*[0-9]{4})*\s*)?$"
        + @"|\b(?:sociologue|philosophe|psychologue|psychiatre|psychanalyste|pédagogue|chercheu(?:r|se)|historien(?:ne)?|"
        + @"économiste|écrivain(?:e)?|poète|romancière?|anthropologue|théoricien(?:ne)?|auteur(?:e|rice)?|militante?|"
        + @"réalisat(?:eur|rice)|chanteu(?:r|se)|artiste|peintre|cinéaste)s?\s*$";

    // "Robert Castel (1995)", "Castel, 1995": a reference.
    private const string YearAfterSource = @"^[ ]*(?:\([ ]*|,[ ]*)(?:1[5-9]|20)[0-9]{2}(?![0-9])";

    [GeneratedRegex(PlaceBeforeSource)]
    private static partial Regex PlaceBefore();

    [GeneratedRegex(AuthorBeforeSource)]
    private static partial Regex AuthorBefore();

    [GeneratedRegex(YearAfterSource)]
    private static partial Regex YearAfter();
}
