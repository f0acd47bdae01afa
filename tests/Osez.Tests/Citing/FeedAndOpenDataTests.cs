using System.Text;
using System.Text.Json;
using Microsoft.VisualBasic.FileIO;
using Osez.Building;
using Osez.Content;
using Osez.Diagnostics;
using Osez.Tests.Support;

namespace Osez.Tests.Citing;

/// <summary>The Atom feed (read by feedparser), the sitemap and robots.txt, and the open data files.</summary>
public sealed class FeedAndOpenDataTests
{
    private static JsonElement ParseFeed(TestSite site, string feedUrl)
        => NodeTool.RunJson("parse-feed.js", Path.Combine(site.OutputPath, "flux.xml"), feedUrl);

    [Fact]
    public void The_atom_feed_lists_new_and_updated_write_ups_with_absolute_links_when_the_site_has_a_base_url()
    {
        using var site = TestSite.FromShippedContent();
        site.Replace("site.yml", "url_de_base: \"\"", "url_de_base: https://osez.exemple.org");
        site.Build(OutputMode.Disk).AssertNoErrors();
        var writeUps = ContentLoader.Load(site.Paths, new DiagnosticBag())!.WriteUps;
        var feed = ParseFeed(site, "https://osez.exemple.org/flux.xml");

        Assert.Equal("atom", feed.GetProperty("type").GetString());
        Assert.Equal("Osez le collectif", feed.GetProperty("title").GetString());
        Assert.Equal("https://osez.exemple.org/", feed.GetProperty("link").GetString());
        Assert.Equal("https://osez.exemple.org/flux.xml", feed.GetProperty("xmlurl").GetString());
        Assert.StartsWith("urn:uuid:", feed.GetProperty("id").GetString());
        Assert.Equal("Collectif Osez le collectif", feed.GetProperty("author").GetString());

        var items = feed.GetProperty("items").EnumerateArray().ToList();
        Assert.Equal(writeUps.Count, items.Count);
        // Most recently changed first: an update counts as news.
        var expected = writeUps.OrderByDescending(w => w.UpdatedOn ?? w.PublishedOn).ThenBy(w => w.Slug, StringComparer.Ordinal).ToList();
        Assert.Equal(expected.Select(w => w.Title), items.Select(i => i.GetProperty("title").GetString()));
        Assert.Equal(expected.Select(w => $"https://osez.exemple.org/fiches/{w.Slug}/"), items.Select(i => i.GetProperty("link").GetString()));
        Assert.Equal(expected.Select(w => (w.UpdatedOn ?? w.PublishedOn).ToString("yyyy-MM-dd") + "T00:00:00.000Z"), items.Select(i => i.GetProperty("updated").GetString()));
        Assert.Equal(expected.Select(w => w.PublishedOn.ToString("yyyy-MM-dd") + "T00:00:00.000Z"), items.Select(i => i.GetProperty("published").GetString()));
        Assert.Equal(expected.Select(w => w.Summary), items.Select(i => i.GetProperty("summary").GetString()));
        Assert.Equal(expected.Select(w => string.Join("|", w.Authors.Select(a => a.DisplayName))),
            items.Select(i => string.Join("|", i.GetProperty("authors").EnumerateArray().Select(a => a.GetString()))));
        var ids = items.Select(i => i.GetProperty("atomId").GetString()!).ToList();
        Assert.All(ids, id => Assert.Matches("^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$", id));
        Assert.Equal(ids.Count, ids.Distinct().Count());
        Assert.Equal(expected[0].UpdatedOn ?? expected[0].PublishedOn, DateOnly.Parse(feed.GetProperty("updated").GetString()![..10]));

        // The pages point readers to the feed.
        Assert.Contains("<link rel=\"alternate\" type=\"application/atom+xml\"", site.OutputFile("index.html"));
    }

    [Fact]
    public void Without_a_base_url_the_feed_links_are_relative_to_the_feed_and_entry_ids_do_not_change()
    {
        using var site = TestSite.FromShippedContent();
        site.Build(OutputMode.Disk).AssertNoErrors();
        var feed = ParseFeed(site, "https://ailleurs.exemple.net/osez/flux.xml");
        var first = feed.GetProperty("items")[0];
        // Resolved against the address the feed was read from.
        Assert.Equal("https://ailleurs.exemple.net/osez/fiches/rompre-l-isolement-des-aines-en-haute-corse/", first.GetProperty("link").GetString());
        var idWithout = first.GetProperty("atomId").GetString();

        site.Replace("site.yml", "url_de_base: \"\"", "url_de_base: https://osez.exemple.org");
        site.Build(OutputMode.Disk).AssertNoErrors();
        var withBase = ParseFeed(site, "https://osez.exemple.org/flux.xml");
        Assert.Equal(idWithout, withBase.GetProperty("items")[0].GetProperty("atomId").GetString());
    }

    [Fact]
    public void The_sitemap_needs_a_base_url_and_robots_txt_names_it()
    {
        using var site = TestSite.FromFixture("minimal");
        var result = site.Build();
        result.AssertNoErrors();
        var sitemap = System.Xml.Linq.XDocument.Parse(Html.Text(result, "sitemap.xml"));
        System.Xml.Linq.XNamespace ns = "http://www.sitemaps.org/schemas/sitemap/0.9";
        var urls = sitemap.Root!.Elements(ns + "url").ToDictionary(u => u.Element(ns + "loc")!.Value, u => u.Element(ns + "lastmod")?.Value);
        Assert.Equal("2025-03-14", urls["https://exemple.org/base/fiches/locataires-et-energie/"]);
        Assert.Contains("https://exemple.org/base/", urls.Keys);
        Assert.Contains("https://exemple.org/base/thematiques/energie/", urls.Keys);
        Assert.DoesNotContain(urls.Keys, u => u.Contains("selection", StringComparison.Ordinal) || u.EndsWith("404.html", StringComparison.Ordinal));
        Assert.Equal("User-agent: *\nAllow: /\nSitemap: https://exemple.org/base/sitemap.xml\n", Html.Text(result, "robots.txt"));

        site.Replace("site.yml", "url_de_base: https://exemple.org/base", "url_de_base: \"\"");
        var without = site.Build();
        without.AssertNoErrors();
        Assert.False(without.Files!.ContainsKey("sitemap.xml"));
        Assert.Equal("User-agent: *\nAllow: /\n", Html.Text(without, "robots.txt"));
    }

    [Fact]
    public void The_csv_has_one_row_per_write_up_one_column_per_field_and_terms_as_labels()
    {
        using var site = TestSite.FromShippedContent();
        var result = site.Build();
        result.AssertNoErrors();
        var bytes = result.Files!["donnees/fiches.csv"];
        Assert.True(bytes.AsSpan().StartsWith(new byte[] { 0xEF, 0xBB, 0xBF }), "UTF-8 byte order mark for spreadsheets");
        using var parser = new TextFieldParser(new MemoryStream(bytes), Encoding.UTF8) { HasFieldsEnclosedInQuotes = true };
        parser.SetDelimiters(",");
        var rows = new List<string[]>();
        while (!parser.EndOfData)
            rows.Add(parser.ReadFields()!);
        var header = rows[0];
        var writeUps = ContentLoader.Load(site.Paths, new DiagnosticBag())!.WriteUps;
        Assert.Equal(writeUps.Count + 1, rows.Count);
        Assert.All(rows, r => Assert.Equal(header.Length, r.Length));
        Assert.Equal(header.Length, header.Distinct().Count());
        string[] expectedStart = ["slug", "titre", "resume", "url", "date_publication", "date_mise_a_jour", "auteurs"];
        Assert.Equal(expectedStart, header.Take(expectedStart.Length));
        Assert.Contains("thematiques", header);
        Assert.Contains("territoire.departement", header);

        var row = rows.Single(r => r[0] == "des-films-pour-changer-le-regard");
        string Cell(string column) => row[Array.IndexOf(header, column)];
        Assert.Equal("Des films pour changer le regard sur le quartier", Cell("titre"));
        Assert.Equal("Haddad, Karim ; Fontaine, Élise", Cell("auteurs"));
        Assert.Equal("Image du quartier ; Citoyenneté ; Lien social et isolement", Cell("thematiques"));
        Assert.Equal("Nord (59)", Cell("territoire.departement"));
        Assert.Equal("2023-09", Cell("periode_debut"));
        Assert.Equal("8", Cell("taille_groupe_min"));
        Assert.Equal("2025-10-20", Cell("date_mise_a_jour"));
        Assert.Equal("oui", Cell("illustratif"));
        Assert.Equal("fiches/des-films-pour-changer-le-regard/index.html", Cell("url"));

        // The open-data page documents every column of the file.
        var doc = Html.Parse(result, "donnees/index.html");
        var documented = doc.QuerySelectorAll("#colonnes ~ table tbody tr td:first-child").Select(td => td.TextContent).ToList();
        Assert.Equal(header, documented);
    }

    [Fact]
    public void The_json_holds_the_same_write_ups_with_term_ids_and_labels()
    {
        using var site = TestSite.FromFixture("minimal");
        var result = site.Build();
        using var json = JsonDocument.Parse(result.Files!["donnees/fiches.json"]);
        var fiches = json.RootElement.GetProperty("fiches").EnumerateArray().ToList();
        Assert.Equal(2, json.RootElement.GetProperty("nombre_de_fiches").GetInt32());
        var fiche = fiches.Single(f => f.GetProperty("slug").GetString() == "locataires-et-energie");
        Assert.Equal("https://exemple.org/base/fiches/locataires-et-energie/", fiche.GetProperty("url").GetString());
        Assert.Equal("Martin", fiche.GetProperty("auteurs")[0].GetProperty("nom").GetString());
        Assert.Equal("2023-09", fiche.GetProperty("periode").GetProperty("debut").GetString());
        Assert.Equal(15, fiche.GetProperty("taille_groupe").GetProperty("max").GetInt32());
        var themes = fiche.GetProperty("thematiques").EnumerateArray().Select(t => (t.GetProperty("id").GetString(), t.GetProperty("libelle").GetString())).ToList();
        Assert.Contains(("energie", "Énergie"), themes);
        // Each write-up's reference is the entry keyed by its slug in the collection's exports, which the file names.
        var references = json.RootElement.GetProperty("references");
        Assert.Equal(["donnees/citations.bib", "donnees/citations.ris", "donnees/citations.json"],
            new[] { "bibtex", "ris", "csl_json" }.Select(k => references.GetProperty(k).GetString()));
        Assert.All(references.EnumerateObject(), r => Assert.True(result.Files.ContainsKey(r.Value.GetString()!), r.Value.GetString()));
        Assert.Contains("@techreport{locataires-et-energie,", Html.Text(result, "donnees/citations.bib"));
        Assert.DoesNotContain(fiches, f => f.GetProperty("slug").GetString() == "brouillon-en-cours");
    }

    [Fact]
    public void A_character_xml_cannot_hold_is_refused_where_it_is_written_instead_of_stopping_the_build_later()
    {
        using var site = TestSite.FromFixture("minimal");
        site.Replace("fiches/locataires-et-energie.md", "titre: \"Des locataires agissent sur leurs factures\"", "titre: \"Des locataires\\x16 agissent sur leurs factures\"");
        var result = site.Build();
        // Refused at its line (KB0017) before any page or feed is made: no half-written feed, no crash.
        var refused = Assert.Single(result.Diagnostics, d => d.Severity == Severity.Error);
        Assert.Equal(("KB0017", "content/fiches/locataires-et-energie.md", 2), (refused.Code, refused.Location.File, refused.Location.Line));
        Assert.Contains("U+0016", refused.Message);
        Assert.Null(result.Files);
    }
}
