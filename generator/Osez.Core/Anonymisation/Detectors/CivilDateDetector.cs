using System.Text.RegularExpressions;
using Osez.Text;
using Osez.Diagnostics;

namespace Osez.Anonymisation.Detectors;

/// <summary>
/// Dates of civil status tied to a person: birth ("né le 3 mars 1985", "née en 1990", "date de
/// naissance"), death ("décédé en mai 2021"), marriage, PACS, divorce, arrival in France.
/// "Le projet est né en 2021" is not a birth, nor "14 décès en 2019" a person's death: see <see cref="SubjectIsAPerson"/>.
/// </summary>
public sealed partial class CivilDateDetector : IPersonalDataDetector
{
    public DiagnosticCode Code => DiagnosticCodes.PersonalCivilDate;

    public string What => "une date d'état civil (naissance, décès, mariage...)";

    public string Hint => "Retirez la date. Si l'âge ou l'époque comptent pour le récit, restez vague : "
        + "« une femme d'une trentaine d'années », « arrivée en France depuis peu ».";

    public bool CanBeAccepted => true;

    public DetectorRules Rules { get; } = new("civil", new(Source, Options))
    {
        Patterns = new Dictionary<string, RulePattern> { ["subject"] = new(SubjectSource), ["countBefore"] = new(CountBeforeSource) },
        Values = new Dictionary<string, object> { ["subjectWindow"] = SubjectWindow },
    };

    /// <summary>How many characters before "né" are read for its subject (within the sentence).</summary>
    private const int SubjectWindow = 60;

    public IEnumerable<Detection> Find(string text, DeclaredIdentities declared)
    {
        foreach (Match match in Pattern().Matches(text))
        {
            if (match.Groups["born"].Success && !SubjectIsAPerson(text, match.Index))
                continue;
            if (match.Groups["death"].Success && CountBefore().IsMatch(text[Math.Max(0, match.Index - SubjectWindow)..match.Index]))
                continue;
            var shown = match.Groups["date"].Success ? match.Groups["date"].Index : match.Index;
            yield return new Detection(match.Index, match.Length, shown, KeepStart: 1, KeepEnd: 0);
        }
    }

    /// <summary>
    /// "Elle est née", "sa fille, née le", "Karim est né", "Née en 2011, la cadette": a person's birth. "Le groupe est né en
    /// 2021", "Signal Logement est né en 2020", "la maison des familles est née en 2016": a project's. The first word of the
    /// sentence (within the window) that names a person (a pronoun, a noun of kinship or role, a first name of the list) or
    /// a thing (a project, a group...) decides; with neither, only "né" that opens the sentence is a person's.
    /// </summary>
    private static bool SubjectIsAPerson(string text, int index)
    {
        var start = Math.Max(0, index - SubjectWindow);
        var before = text[start..index];
        var sentence = Math.Max(before.LastIndexOf(". ", StringComparison.Ordinal), before.LastIndexOf('\n'));
        if (sentence >= 0)
            before = before[(sentence + 1)..];
        foreach (Match word in Subject().Matches(before))
        {
            if (word.Groups["thing"].Success)
                return false;
            if (word.Groups["person"].Success || PersonNameDetector.IsFirstName(word.Value))
                return true;
        }
        return !before.Any(char.IsLetter);
    }

    private const string Month = "janvier|février|fevrier|mars|avril|mai|juin|juillet|août|aout|septembre|octobre|novembre|décembre|decembre";

    private const string Date =
        @"(?<date>(?:[0-9]{1,2}|1er|premier)\s+(?i:" + Month + @")(?:\s+(?:19|20)[0-9]{2})?"
        + @"|[0-9]{1,2}[/.-][0-9]{1,2}[/.-](?:19|20)?[0-9]{2}"
        + @"|(?i:" + Month + @")\s+(?:19|20)[0-9]{2}"
        + @"|(?:19|20)[0-9]{2})(?![0-9/])";

    private const string Source =
        @"(?<![\w])(?:"
        + @"(?<born>(?i:née?s?|née?\(e\)s?|né·e|nee?)\s+(?:(?i:à|a)\s+\p{Lu}[\p{L}'-]*(?:\s+\p{Lu}[\p{L}'-]*)?\s*,?\s+)?(?i:le|en|au\s+mois\s+de|au\s+mois\s+d'|vers|début|fin|courant)?\s*" + Date + @")"
        + @"|(?:(?<death>(?i:décès|deces))|(?i:décédée?s?|decedee?s?|morte?s?|disparue?s?|mariée?s?|mariage|pacsée?s?|divorcée?s?|divorce|veuve?\s+depuis|arrivée?s?\s+en\s+France))\s+(?i:le|en|depuis|au\s+mois\s+de|du|début|fin|courant)?\s*" + Date
        + @"|(?i:date\s+de\s+naissance|DDN\b|naissance\s*:\s*" + Date + ")"
        + ")";

    private const RegexOptions Options = RegexOptions.CultureInvariant;

    [GeneratedRegex(Source, Options)]
    private static partial Regex Pattern();

    // The words that tell what was born: a thing, a person, or a capitalised word (a first name if the list says so).
    private const string SubjectSource =
        @"(?<![\w'])(?:(?<thing>(?i:projet|idée|idee|groupe|action|association|collectif|démarche|initiative|atelier|dispositif|"
        + @"partenariat|envie|demande|réseau|jardin|café|journal|film|comité|conseil|lieu|service|structure|épicerie|fête|"
        + @"événement|festival|programme|tradition|habitude|ce\s+temps|cette\s+(?:rencontre|dynamique|aventure))s?)"
        + @"|(?<person>(?i:il|elle|ils|elles|je|j'|lui|eux|fils|filles?|enfants?|bébés?|nourrisson|jumeaux|jumelles|garçons?|"
        + @"frères?|sœurs?|pères?|mères?|parents?|aïeule?|oncle|tante|cousine?|neveu|nièce|dame|homme|femme|monsieur|madame|mme|mlle|mademoiselle|m\.|"
        + @"jeunes?|adolescente?s?|ado|mineure?s?|personnes?|retraitée?s?|doyenne?|benjamine?|cadette?|aînée?|locataires?|"
        + @"habitante?s?|participante?s?|usagère?s?|bénévoles?|voisine?s?|bénéficiaires?|allocataires?|patiente?s?|résidente?s?|"
        + @"adhérente?s?|amie?s?|compagnon|compagne|mari|épouse|époux|conjointe?|veuf|veuve|maman|papa))"
        + @"|\p{Lu}\p{Ll}+)(?![\w])";

    [GeneratedRegex(SubjectSource)]
    private static partial Regex Subject();

    // "14 décès en 2019", "les décès", "plusieurs décès": deaths counted, not a person's.
    private const string CountBeforeSource = @"(?:[0-9][ ]*|(?i:des|les|de|aucun|plusieurs|nombreux|cas\s+de|taux\s+de|nombre\s+de)[ ]+)$";

    [GeneratedRegex(CountBeforeSource)]
    private static partial Regex CountBefore();
}
