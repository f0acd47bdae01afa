using System.Text;
using System.Text.RegularExpressions;
using AngleSharp.Html.Parser;
using Osez.Content.Schema;
using Osez.Diagnostics;
using Osez.LearningPaths;
using Osez.Tests.Support;

namespace Osez.Tests.Content;

/// <summary>
/// A write-up is described once (<see cref="WriteUpSchema"/>): what <c>check</c> enforces, what the proposal form
/// limits, and what the README says all follow it, so that changing a limit in the schema changes all of them.
/// </summary>
public sealed class WriteUpSchemaTests
{
    private const string Fixture = "fiches/locataires-et-energie.md";

    /// <summary>Every text field with a limit, at every level, as the reader sees it: its dotted path, its field, and the front matter that holds it.</summary>
    public static TheoryData<string> LimitedTexts()
    {
        var data = new TheoryData<string>();
        foreach (var field in WriteUpSchema.Fields)
        {
            if (field.HasLength)
                data.Add(field.Key);
            foreach (var child in field.Children.Where(c => c.HasLength))
                data.Add($"{field.Key}.{child.Key}");
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(LimitedTexts))]
    public void Check_enforces_the_schema_length_of_every_text_field(string path)
    {
        var (field, parent) = Find(path);
        using var site = TestSite.FromFixture("minimal");
        var tooLong = new string('x', field.Max + 1);
        site.Write(Fixture, WithField(site.Read(Fixture), parent, field, tooLong));

        var result = site.Check();

        var found = result.Diagnostics.Where(d => d.Code == DiagnosticCodes.Length.Id && d.Location.File.EndsWith("locataires-et-energie.md", StringComparison.Ordinal)).ToList();
        Assert.True(found.Count == 1, $"{path}: expected one length error, got:\n" + string.Join("\n", result.Diagnostics.Select(d => $"{d.Code} {d.Message}")));
        Assert.Equal($"« {path} » compte {field.Max + 1} caractères ; il en faut entre {field.Min} et {field.Max}.", found[0].Message);

        // One character less is within the limit.
        site.Write(Fixture, WithField(site.Read(Fixture), parent, field, tooLong[1..]));
        Assert.DoesNotContain(site.Check().Diagnostics, d => d.Code == DiagnosticCodes.Length.Id);
    }

    [Fact]
    public void Unknown_keys_are_reported_the_same_way_at_every_level_and_in_every_document()
    {
        using var site = TestSite.FromFixture("minimal");
        site.Replace(Fixture, "periode:\n", "periode:\n  debutt: 2023-09\n");
        site.Replace(Fixture, "titre:", "titr: x\ntitre:");
        site.Write("pages/essai.md", "---\ntitre: Essai\nordr: 3\n---\nTexte.\n");
        site.Write("parcours/essai.md", "---\ntitre: Un parcours d'essai\nresume: Ce que le parcours permet de travailler.\netapes:\n  - fiche: locataires-et-energie\n    questionn: Pourquoi ?\n---\n");

        var unknown = site.Check().Diagnostics.Where(d => d.Code == DiagnosticCodes.UnknownKey.Id).ToDictionary(d => d.Message, d => d.Hint);

        Assert.Equal("Vouliez-vous écrire « titre » ?", unknown["La clé « titr » n'est pas connue : elle n'apparaîtra pas sur le site."]);
        Assert.Equal("Vouliez-vous écrire « debut » ?", unknown["La clé « periode.debutt » n'est pas connue : elle n'apparaîtra pas sur le site."]);
        Assert.Equal("Vouliez-vous écrire « ordre » ?", unknown["La clé « ordr » n'est pas connue : elle n'apparaîtra pas sur le site."]);
        Assert.Equal("Vouliez-vous écrire « question » ?", unknown["La clé « etapes.questionn » n'est pas connue : elle n'apparaîtra pas sur le site."]);
    }

    [Fact]
    public void The_proposal_form_limits_the_fields_as_check_does()
    {
        using var site = TestSite.FromFixture("minimal");
        var result = site.Build();
        var page = new HtmlParser().ParseDocument(Encoding.UTF8.GetString(result.Files!["proposer/index.html"]));

        foreach (var author in WriteUpSchema.Authors.Children.Where(c => c.Key != "collectif"))
            Assert.Equal(author.Max.ToString(), page.GetElementById("champ-" + author.Key)!.GetAttribute("maxlength"));
        Assert.Equal(WriteUpSchema.Title.Min.ToString(), page.GetElementById("champ-titre")!.GetAttribute("data-min"));
        Assert.Equal(WriteUpSchema.Summary.Max.ToString(), page.GetElementById("champ-resume")!.GetAttribute("data-max"));
    }

    [Fact]
    public void The_readme_table_of_fields_is_the_one_the_schema_writes()
    {
        var readme = File.ReadAllText(Path.Combine(Repository.Root, "README.md")).Replace("\r\n", "\n", StringComparison.Ordinal);
        var start = readme.IndexOf(FieldTable.StartMarker, StringComparison.Ordinal);
        var end = readme.IndexOf(FieldTable.EndMarker, StringComparison.Ordinal);
        Assert.True(start >= 0 && end > start, "README.md has no table of fields between its markers");
        var written = readme[(start + FieldTable.StartMarker.Length)..end].Trim('\n') + "\n";
        var expected = FieldTable.Markdown(WriteUpSchema.Fields, ReadmeVocabulariesRow);
        if (written != expected && Environment.GetEnvironmentVariable("OSEZ_UPDATE_README") == "1")
        {
            File.WriteAllText(Path.Combine(Repository.Root, "README.md"),
                readme[..(start + FieldTable.StartMarker.Length)] + "\n" + expected + readme[end..]);
            return;
        }
        Assert.True(written == expected, "The README's table of fields differs from the schema's; run the tests with OSEZ_UPDATE_README=1 to write it:\n" + expected);
    }

    [Fact]
    public void Learning_paths_and_pages_share_the_common_fields()
    {
        Assert.Equal(CommonFields.Title.Key, LearningPathSchema.Title.Key);
        Assert.Equal(CommonFields.Title.Max, LearningPathSchema.Title.Max);
        Assert.Equal(CommonFields.Title, PageSchema.Title);
        Assert.Contains(CommonFields.AcceptedPassages, WriteUpSchema.Fields);
        Assert.Contains(CommonFields.AcceptedPassages, PageSchema.Fields);
    }

    [Fact]
    public void A_generic_field_is_read_and_shown_among_the_landmarks_with_no_code_of_its_own()
    {
        var field = Assert.Single(WriteUpSchema.GenericFields);
        using var site = TestSite.FromFixture("minimal");
        site.Replace(Fixture, "statut: publie", $"{field.Key}: [Caisse d'allocations familiales, \"Contrat de ville <b>2024</b>\"]\nstatut: publie");

        var result = site.Build();

        Assert.False(result.HasErrors, string.Join("\n", result.Diagnostics.Select(d => d.Message)));
        Assert.DoesNotContain(result.Diagnostics, d => d.Code == DiagnosticCodes.UnknownKey.Id);
        var page = new HtmlParser().ParseDocument(Encoding.UTF8.GetString(result.Files!["fiches/locataires-et-energie/index.html"]));
        var fact = page.QuerySelectorAll(".facts > div").Single(d => d.QuerySelector("dt")!.TextContent == field.Label);
        Assert.Equal(["Caisse d\u2019allocations familiales", "Contrat de ville <b>2024</b>"], fact.QuerySelectorAll("dd li").Select(li => li.TextContent));
    }

    [Fact]
    public void A_generic_field_with_a_wrong_value_is_reported_at_its_line()
    {
        var field = Assert.Single(WriteUpSchema.GenericFields);
        using var site = TestSite.FromFixture("minimal");
        site.Replace(Fixture, "statut: publie", $"{field.Key}:\n  - {new string('x', field.Max + 1)}\n  - {{ nom: CAF }}\nstatut: publie");

        var problems = site.Check().Diagnostics.Where(d => d.Location.File.EndsWith("locataires-et-energie.md", StringComparison.Ordinal)).ToList();

        var tooLong = Assert.Single(problems, d => d.Code == DiagnosticCodes.Length.Id);
        Assert.Equal($"Un élément de « {field.Key} » compte {field.Max + 1} caractères ; il en faut entre 1 et {field.Max}.", tooLong.Message);
        var wrongType = Assert.Single(problems, d => d.Code == DiagnosticCodes.WrongType.Id);
        Assert.Equal(tooLong.Location.Line + 1, wrongType.Location.Line);
    }

    [Fact]
    public void New_writes_a_generic_field_where_the_form_does_and_the_file_passes_check()
    {
        var field = Assert.Single(WriteUpSchema.GenericFields);
        using var site = TestSite.FromFixture("minimal");
        var draft = new Osez.Contributing.WriteUpDraft
        {
            Title = "Un atelier cuisine avec des parents",
            CreatedOn = TestSite.Today,
            Author = new Osez.Contributing.DraftAuthor("Fontaine", "Élise", string.Empty, string.Empty),
            PeriodStart = new Osez.Content.YearMonth(2024, 9),
            Terms = new Dictionary<string, IReadOnlyList<string>> { ["thematiques"] = ["energie"], ["territoire.departement"] = ["59"] },
            Values = new Dictionary<string, IReadOnlyList<string>> { [field.Key] = ["Caisse d'allocations familiales", "  ", "Contrat de ville"] },
        };
        var vocabularies = Osez.Content.ContentLoader.Load(site.Paths, new DiagnosticBag())!.Vocabularies;
        var text = Osez.Contributing.WriteUpScaffold.Render(draft, vocabularies);

        Assert.Contains($"# {field.Help}\n{field.Key}: [\"Caisse d'allocations familiales\", \"Contrat de ville\"]\n# {WriteUpSchema.Status.Help}\nstatut: brouillon\n", text);
        site.Write("fiches/atelier.md", text);
        Assert.DoesNotContain(site.Check().Diagnostics, d => d.Location.File.EndsWith("atelier.md", StringComparison.Ordinal) && d.Code is "KB0101" or "KB0102" or "KB0103" or "KB0107");
    }

    /// <summary>The last row of the README's table, about the vocabularies (they are content, not schema).</summary>
    public const string ReadmeVocabulariesRow =
        "| une clé par vocabulaire (`thematiques`, `publics`, `territoire.departement`...) | selon le vocabulaire | les termes qui décrivent l'action | les identifiants des termes, voir « Les vocabulaires » |";

    private static (Field Field, Field? Parent) Find(string path)
    {
        var parts = path.Split('.');
        var top = WriteUpSchema.Fields.Single(f => f.Key == parts[0]);
        return parts.Length == 1 ? (top, null) : (top[parts[1]], top);
    }

    /// <summary>The write-up with <paramref name="field"/> set to <paramref name="value"/> (and its group's required fields), replacing what was there.</summary>
    private static string WithField(string text, Field? parent, Field field, string value)
    {
        var key = parent?.Key ?? field.Key;
        var lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n').ToList();
        var close = lines.IndexOf("---", 1);
        var at = lines.FindIndex(1, close - 1, l => l.StartsWith(key + ":", StringComparison.Ordinal));
        if (at > 0)
        {
            var next = at + 1;
            while (next < close && (lines[next].StartsWith(' ') || lines[next].StartsWith('-')))
                next++;
            lines.RemoveRange(at, next - at);
            close = lines.IndexOf("---", 1);
        }
        var block = new List<string>();
        var quoted = "\"" + value + "\"";
        if (parent is null)
            block.Add($"{key}: {quoted}");
        else
        {
            var siblings = parent.Children.Where(c => c != field && c.Required).Select(c => c.Example).ToList();
            if (parent.Kind == FieldKind.Records)
            {
                block.Add($"{key}:");
                block.Add($"  - {field.Key}: {quoted}");
                block.AddRange(siblings.Select(s => "    " + s));
                if (parent == WriteUpSchema.Authors && field.Key is not ("nom" or "collectif"))
                    block.Add("    nom: Martin");
            }
            else
            {
                block.Add($"{key}:");
                block.Add($"  {field.Key}: {quoted}");
                block.AddRange(siblings.Select(s => "  " + s));
            }
        }
        lines.InsertRange(close, block);
        return string.Join('\n', lines);
    }
}
