using System.Globalization;
using System.Text;
using Osez.Corpus.French;

namespace Osez.Corpus;

/// <summary>One generated write-up: its file name (slug + ".md"), its text, and its body's word count.</summary>
internal sealed record GeneratedWriteUp(string Slug, string Text, int BodyWords);

/// <summary>
/// Writes write-up number <c>i</c> of a corpus. Everything in it depends only on (seed, i) and the
/// vocabularies, and its links only point to write-ups before it, so that any prefix of a corpus is
/// itself a valid corpus. Dates stay before 2026, in the past for any build.
/// </summary>
internal sealed class WriteUpGenerator(string seed, IReadOnlyList<VocabularyFile> vocabularies)
{
    public const int MinWords = 600, MaxWords = 1500;

    /// <summary>The last month any date may fall in.</summary>
    private const int LastYear = 2025, LastMonth = 11;

    private static readonly (string Title, int Share)[] Sections =
    [
        ("Contexte", 15), ("Le groupe", 11), ("Démarche", 22), ("Ce que le groupe a produit", 12),
        ("Effets pour les personnes", 11), ("Effets pour les professionnels", 9), ("Difficultés", 10), ("Enseignements", 10),
    ];

    private static readonly string[] Roles =
    [
        "Assistantes et assistants de service social", "Conseillère en économie sociale et familiale et animateur", "Éducatrices spécialisées",
        "Animatrices et animateurs", "Travailleurs sociaux et bénévoles", "Assistante de service social et médiatrice", "Équipe pluridisciplinaire",
    ];

    private static readonly string[] Reviewers =
        ["Relectrice du comité éditorial", "Relecteur du comité éditorial", "Comité de relecture", "Référente anonymisation du réseau"];

    public WriteUpHeader Header(int index) => WriteUpHeader.Create(seed, index, vocabularies);

    public GeneratedWriteUp Generate(int index)
    {
        var header = Header(index);
        var rng = Rng.For(seed, index, "texte");
        var dates = Rng.For(seed, index, "dates");

        var startYear = dates.Between(2012, 2023);
        var startMonth = dates.Between(1, 12);
        var months = dates.Between(4, 48);
        var endSerial = Math.Min(startYear * 12 + startMonth - 1 + months, LastYear * 12 + LastMonth - 1 - 2);
        (int Year, int Month)? end = dates.Chance(0.2) ? null : (endSerial / 12, endSerial % 12 + 1);
        var publishedFrom = end is { } e ? e.Year * 12 + e.Month - 1 + 1 : startYear * 12 + startMonth - 1 + 6;
        var publishedSerial = Math.Min(publishedFrom + dates.Between(0, 14), LastYear * 12 + LastMonth - 1);
        var published = new DateOnly(publishedSerial / 12, publishedSerial % 12 + 1, dates.Between(1, 28));
        var reviewed = published.AddDays(-dates.Between(1, 40));
        DateOnly? updated = dates.Chance(0.25) ? published.AddDays(dates.Between(20, 400)) : null;
        if (updated > new DateOnly(LastYear, LastMonth, 28))
            updated = null;
        var groupMin = dates.Between(3, 15);
        var groupMax = groupMin + dates.Between(2, 20);

        var earlier = EarlierWriteUps(rng, index, rng.Chance(0.45) ? rng.Between(1, 2) : 0);
        var related = EarlierWriteUps(rng, index, rng.Chance(0.3) ? rng.Between(1, 2) : 0)
            .Where(r => earlier.All(e => e.Slug != r.Slug)).ToList();
        var facts = new DocumentFacts
        {
            Area = header.Area,
            Venue = header.Venue,
            Partners = header.Partners,
            StartYear = startYear,
            StartMonth = startMonth,
            End = end,
            GroupMin = groupMin,
            GroupMax = groupMax,
            PublishedYear = published.Year,
            Publics = Fallback(header.LabelsOf("publics"), "habitants"),
            Themes = Fallback(header.LabelsOf("thematiques"), "lien social"),
            Earlier = earlier.Select(h => (h.Slug, h.Title)).ToList(),
        };
        var prose = new Prose(rng, facts);
        var (body, words) = Body(rng, prose, earlier.Count > 0);
        var summary = Summary(rng, facts, months);

        var text = new StringBuilder(12_000);
        text.Append("---\n");
        text.Append("titre: ").Append(Quoted(header.Title)).Append('\n');
        text.Append("resume: ").Append(Quoted(summary)).Append('\n');
        text.Append("date_publication: ").Append(Date(published)).Append('\n');
        if (updated is { } u)
            text.Append("date_mise_a_jour: ").Append(Date(u)).Append('\n');
        AppendAuthors(text, rng, header);
        text.Append("periode:\n  debut: ").Append(Month(startYear, startMonth)).Append('\n');
        text.Append(end is { } last ? "  fin: " + Month(last.Year, last.Month) + "\n" : "  en_cours: true\n");
        AppendTerms(text, header, nested: true);
        text.Append("taille_groupe: ").Append(groupMin.ToString(CultureInfo.InvariantCulture)).Append('-')
            .Append(groupMax.ToString(CultureInfo.InvariantCulture)).Append('\n');
        AppendTerms(text, header, nested: false);
        text.Append("statut: publie\n");
        text.Append("illustratif: true\n");
        text.Append("licence: ").Append(rng.Chance(0.8) ? "CC-BY-4.0" : rng.Pick(["CC-BY-SA-4.0", "CC-BY-NC-4.0", "CC0-1.0"])).Append('\n');
        if (related.Count > 0)
        {
            text.Append("liens:\n");
            foreach (var other in related)
                text.Append("  - fiche: ").Append(other.Slug).Append('\n')
                    .Append("    pourquoi: ").Append(Quoted(Why(rng, facts))).Append('\n');
        }
        text.Append("relecture_anonymisation:\n  faite: true\n  par: ").Append(rng.Pick(Reviewers))
            .Append("\n  date: ").Append(Date(reviewed)).Append('\n');
        text.Append("---\n\n");
        text.Append(body);

        var result = text.ToString();
        if (header.TypographicApostrophe)
            result = result.Replace('\'', '’');
        return new GeneratedWriteUp(header.Slug, result, words);
    }

    private List<WriteUpHeader> EarlierWriteUps(Rng rng, int index, int count)
    {
        var chosen = new List<WriteUpHeader>();
        for (var k = 0; k < count && index > 0; k++)
        {
            // Mostly recent neighbours, sometimes far back: index - (log-uniform distance).
            var other = index - rng.LogUniform(index);
            if (chosen.All(c => c.Index != other))
                chosen.Add(Header(other));
        }
        return chosen;
    }

    private static (string Body, int Words) Body(Rng rng, Prose prose, bool linksBack)
    {
        var target = rng.Between(MinWords, MaxWords - 160);
        var tableSection = rng.Chance(0.35) ? rng.Pick(["Démarche", "Ce que le groupe a produit"]) : null;
        var externalLinks = rng.Between(0, 2);
        var linkSections = Enumerable.Range(0, externalLinks + (linksBack ? 1 : 0)).Select(_ => rng.Pick(Sections).Title).ToList();
        for (var attempt = 0; ; attempt++)
        {
            var body = new StringBuilder(10_000);
            var words = 0;
            foreach (var (title, share) in Sections)
            {
                var budget = target * share / 100;
                var blocks = SectionBlocks(rng, prose, title, budget, title == tableSection, linkSections.Count(s => s == title));
                body.Append("## ").Append(title).Append("\n\n");
                foreach (var block in blocks)
                    body.Append(block).Append("\n\n");
                words += WordCount.Of(title) + blocks.Sum(WordCount.Of);
            }
            // Rarely, long lists overshoot: draw again (deterministically) with a smaller target.
            if (words is >= MinWords and <= MaxWords || attempt == 20)
                return (body.ToString().TrimEnd('\n') + "\n", words);
            target = words > MaxWords ? target - 120 : target + 120;
        }
    }

    private static List<string> SectionBlocks(Rng rng, Prose prose, string section, int budget, bool table, int links)
    {
        var blocks = new List<string>();
        var words = 0;
        void Add(string block)
        {
            blocks.Add(block);
            words += WordCount.Of(block);
        }

        switch (section)
        {
            case "Contexte" when rng.Chance(0.2):
            case "Effets pour les personnes" when rng.Chance(0.4):
                Add(prose.Quote());
                break;
        }
        var listFirst = section switch
        {
            "Démarche" => rng.Chance(0.5),
            "Ce que le groupe a produit" => rng.Chance(0.7),
            "Difficultés" => rng.Chance(0.5),
            "Enseignements" => rng.Chance(0.6),
            "Le groupe" => rng.Chance(0.25),
            _ => false,
        };
        var subheadings = section == "Démarche" && rng.Chance(0.4);
        var paragraphs = 0;
        while (words < budget || paragraphs == 0)
        {
            if (subheadings && paragraphs < 3)
                blocks.Add(prose.SubHeading());
            if (paragraphs == 1 && listFirst)
                Add(prose.BulletList(section, numbered: section == "Démarche" && rng.Chance(0.6)));
            else if (paragraphs == 1 && table)
                Add(prose.Table());
            else
                Add(prose.Paragraph(section, Math.Max(30, budget - words)));
            paragraphs++;
            if (paragraphs > 40)
                break;
        }
        for (var i = 0; i < links; i++)
            blocks.Add(prose.Link());
        return blocks;
    }

    private static string Summary(Rng rng, DocumentFacts facts, int months)
    {
        var who = rng.Pick(facts.Publics);
        var what = rng.Pick([
            "ont construit ensemble une action collective", "se sont réunis pour faire valoir leurs droits", "ont pris la parole sur leur quotidien",
            "ont monté un projet qui leur ressemble", "ont rompu leur isolement en agissant ensemble", "ont trouvé des solutions à plusieurs",
        ]);
        var summary = $"Pendant {Grammar.Digits(months)} mois, des {who} {what} {Elision.A(facts.Venue)}, avec {rng.Pick(facts.Partners)}.";
        if (summary.Length > 380)
            summary = $"Pendant {Grammar.Digits(months)} mois, des {who} {what}.";
        return Elision.Capitalise(summary);
    }

    private static string Why(Rng rng, DocumentFacts facts)
        => rng.Pick([
            "Une autre action qui part de ce que disent les personnes elles-mêmes.", "Une démarche proche, sur un autre territoire.",
            "Les mêmes questions sur la place des professionnels dans le groupe.", "Un autre groupe qui a porté sa parole devant les élus.",
            "Pour comparer deux manières de tenir dans la durée.", "Une expérience avec des " + facts.Publics[0] + ", menée autrement.",
        ]);

    private static void AppendAuthors(StringBuilder text, Rng rng, WriteUpHeader header)
    {
        var structure = header.Terms.FirstOrDefault(t => t.Vocabulary.Key == "structure_porteuse").Terms?.FirstOrDefault()?.Label;
        text.Append("auteurs:\n");
        var count = rng.Chance(0.7) ? 1 : 2;
        for (var i = 0; i < count; i++)
        {
            var collective = i == 0
                ? "Équipe " + Elision.De(header.Venue)
                : rng.Pick(["Groupe de travail ISIC ", "Collectif des professionnels ", "Réseau des travailleurs sociaux "]) + Elision.De(header.Area);
            text.Append("  - collectif: ").Append(Quoted(Elision.Capitalise(collective))).Append('\n');
            text.Append("    fonction: ").Append(Quoted(rng.Pick(Roles))).Append('\n');
            if (structure is not null && i == 0)
                text.Append("    structure: ").Append(Quoted(structure)).Append('\n');
        }
    }

    private static void AppendTerms(StringBuilder text, WriteUpHeader header, bool nested)
    {
        var chosen = header.Terms.Where(t => (t.Vocabulary.Parent.Length > 0) == nested)
            .OrderBy(t => t.Vocabulary.Order).ThenBy(t => t.Vocabulary.FileName, StringComparer.Ordinal).ToList();
        foreach (var group in chosen.GroupBy(t => t.Vocabulary.Parent))
        {
            var indent = nested ? "  " : string.Empty;
            if (nested)
                text.Append(group.Key).Append(":\n");
            foreach (var (vocabulary, terms) in group)
            {
                text.Append(indent).Append(vocabulary.Leaf).Append(": ");
                if (vocabulary.IsSingle)
                    text.Append(Id(terms[0].Id));
                else
                    text.Append('[').Append(string.Join(", ", terms.Select(t => Id(t.Id)))).Append(']');
                text.Append('\n');
            }
        }
    }

    private static IReadOnlyList<string> Fallback(IReadOnlyList<string> labels, string fallback) => labels.Count > 0 ? labels : [fallback];

    /// <summary>A term id, quoted when YAML would read it as something else than text ("59", "2A").</summary>
    private static string Id(string id) => id.Length > 0 && char.IsAsciiLetterLower(id[0]) && id.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '-')
        ? id
        : Quoted(id);

    private static string Quoted(string text) => "\"" + text.Replace("\\", "\\\\").Replace("\"", "\\\"") + "\"";

    private static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Month(int year, int month) => string.Create(CultureInfo.InvariantCulture, $"{year:D4}-{month:D2}");
}
