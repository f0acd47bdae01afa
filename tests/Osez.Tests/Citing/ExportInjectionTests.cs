using System.Text;
using Microsoft.VisualBasic.FileIO;
using Osez.Building;
using Osez.Citing;
using Osez.Tests.Support;

namespace Osez.Tests.Citing;

/// <summary>
/// Front-matter text is untrusted: in the reference files it must not forge an entry (BibTeX), and in the
/// open-data table it must not become a spreadsheet formula (CSV).
/// </summary>
public sealed class ExportInjectionTests
{
    private const string Slug = "des-films-pour-changer-le-regard";
    private const string ForgedTitle = "Bilan}}} @misc(pirate, title=\"Faux\", url=\"https://evil.example\") @comment(";

    [Theory]
    [InlineData(ForgedTitle)]
    [InlineData("Bilan \\}}} @misc{pirate, title={Faux}} @comment{ et suite")]
    [InlineData("Accolades {ouvertes {{ jamais fermées et \\ barre")]
    public void A_title_with_braces_cannot_forge_a_bibtex_entry(string title)
    {
        using var site = TestSite.FromShippedContent();
        site.Replace($"fiches/{Slug}.md", "titre: \"Des films pour changer le regard sur le quartier\"",
            "titre: " + YamlQuoted(title));
        var result = site.Build(OutputMode.Disk);
        result.AssertNoErrors();

        var single = CitationData.PageTexts(site.OutputPath, Slug)[CitationFormats.BibTex.Name];
        var (keys, unbalanced) = BibTexScan.Scan(single);
        Assert.False(unbalanced, single);
        Assert.Equal(["techreport:" + Slug], keys);

        var collection = File.ReadAllText(Path.Combine(site.OutputPath, CitingUrls.Collection(CitationFormats.BibTex)));
        var scan = BibTexScan.Scan(collection);
        Assert.False(scan.Unbalanced);
        Assert.Equal(10, scan.Keys.Count);
        Assert.DoesNotContain(scan.Keys, k => k.Contains("pirate", StringComparison.Ordinal));

        // An independent reader gets exactly one entry, with the title as written.
        using var files = new TempFolder();
        var written = CitationData.WriteFiles(files.Path, Slug, CitationData.PageTexts(site.OutputPath, Slug));
        var parsed = NodeTool.RunJson("parse-citations.js", "bibtex:" + written[CitationFormats.BibTex.Name]);
        var items = parsed.EnumerateObject().Single().Value.EnumerateArray().ToList();
        Assert.Single(items);
        Assert.Equal(title, items[0].GetProperty("title").GetString());
    }

    [Fact]
    public void Escaped_fields_stay_balanced_for_any_text()
    {
        var random = new Random(20261207);
        const string alphabet = "{}\\@%$#&_~^ \n\tabcé,=\"()";
        for (var n = 0; n < 2000; n++)
        {
            var text = new string(Enumerable.Range(0, random.Next(0, 40)).Select(_ => alphabet[random.Next(alphabet.Length)]).ToArray());
            var (keys, unbalanced) = BibTexScan.Scan("@techreport{k,\n  title = {{" + BibTex.Escape(text) + "}},\n  url = {" + BibTex.Url("https://a.example/" + text) + "}\n}\n");
            Assert.False(unbalanced, text);
            Assert.Equal(["techreport:k"], keys);
        }
    }

    [Theory]
    [InlineData("=HYPERLINK(\"https://evil.example\";\"Cliquez\")")]
    [InlineData("+33 fois le groupe s'est réuni")]
    [InlineData("-2+3 le bilan chiffré des ateliers")]
    [InlineData("@SOMME(1;2) un titre hostile")]
    [InlineData("＝1+1 en pleine largeur")]
    public void A_cell_that_a_spreadsheet_would_read_as_a_formula_is_kept_as_text(string title)
    {
        using var site = TestSite.FromShippedContent();
        site.Replace($"fiches/{Slug}.md", "titre: \"Des films pour changer le regard sur le quartier\"", "titre: " + YamlQuoted(title));
        site.Replace($"fiches/{Slug}.md", "structure: Centre social", "structure: \"Centre ; =1+1\"");
        var result = site.Build();
        result.AssertNoErrors();

        var rows = ReadCsv(result.Files!["donnees/fiches.csv"]);
        var header = rows[0];
        var row = rows.Single(r => r[0] == Slug);
        Assert.Equal("'" + title, row[Array.IndexOf(header, "titre")]);
        Assert.Equal("Centre ; =1+1 ; Service social départemental", row[Array.IndexOf(header, "structures_auteurs")]);

        // Read as a French spreadsheet does (semicolons), no cell starts a formula either.
        var text = Encoding.UTF8.GetString(result.Files!["donnees/fiches.csv"]);
        foreach (var line in text.Split("\r\n"))
            Assert.DoesNotMatch("(^|[,;])[=+@＝＋＠]", UnquotedParts(line));
    }

    [Fact]
    public void Ordinary_cells_are_unchanged()
    {
        Assert.Equal("Nord (59)", CsvCell.Of("Nord (59)"));
        Assert.Equal("2025-04-08", CsvCell.Of("2025-04-08"));
        Assert.Equal("\"a, b\"", CsvCell.Of("a, b"));
        Assert.Equal("\"Image du quartier ; Citoyenneté\"", CsvCell.Of("Image du quartier ; Citoyenneté"));
        Assert.Equal("\"'\tx\"", CsvCell.Of("\tx"));
    }

    /// <summary>The parts of a CSV line outside double quotes.</summary>
    private static string UnquotedParts(string line)
    {
        var builder = new StringBuilder();
        var quoted = false;
        foreach (var c in line)
        {
            if (c == '"')
                quoted = !quoted;
            else if (!quoted)
                builder.Append(c);
        }
        return builder.ToString();
    }

    private static List<string[]> ReadCsv(byte[] bytes)
    {
        using var parser = new TextFieldParser(new MemoryStream(bytes), Encoding.UTF8) { HasFieldsEnclosedInQuotes = true, TrimWhiteSpace = false };
        parser.SetDelimiters(",");
        var rows = new List<string[]>();
        while (!parser.EndOfData)
            rows.Add(parser.ReadFields()!);
        return rows;
    }

    private static string YamlQuoted(string text) => "\"" + text.Replace("\\", "\\\\").Replace("\"", "\\\"") + "\"";
}
