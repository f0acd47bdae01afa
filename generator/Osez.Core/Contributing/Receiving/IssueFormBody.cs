using System.Globalization;
using System.Text.RegularExpressions;
using Osez.Content;
using Osez.Text;
using Osez.Vocabularies;

namespace Osez.Contributing.Receiving;

/// <summary>
/// Reads the Markdown body the forge writes for an answered issue form: for each question, « ### label », a blank line,
/// then the answer (« _No response_ » when left empty, « - [X] … » for a ticked box). Only the headings of the form's
/// own questions count: a « ### » written inside an answer stays in that answer.
/// </summary>
public static partial class IssueFormBody
{
    /// <summary>True when the text holds at least the title question and one other, as the forge writes them.</summary>
    public static bool Looks(string text, VocabularySet vocabularies)
    {
        var answers = Answers(text, vocabularies);
        return answers.ContainsKey(IssueForm.TitleId) && answers.Count >= 2;
    }

    /// <summary>The answers by question id; an empty answer is "".</summary>
    public static IReadOnlyDictionary<string, string> Answers(string text, VocabularySet vocabularies)
    {
        var byLabel = IssueForm.Fields(vocabularies).GroupBy(f => f.Label, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        var lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n').Split('\n');
        var answers = new Dictionary<string, string>(StringComparer.Ordinal);
        string? current = null;
        var value = new List<string>();
        void Close()
        {
            if (current is null)
                return;
            var joined = string.Join('\n', value).Trim('\n');
            answers[current] = joined.Trim() == IssueForm.NoResponse ? string.Empty : joined;
        }
        foreach (var line in lines)
        {
            if (line.StartsWith("### ", StringComparison.Ordinal) && byLabel.TryGetValue(line[4..].Trim(), out var field) && !answers.ContainsKey(field.Id) && field.Id != current)
            {
                Close();
                current = field.Id;
                value.Clear();
                continue;
            }
            if (current is not null)
                value.Add(line);
        }
        Close();
        return answers;
    }

    /// <summary>The draft the answers describe, as the site form would have made it; null with <paramref name="problems"/> when it cannot be made.</summary>
    public static WriteUpDraft? ToDraft(string text, VocabularySet vocabularies, DateOnly today, List<string> problems, List<string> notes)
    {
        var answers = Answers(text, vocabularies);
        string Get(string id) => answers.GetValueOrDefault(id, string.Empty);
        var labels = IssueForm.Fields(vocabularies).ToDictionary(f => f.Id, f => f.Label, StringComparer.Ordinal);

        if (!CheckedBox().IsMatch(Get(IssueForm.CharterId)))
            notes.Add($"La case « {IssueForm.CharterLabel} » n'est pas cochée : vérifiez avec la personne que le groupe est d'accord et que le texte a été relu.");
        var title = YamlText.OneLine(Get(IssueForm.TitleId));
        if (title.Length == 0)
            problems.Add($"La réponse « {labels[IssueForm.TitleId]} » est vide : une fiche a besoin d'un titre.");
        var start = Month(Get(IssueForm.StartId));
        if (start is null)
            problems.Add($"La réponse « {labels[IssueForm.StartId]} » ne donne pas un mois et une année lisibles (« {YamlText.OneLine(Get(IssueForm.StartId))} ») : écrivez par exemple « septembre 2024 » ou « 2024-09 ».");
        YearMonth? end = null;
        if (Get(IssueForm.EndId).Trim().Length > 0)
        {
            end = Month(Get(IssueForm.EndId));
            if (end is null)
                problems.Add($"La réponse « {labels[IssueForm.EndId]} » ne donne pas un mois et une année lisibles (« {YamlText.OneLine(Get(IssueForm.EndId))} ») : écrivez par exemple « juin 2025 » ou « 2025-06 », ou laissez-la vide si l'action continue.");
        }
        if (problems.Count > 0 || start is null)
            return null;

        var terms = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        foreach (var vocabulary in vocabularies.All)
        {
            var (ids, unknown) = Terms(Get(IssueForm.VocabularyId(vocabulary.Key)), vocabulary);
            terms[vocabulary.Key] = ids;
            foreach (var word in unknown)
                notes.Add($"« {word} » n'est pas un terme de « {labels[IssueForm.VocabularyId(vocabulary.Key)]} » : il n'a pas été repris ; choisissez le terme dans le fichier.");
        }
        var values = Content.Schema.WriteUpSchema.GenericFields.ToDictionary(
            f => f.Key,
            f => (IReadOnlyList<string>)(f.Kind == Content.Schema.FieldKind.Names ? Get(f.Key).Split('\n') : [Get(f.Key)]),
            StringComparer.Ordinal);
        return new WriteUpDraft
        {
            Title = title,
            Summary = Get(IssueForm.SummaryId),
            CreatedOn = today,
            Author = new DraftAuthor(Get(IssueForm.LastNameId), Get(IssueForm.FirstNameId), Get(IssueForm.RoleId), Get(IssueForm.OrganisationId)),
            PeriodStart = start.Value,
            PeriodEnd = end,
            GroupSize = GroupSize(Get(IssueForm.GroupSizeId)),
            Terms = terms,
            Values = values,
            Sections = WriteUpOutline.Sections.ToDictionary(s => s.Heading, s => Get(IssueForm.SectionId(s.Heading)), StringComparer.Ordinal),
        };
    }

    private static readonly string[] Months =
        ["janvier", "fevrier", "mars", "avril", "mai", "juin", "juillet", "aout", "septembre", "octobre", "novembre", "decembre"];

    /// <summary>"2024-09", "09/2024", "septembre 2024", "sept. 2024": the month and year; null when none is readable.</summary>
    public static YearMonth? Month(string text)
    {
        var folded = TextFolding.Fold(YamlText.OneLine(text));
        if (YearMonth.TryParse(folded, out var iso))
            return iso;
        var numeric = NumericMonth().Match(folded);
        if (numeric.Success && YearMonth.TryParse($"{numeric.Groups[2].Value}-{int.Parse(numeric.Groups[1].Value, CultureInfo.InvariantCulture):D2}", out var slashed))
            return slashed;
        var named = NamedMonth().Match(folded);
        if (!named.Success)
            return null;
        var word = named.Groups[1].Value;
        var index = Array.FindIndex(Months, m => m == word || (word.Length >= 3 && m.StartsWith(word, StringComparison.Ordinal)));
        return index >= 0 && YearMonth.TryParse($"{named.Groups[2].Value}-{index + 1:D2}", out var month) ? month : null;
    }

    /// <summary>"6-12", "de 6 à 12", "6 à 12 personnes": "6-12"; anything else as written (check then says what it takes).</summary>
    public static string GroupSize(string text)
    {
        var numbers = Number().Matches(text).Select(m => m.Value).ToList();
        return numbers.Count == 2 ? $"{numbers[0]}-{numbers[1]}" : YamlText.OneLine(text);
    }

    /// <summary>
    /// The term ids named in an answer: labels (as the site form writes them, separated by commas, which a label may also
    /// hold) or ids, whatever the case and accents; the words matching no term are given back.
    /// </summary>
    public static (IReadOnlyList<string> Ids, IReadOnlyList<string> Unknown) Terms(string answer, Vocabulary vocabulary)
    {
        var names = vocabulary.Terms
            .SelectMany(t => new[] { (Name: TextFolding.Fold(t.Label), t.Id), (Name: TextFolding.Fold(t.Id), t.Id), (Name: TextFolding.Fold(Bracketed().Replace(t.Label, string.Empty)), t.Id) })
            .Where(n => n.Name.Length > 0)
            .OrderByDescending(n => n.Name.Length).ToList();
        var ids = new List<string>();
        var unknown = new List<string>();
        foreach (var line in answer.Replace(';', '\n').Split('\n'))
        {
            var rest = TextFolding.Fold(YamlText.OneLine(line)).Trim(' ', ',', '.');
            var original = YamlText.OneLine(line).Trim(' ', ',', '.');
            while (rest.Length > 0)
            {
                var match = names.FirstOrDefault(n => rest.StartsWith(n.Name, StringComparison.Ordinal)
                    && (rest.Length == n.Name.Length || rest[n.Name.Length] == ','));
                if (match.Name is null)
                {
                    var comma = rest.IndexOf(',');
                    var word = comma < 0 ? original : original[..Math.Min(comma, original.Length)];
                    unknown.Add(word.Trim());
                    if (comma < 0)
                        break;
                    rest = rest[(comma + 1)..].TrimStart();
                    original = original[Math.Min(comma + 1, original.Length)..].TrimStart();
                    continue;
                }
                if (!ids.Contains(match.Id, StringComparer.Ordinal))
                    ids.Add(match.Id);
                rest = rest[match.Name.Length..].TrimStart(',', ' ');
                original = original[Math.Min(match.Name.Length, original.Length)..].TrimStart(',', ' ');
            }
        }
        return (ids, unknown);
    }

    [GeneratedRegex(@"^\s*-\s*\[[xX]\]", RegexOptions.Multiline)]
    private static partial Regex CheckedBox();

    [GeneratedRegex(@"\b(\d{1,2})\s*[/.-]\s*(\d{4})\b")]
    private static partial Regex NumericMonth();

    [GeneratedRegex(@"\b([a-z]+)\.?\s+(\d{4})\b")]
    private static partial Regex NamedMonth();

    /// <summary>The « (59) » after a department's name: « Nord » names it too.</summary>
    [GeneratedRegex(@"\s*\([^)]*\)\s*$")]
    private static partial Regex Bracketed();

    [GeneratedRegex(@"\d+")]
    private static partial Regex Number();
}
