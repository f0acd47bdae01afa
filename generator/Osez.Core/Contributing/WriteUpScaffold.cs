using System.Globalization;
using System.Text;
using Osez.Content.Schema;
using Osez.Vocabularies;

namespace Osez.Contributing;

/// <summary>
/// Writes a new write-up file from a draft: the complete front matter with a comment before each
/// key saying what it takes (the allowed terms of each vocabulary), then the eight sections of the
/// common plan. The "Proposer une fiche" form (assets/proposer.js) writes exactly the same text;
/// a test holds the two together.
/// </summary>
public static class WriteUpScaffold
{
    /// <summary>Comment lines are wrapped at this width, so the file reads well in a forge's editor.</summary>
    public const int CommentWidth = 100;

    /// <summary>A vocabulary with more terms than this points to its file instead of listing them.</summary>
    public const int MaxListedTerms = 40;

    public static string Render(WriteUpDraft draft, VocabularySet vocabularies)
    {
        var text = new StringBuilder();
        text.Append("---\n");
        foreach (var line in WriteUpOutline.Reminders)
            text.Append("# ").Append(line).Append('\n');
        text.Append("titre: ").Append(YamlText.Quoted(draft.Title)).Append('\n');
        text.Append(Comment(Comments.Summary));
        var summary = YamlText.OneLine(draft.Summary);
        text.Append("resume: ").Append(YamlText.Quoted(summary.Length > 0 ? summary : WriteUpOutline.SummaryPlaceholder)).Append('\n');
        text.Append("date_publication: ").Append(Iso(draft.CreatedOn)).Append('\n');
        AppendAuthors(text, draft);
        AppendPeriod(text, draft);
        AppendGroupSize(text, draft.GroupSize);
        AppendTerms(text, draft, vocabularies);
        AppendValues(text, draft);
        text.Append(Comment(Comments.Status));
        text.Append("statut: brouillon\n");
        text.Append(WriteUpSchema.Licence.Key).Append(": ").Append(WriteUpSchema.Licence.Default).Append('\n');
        text.Append("---\n");
        foreach (var section in WriteUpOutline.Sections)
        {
            text.Append("\n## ").Append(section.Heading).Append("\n\n");
            var written = draft.Sections.GetValueOrDefault(section.Heading, string.Empty);
            text.Append(written.Trim().Length > 0 ? Paragraphs(written) : section.PromptLine).Append('\n');
        }
        return text.ToString();
    }

    /// <summary>The writer, then each colleague, then the collective, one list item each.</summary>
    private static void AppendAuthors(StringBuilder text, WriteUpDraft draft)
    {
        text.Append(Comment(Comments.Authors));
        text.Append("auteurs:\n");
        AppendAuthor(text, draft.Author);
        foreach (var author in draft.CoAuthors.Where(a => YamlText.OneLine(a.LastName).Length > 0))
            AppendAuthor(text, author);
        if (YamlText.OneLine(draft.Collective).Length > 0)
            text.Append("  - collectif: ").Append(YamlText.Quoted(draft.Collective)).Append('\n');
    }

    private static void AppendAuthor(StringBuilder text, DraftAuthor author)
    {
        text.Append("  - nom: ").Append(YamlText.Quoted(author.LastName)).Append('\n');
        if (YamlText.OneLine(author.FirstName).Length > 0)
            text.Append("    prenom: ").Append(YamlText.Quoted(author.FirstName)).Append('\n');
        if (YamlText.OneLine(author.Role).Length > 0)
            text.Append("    fonction: ").Append(YamlText.Quoted(author.Role)).Append('\n');
        if (YamlText.OneLine(author.Organisation).Length > 0)
            text.Append("    structure: ").Append(YamlText.Quoted(author.Organisation)).Append('\n');
    }

    private static void AppendPeriod(StringBuilder text, WriteUpDraft draft)
    {
        text.Append(Comment(Comments.Period));
        text.Append("periode:\n");
        text.Append("  debut: ").Append(draft.PeriodStart.ToString()).Append('\n');
        if (draft.PeriodEnd is { } end)
            text.Append("  fin: ").Append(end.ToString()).Append('\n');
        else
            text.Append("  ").Append(Comment(Comments.Ongoing)).Append("  en_cours: true\n");
    }

    private static void AppendGroupSize(StringBuilder text, string groupSize)
    {
        text.Append(Comment(Comments.GroupSize));
        var size = YamlText.OneLine(groupSize).Replace(" ", string.Empty, StringComparison.Ordinal).Replace('–', '-');
        text.Append(size.Length > 0 ? $"taille_groupe: {size}\n" : Comment(Comments.GroupSizeExample));
    }

    /// <summary>The generic fields given, each on one line: a text quoted, a list of names in brackets.</summary>
    private static void AppendValues(StringBuilder text, WriteUpDraft draft)
    {
        foreach (var field in WriteUpSchema.GenericFields)
        {
            var values = draft.Values.GetValueOrDefault(field.Key, []).Select(YamlText.OneLine).Where(v => v.Length > 0).ToList();
            if (values.Count == 0)
                continue;
            text.Append(Comment(field.Help));
            text.Append(field.Key).Append(": ");
            text.Append(field.Kind == FieldKind.Names ? "[" + string.Join(", ", values.Select(YamlText.Quoted)) + "]" : YamlText.Quoted(values[0])).Append('\n');
        }
    }

    private static void AppendTerms(StringBuilder text, WriteUpDraft draft, VocabularySet vocabularies)
    {
        var parentsWritten = new HashSet<string>(StringComparer.Ordinal);
        foreach (var vocabulary in vocabularies.All)
        {
            var dot = vocabulary.Key.IndexOf('.');
            if (dot < 0)
            {
                AppendVocabulary(text, vocabulary, vocabulary.Key, string.Empty, draft);
                continue;
            }
            // Nested keys ("territoire.type") go under their parent, written once where its first child comes.
            var parent = vocabulary.Key[..dot];
            if (!parentsWritten.Add(parent))
                continue;
            text.Append(parent).Append(":\n");
            foreach (var child in vocabularies.All.Where(v => v.Key.StartsWith(parent + ".", StringComparison.Ordinal)))
                AppendVocabulary(text, child, child.Key[(dot + 1)..], "  ", draft);
        }
    }

    private static void AppendVocabulary(StringBuilder text, Vocabulary vocabulary, string key, string indent, WriteUpDraft draft)
    {
        foreach (var line in CommentLines(vocabulary))
            text.Append(indent).Append(line).Append('\n');
        var ids = draft.Terms.GetValueOrDefault(vocabulary.Key, []);
        if (vocabulary.IsSingle)
        {
            if (ids.Count > 0)
                text.Append(indent).Append(key).Append(": ").Append(YamlText.Id(ids[0])).Append('\n');
            else
                text.Append(indent).Append("# ").Append(key).Append(": ").Append(vocabulary.Terms.FirstOrDefault()?.Id ?? "...").Append('\n');
        }
        else
        {
            text.Append(indent).Append(key).Append(": [").Append(string.Join(", ", ids.Select(YamlText.Id))).Append("]\n");
        }
    }

    /// <summary>The comment lines before a vocabulary's key ("# Thématiques : …"), wrapped, without the indent of nested keys.</summary>
    public static IReadOnlyList<string> CommentLines(Vocabulary vocabulary)
    {
        var indent = vocabulary.Key.Contains('.', StringComparison.Ordinal) ? 2 : 0;
        return Wrap(Describe(vocabulary), CommentWidth - indent - 2).Select(line => "# " + line).ToList();
    }

    /// <summary>"Thématiques : de 1 à 5 termes parmi acces-aux-droits, …" — what the key takes.</summary>
    public static string Describe(Vocabulary vocabulary)
    {
        var count = vocabulary.IsSingle
            ? "un seul terme"
            : vocabulary.Min == vocabulary.Max ? $"{vocabulary.Min} termes"
            : vocabulary.Min > 0 ? $"de {vocabulary.Min} à {vocabulary.Max} termes"
            : $"jusqu'à {vocabulary.Max} termes";
        var required = vocabulary.Required ? string.Empty : " (facultatif)";
        var listing = vocabulary.Terms.Count > MaxListedTerms
            ? $" ; liste dans {vocabulary.Location.File}"
            : " parmi " + string.Join(", ", vocabulary.Terms.Select(t => t.Id));
        return $"{(vocabulary.IsSingle ? vocabulary.SingularLabel : vocabulary.Label)}{required} : {count}{listing}.";
    }

    /// <summary>Greedy word wrap; continuation lines are indented by two spaces.</summary>
    public static IReadOnlyList<string> Wrap(string text, int width)
    {
        var lines = new List<string>();
        var line = string.Empty;
        foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (line.Length == 0)
                line = word;
            else if (line.Length + 1 + word.Length > width)
            {
                lines.Add(line);
                line = "  " + word;
            }
            else
                line += " " + word;
        }
        if (line.Length > 0)
            lines.Add(line);
        return lines;
    }

    /// <summary>Text written in a form: line endings made \n, trailing spaces and extra blank lines removed.</summary>
    public static string Paragraphs(string text)
    {
        var lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n').Split('\n').Select(l => l.TrimEnd());
        var result = new StringBuilder();
        var blank = 0;
        foreach (var line in lines)
        {
            if (line.Length == 0)
            {
                blank++;
                continue;
            }
            if (result.Length > 0)
                result.Append(blank > 0 ? "\n\n" : "\n");
            blank = 0;
            result.Append(line);
        }
        return result.ToString();
    }

    private static string Comment(string text) => $"# {text}\n";

    /// <summary>The fixed comments of a new file (the form takes them from here too): the fields' help, from their schema.</summary>
    public static class Comments
    {
        public static string Summary => WriteUpSchema.Summary.Help;
        public static string Authors => WriteUpSchema.Authors.Help;
        public static string Period => WriteUpSchema.Period.Help;
        public const string Ongoing = "Quand l'action sera terminée, remplacez la ligne suivante par : fin: AAAA-MM";
        public static string GroupSize => WriteUpSchema.GroupSize.Help;
        public static string GroupSizeExample => WriteUpSchema.GroupSize.Example;
        public static string Status => WriteUpSchema.Status.Help;
    }

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
