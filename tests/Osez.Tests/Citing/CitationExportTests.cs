using System.Text.Json;
using Osez.Building;
using Osez.Citing;
using Osez.Configuration;
using Osez.Content;
using Osez.Diagnostics;
using Osez.Tests.Support;

namespace Osez.Tests.Citing;

/// <summary>
/// Every BibTeX, RIS and CSL-JSON export is read back by Citation.js (an independent parser, in node)
/// and compared with the write-ups' front matter: a write-up's texts as its page offers them, as the
/// selection and search pages get them (chunks), and the collection's files.
/// </summary>
public sealed class CitationExportTests
{
    private const string BaseUrl = "https://osez.exemple.org/base";

    private static (TestSite Site, IReadOnlyList<WriteUp> WriteUps, SiteConfig Config) BuildShipped()
    {
        var site = TestSite.FromShippedContent();
        site.Replace("site.yml", "url_de_base: \"\"", $"url_de_base: {BaseUrl}");
        site.Build(OutputMode.Disk).AssertNoErrors();
        var loaded = ContentLoader.Load(site.Paths, new DiagnosticBag())!;
        return (site, loaded.WriteUps.Where(w => !w.IsDraft).ToList(), loaded.Config);
    }

    private static string Out(TestSite site, string relative) => Path.Combine(site.OutputPath, relative.Replace('/', Path.DirectorySeparatorChar));

    private static IReadOnlyList<string> Authors(JsonElement item) => item.GetProperty("author").EnumerateArray()
        .Select(a => a.TryGetProperty("literal", out var literal) ? literal.GetString()!
            : a.TryGetProperty("given", out var given) ? $"{a.GetProperty("family").GetString()}, {given.GetString()}"
            : a.GetProperty("family").GetString()!)
        .ToList();

    private static IReadOnlyList<int> Issued(JsonElement item)
        => item.GetProperty("issued").GetProperty("date-parts")[0].EnumerateArray().Select(p => p.GetInt32()).ToList();

    private static string Field(JsonElement item, string name) => item.TryGetProperty(name, out var value) ? value.GetString() ?? "" : "";

    [Fact]
    public void Every_exported_reference_reads_back_with_the_front_matter_values()
    {
        var (site, writeUps, config) = BuildShipped();
        using var _ = site;
        using var files = new TempFolder();
        // Where readers get them: the write-up's page (its download links) and the chunks of the selection and search pages.
        var chunks = CitationData.Chunks(site.OutputPath, "references");
        var sources = new Dictionary<(string Slug, string Source), IReadOnlyDictionary<string, string>>();
        foreach (var writeUp in writeUps)
        {
            sources[(writeUp.Slug, "page")] = CitationData.WriteFiles(files.Combine("page"), writeUp.Slug, CitationData.PageTexts(site.OutputPath, writeUp.Slug));
            sources[(writeUp.Slug, "chunk")] = CitationData.WriteFiles(files.Combine("chunk"), writeUp.Slug, CitationData.ChunkTexts(chunks[writeUp.Slug].Value));
        }
        var all = sources.Values.SelectMany(s => s.Values).ToArray();
        var parsed = NodeTool.RunJson("parse-citations.js", all);
        var classic = NodeTool.RunJson("parse-citations.js", [.. all.Where(f => f.EndsWith(".bib", StringComparison.Ordinal)).Select(f => "bibtex:" + f)]);

        Assert.Equal(10, writeUps.Count);
        foreach (var writeUp in writeUps)
        {
            var expectedAuthors = writeUp.Authors.Select(a => a.CitationName).ToList();
            var url = $"{BaseUrl}/fiches/{writeUp.Slug}/";
            int[] date = [writeUp.PublishedOn.Year, writeUp.PublishedOn.Month, writeUp.PublishedOn.Day];
            foreach (var source in new[] { "page", "chunk" })
            foreach (var (format, file) in sources[(writeUp.Slug, source)])
            {
                var items = parsed.GetProperty(file);
                Assert.Equal(1, items.GetArrayLength());
                var item = items[0];
                var what = $"{writeUp.Slug} {format} ({source})";
                Assert.True(Field(item, "type") == "report", what);
                Assert.True(Field(item, "title") == writeUp.Title, $"{what}: {Field(item, "title")}");
                Assert.True(expectedAuthors.SequenceEqual(Authors(item)), $"{what}: {string.Join(" | ", Authors(item))}");
                Assert.True(date.SequenceEqual(Issued(item)), $"{what}: {string.Join("-", Issued(item))}");
                Assert.True(Field(item, "publisher") == config.Publisher, what);
                Assert.True(Field(item, "abstract") == writeUp.Summary, what);
                Assert.True(Field(item, "language") == "fr", what);
                Assert.True(Field(item, "URL") == url, $"{what}: {Field(item, "URL")}");
                Assert.True(Field(item, "genre") == "Fiche d’expérience", what);
                Assert.True(Field(item, "id") == writeUp.Slug, what);
            }

            // Read as classic BibTeX too (what BibTeX itself and older tools see): no day, but the rest.
            foreach (var source in new[] { "page", "chunk" })
            {
                var bib = classic.GetProperty(sources[(writeUp.Slug, source)][CitationFormats.BibTex.Name])[0];
                Assert.Equal(writeUp.Title, Field(bib, "title"));
                Assert.Equal(expectedAuthors, Authors(bib));
                Assert.Equal([writeUp.PublishedOn.Year, writeUp.PublishedOn.Month], Issued(bib));
                Assert.Equal(config.Publisher, Field(bib, "publisher"));
                Assert.Equal(url, Field(bib, "URL"));
            }
        }
    }

    [Fact]
    public void The_collection_exports_hold_every_write_up_newest_first()
    {
        var (site, writeUps, _) = BuildShipped();
        using var _ = site;
        var expected = writeUps.OrderByDescending(w => w.PublishedOn).ThenBy(w => w.Slug, StringComparer.Ordinal).Select(w => w.Slug).ToList();
        var files = new[] { "donnees/citations.bib", "donnees/citations.ris", "donnees/citations.json" }.Select(f => Out(site, f)).ToArray();
        var parsed = NodeTool.RunJson("parse-citations.js", files);
        foreach (var file in files)
        {
            var ids = parsed.GetProperty(file).EnumerateArray().Select(i => Field(i, "id")).ToList();
            Assert.Equal(expected, ids);
        }
        var titles = parsed.GetProperty(files[1]).EnumerateArray().Select(i => Field(i, "title")).ToList();
        Assert.Equal(expected.Select(slug => writeUps.Single(w => w.Slug == slug).Title), titles);
    }

    [Fact]
    public void Characters_that_mean_something_to_bibtex_and_ris_survive_the_round_trip()
    {
        using var site = TestSite.FromFixture("minimal");
        const string title = "Loyers & charges : 50 % de hausse, {vraiment} ? #1_bis « enquête »";
        site.Replace("fiches/locataires-et-energie.md", "titre: \"Des locataires agissent sur leurs factures\"", $"titre: '{title}'");
        site.Replace("fiches/locataires-et-energie.md", "  - nom: Martin\n    prenom: Claire", "  - nom: D'Almeida-Nguyễn\n    prenom: Zoé\n  - collectif: \"Collectif Habitants & Co\"");
        site.Build(OutputMode.Disk).AssertNoErrors();
        using var folder = new TempFolder();
        var texts = CitationData.PageTexts(site.OutputPath, "locataires-et-energie");
        var files = CitationData.WriteFiles(folder.Combine("page"), "locataires-et-energie", texts).Values
            .Concat(CitationData.WriteFiles(folder.Combine("chunk"), "locataires-et-energie",
                CitationData.ChunkTexts(CitationData.Chunks(site.OutputPath, "references")["locataires-et-energie"].Value)).Values)
            .ToArray();
        var parsed = NodeTool.RunJson("parse-citations.js", files);
        foreach (var file in files)
        {
            var item = parsed.GetProperty(file)[0];
            Assert.Equal(title, Field(item, "title"));
            Assert.Equal(["D'Almeida-Nguyễn, Zoé", "Collectif Habitants & Co"], Authors(item));
        }
        // Braces as commands whose own braces pair up: BibTeX counts "\{" as a brace (see ExportInjectionTests).
        Assert.Contains("title = {{Loyers \\& charges : 50 \\% de hausse, \\textbraceleft{}vraiment\\textbraceright{} ? \\#1\\_bis « enquête »}}", texts[CitationFormats.BibTex.Name]);
    }
}
