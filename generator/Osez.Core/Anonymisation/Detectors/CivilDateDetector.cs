using System.Text.RegularExpressions;
using Osez.Text;
using Osez.Diagnostics;

namespace Osez.Anonymisation.Detectors;

/// <summary>
/// Dates of civil status tied to a person: birth ("né le 3 mars 1985", "née en 1990", "date de
/// naissance"), death ("décédé en mai 2021"), marriage, PACS, divorce, arrival in France.
/// "Le projet est né en 2021" is not a birth: when a project-like noun comes just before, it is skipped.
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
        Patterns = new Dictionary<string, RulePattern> { ["thingBefore"] = new(ThingBeforeSource) },
        Values = new Dictionary<string, object> { ["subjectWindow"] = SubjectWindow },
    };

    /// <summary>How many characters before "né" are read for its subject (within the sentence).</summary>
    private const int SubjectWindow = 60;

    public IEnumerable<Detection> Find(string text, DeclaredIdentities declared)
    {
        foreach (Match match in Pattern().Matches(text))
        {
            if (match.Groups["born"].Success && SubjectIsAThing(text, match.Index))
                continue;
            var shown = match.Groups["date"].Success ? match.Groups["date"].Index : match.Index;
            yield return new Detection(match.Index, match.Length, shown, KeepStart: 1, KeepEnd: 0);
        }
    }

    /// <summary>"Le groupe est né en 2021", "l'idée, née en mars...": the birth of a project, not of a person.</summary>
    private static bool SubjectIsAThing(string text, int index)
    {
        var start = Math.Max(0, index - SubjectWindow);
        var before = text[start..index];
        var sentence = Math.Max(before.LastIndexOf(". ", StringComparison.Ordinal), before.LastIndexOf('\n'));
        if (sentence >= 0)
            before = before[(sentence + 1)..];
        return ThingBefore().IsMatch(before);
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
        + @"|(?i:décédée?s?|decedee?s?|décès|deces|morte?s?|disparue?s?|mariée?s?|mariage|pacsée?s?|divorcée?s?|divorce|veuve?\s+depuis|arrivée?s?\s+en\s+France)\s+(?i:le|en|depuis|au\s+mois\s+de|du|début|fin|courant)?\s*" + Date
        + @"|(?i:date\s+de\s+naissance|DDN\b|naissance\s*:\s*" + Date + ")"
        + ")";

    private const RegexOptions Options = RegexOptions.CultureInvariant;

    [GeneratedRegex(Source, Options)]
    private static partial Regex Pattern();

    private const string ThingBeforeSource = @"(?i)\b(?:projet|idée|idee|groupe|action|association|collectif|démarche|initiative|atelier|dispositif|partenariat|envie|demande|réseau|jardin|café|journal|film|comité|conseil|lieu|service|structure|épicerie|fête|événement|festival|programme|tradition|habitude|ce\s+temps|cette\s+(?:rencontre|dynamique|aventure))s?\b[^.]*$";

    [GeneratedRegex(ThingBeforeSource)]
    private static partial Regex ThingBefore();
}
