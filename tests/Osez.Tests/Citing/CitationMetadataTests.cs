using Osez.Building;
using Osez.Tests.Support;

namespace Osez.Tests.Citing;

/// <summary>The tags Zotero and Google Scholar read on a write-up page, and COinS only on listing pages.</summary>
public sealed class CitationMetadataTests
{
    [Fact]
    public void A_write_up_page_carries_the_highwire_dublin_core_and_open_graph_tags_and_no_coins()
    {
        using var site = TestSite.FromFixture("minimal");
        var result = site.Build();
        result.AssertNoErrors();
        var page = Html.Parse(result, "fiches/locataires-et-energie/index.html");

        Assert.Equal(["Des locataires agissent sur leurs factures"], Html.Meta(page, "citation_title"));
        Assert.Equal(["Martin, Claire"], Html.Meta(page, "citation_author"));
        Assert.Equal(["2025/03/14"], Html.Meta(page, "citation_publication_date"));
        Assert.Equal(["Équipe de test"], Html.Meta(page, "citation_technical_report_institution"));
        Assert.Equal(["Équipe de test"], Html.Meta(page, "citation_publisher"));
        Assert.Equal(["fr"], Html.Meta(page, "citation_language"));
        Assert.Equal(["Un groupe de locataires a appris à lire ses décomptes de charges et a négocié avec le bailleur."], Html.Meta(page, "citation_abstract"));
        Assert.Empty(Html.Meta(page, "citation_journal_title"));

        Assert.Equal("http://purl.org/dc/elements/1.1/", page.QuerySelector("link[rel='schema.DC']")?.GetAttribute("href"));
        Assert.Equal(["Fiche d’expérience"], Html.Meta(page, "DC.type"));
        Assert.Equal(["Des locataires agissent sur leurs factures"], Html.Meta(page, "DC.title"));
        Assert.Equal(["Martin, Claire"], Html.Meta(page, "DC.creator"));
        Assert.Equal(["2025-03-14"], Html.Meta(page, "DC.date"));
        Assert.Equal(["Équipe de test"], Html.Meta(page, "DC.publisher"));
        Assert.Equal(["fr"], Html.Meta(page, "DC.language"));
        Assert.Equal(["CC-BY-4.0"], Html.Meta(page, "DC.rights"));

        Assert.Equal(["article"], Html.Meta(page, "og:type"));
        Assert.Equal(["Des locataires agissent sur leurs factures"], Html.Meta(page, "og:title"));
        Assert.Equal(["Site d'essai"], Html.Meta(page, "og:site_name"));
        Assert.Equal(["https://exemple.org/base/fiches/locataires-et-energie/"], Html.Meta(page, "og:url"));
        Assert.Equal("https://exemple.org/base/fiches/locataires-et-energie/", page.QuerySelector("link[rel=canonical]")?.GetAttribute("href"));
        Assert.Equal("fr", page.DocumentElement.GetAttribute("lang"));

        // Printed, every page carries the write-up's address in its bottom margin.
        Assert.Contains("@bottom-left { content: \"https://exemple.org/base/fiches/locataires-et-energie/\"", page.Head!.QuerySelector("style[media=print]")?.TextContent);

        // One COinS span would make Zotero ignore every tag above.
        Assert.Empty(page.QuerySelectorAll(".Z3988"));
        Assert.DoesNotContain("Z39.88", Html.Text(result, "fiches/locataires-et-energie/index.html"));
    }

    [Fact]
    public void A_collective_is_one_name_in_its_place_in_the_tags_and_the_coins()
    {
        using var site = TestSite.FromFixture("minimal");
        site.Replace("fiches/locataires-et-energie.md", "auteurs:\n", "auteurs:\n  - collectif: Le comité des locataires\n");
        var result = site.Build();
        result.AssertNoErrors();
        var page = Html.Parse(result, "fiches/locataires-et-energie/index.html");
        // Highwire: a collective's name ends with a comma, read as a family name alone (Zotero, Google Scholar).
        Assert.Equal(["Le comité des locataires,", "Martin, Claire"], Html.Meta(page, "citation_author"));
        // Dublin Core: the names as they are (Zotero reads them only when there is no citation_author).
        Assert.Equal(["Le comité des locataires", "Martin, Claire"], Html.Meta(page, "DC.creator"));

        var span = Html.Parse(result, "fiches/index.html").QuerySelectorAll("span.Z3988").Select(s => s.GetAttribute("title")!)
            .Single(s => s.Contains("locataires", StringComparison.OrdinalIgnoreCase));
        var authors = span.Split('&').Select(p => p.Split('=', 2)).Where(p => p[0].StartsWith("rft.au", StringComparison.Ordinal))
            .Select(p => (p[0], Uri.UnescapeDataString(p[1]))).ToList();
        // rft.aulast without rft.aufirst: one name, kept in its place (Zotero puts any rft.aucorp first).
        Assert.Equal([("rft.aulast", "Le comité des locataires"), ("rft.au", "Martin, Claire")], authors);
    }

    [Fact]
    public void Every_shipped_write_up_has_one_author_tag_per_author_and_a_report_type()
    {
        using var site = TestSite.FromShippedContent();
        var result = site.Build();
        result.AssertNoErrors();
        var loaded = Osez.Content.ContentLoader.Load(site.Paths, new Osez.Diagnostics.DiagnosticBag())!;
        foreach (var writeUp in loaded.WriteUps)
        {
            var page = Html.Parse(result, $"fiches/{writeUp.Slug}/index.html");
            Assert.Equal(writeUp.Authors.Select(a => a.IsCollective ? a.Collective + "," : a.CitationName), Html.Meta(page, "citation_author"));
            Assert.Equal(writeUp.Authors.Select(a => a.CitationName), Html.Meta(page, "DC.creator"));
            Assert.Single(Html.Meta(page, "citation_technical_report_institution"));
            Assert.Equal(["Fiche d’expérience"], Html.Meta(page, "DC.type"));
            Assert.Empty(page.QuerySelectorAll(".Z3988"));
            // Without a base URL there is no canonical address to give.
            Assert.Null(page.QuerySelector("link[rel=canonical]"));
            Assert.Empty(Html.Meta(page, "og:url"));
        }
    }

    [Fact]
    public void Listing_pages_carry_one_coins_span_per_write_up()
    {
        using var site = TestSite.FromFixture("minimal");
        var result = site.Build();
        var list = Html.Parse(result, "fiches/index.html");
        var spans = list.QuerySelectorAll("span.Z3988").Select(s => s.GetAttribute("title")!).ToList();
        Assert.Equal(2, spans.Count);
        var first = spans.Single(s => s.Contains("locataires", StringComparison.OrdinalIgnoreCase));
        var pairs = first.Split('&').Select(p => p.Split('=', 2)).Select(p => (Key: p[0], Value: Uri.UnescapeDataString(p[1]))).ToList();
        Assert.Contains(("ctx_ver", "Z39.88-2004"), pairs);
        Assert.Contains(("rft.genre", "report"), pairs);
        Assert.Contains(("rft.btitle", "Des locataires agissent sur leurs factures"), pairs);
        Assert.Contains(("rft.au", "Martin, Claire"), pairs);
        Assert.Contains(("rft.date", "2025-03-14"), pairs);
        Assert.Contains(("rft_id", "https://exemple.org/base/fiches/locataires-et-energie/"), pairs);

        Assert.Equal(2, Html.Parse(result, "index.html").QuerySelectorAll("span.Z3988").Length);
        Assert.Single(Html.Parse(result, "thematiques/energie/index.html").QuerySelectorAll("span.Z3988"));
    }

    [Fact]
    public void The_cite_block_gives_a_french_reference_and_the_three_downloads()
    {
        using var site = TestSite.FromFixture("minimal");
        var result = site.Build();
        var page = Html.Parse(result, "fiches/locataires-et-energie/index.html");
        var reference = page.QuerySelector("#reference")!;
        Assert.Equal(
            "MARTIN Claire, 2025. «\u00A0Des locataires agissent sur leurs factures\u00A0». Site d\u2019essai [en ligne]. Fiche d’expérience, publiée le 14 mars 2025. Disponible à l\u2019adresse\u00A0: https://exemple.org/base/fiches/locataires-et-energie/",
            reference.TextContent.Trim());
        Assert.Equal("Site d\u2019essai", reference.QuerySelector("cite")?.TextContent);
        // The three downloads: buttons naming the write-up's files, whose texts are data of the page (its script makes them files).
        var downloads = page.QuerySelectorAll(".cite__downloads button").Select(b => (b.GetAttribute("data-cite-download"), b.GetAttribute("data-file"), b.GetAttribute("data-type"))).ToList();
        Assert.Equal([
            ("bibtex", "locataires-et-energie.bib", "application/x-bibtex"),
            ("ris", "locataires-et-energie.ris", "application/x-research-info-systems"),
            ("csl-json", "locataires-et-energie.json", "application/vnd.citationstyles.csl+json")], downloads);
        var texts = CitationData.PageTexts(Html.Text(result, "fiches/locataires-et-energie/index.html"));
        Assert.StartsWith("TY  - RPRT\r\n", texts["ris"]);
        Assert.StartsWith("@techreport{locataires-et-energie,", texts["bibtex"]);
        Assert.StartsWith("[\n  {\n    \"id\": \"locataires-et-energie\",", texts["csl-json"].ReplaceLineEndings("\n"));
        Assert.DoesNotContain(result.Files!.Keys, k => k.StartsWith("fiches/locataires-et-energie/", StringComparison.Ordinal) && k != "fiches/locataires-et-energie/index.html");
    }

    [Fact]
    public void Front_matter_markup_in_the_embedded_texts_cannot_close_their_script_element()
    {
        using var site = TestSite.FromFixture("minimal");
        const string title = "Fin </script><script>alert(1)</script> <!-- & « suite »";
        site.Replace("fiches/locataires-et-energie.md", "titre: \"Des locataires agissent sur leurs factures\"", $"titre: '{title}'");
        var result = site.Build();
        result.AssertNoErrors();
        var html = Html.Text(result, "fiches/locataires-et-energie/index.html");
        var page = Html.Parse(result, "fiches/locataires-et-energie/index.html");
        Assert.DoesNotContain(page.QuerySelectorAll("script"), s => s.TextContent.Contains("alert(1)", StringComparison.Ordinal) && s.GetAttribute("type") != "application/json");
        Assert.DoesNotContain("</script><script>alert", html[html.IndexOf("data-cite-files", StringComparison.Ordinal)..]);
        var texts = CitationData.PageTexts(html);
        Assert.Contains("TI  - " + title + "\r\n", texts["ris"]);
        Assert.Contains("« suite »", texts["bibtex"]);
    }
}
