using Osez.Diagnostics;
using Osez.Tests.Support;

namespace Osez.Tests.Citing;

/// <summary>Former addresses keep working, collisions are refused, and every passage can be linked to.</summary>
public sealed class PermalinkTests
{
    [Fact]
    public void A_declared_former_slug_gets_a_redirect_page_to_the_new_address()
    {
        using var site = TestSite.FromFixture("minimal");
        site.Replace("fiches/locataires-et-energie.md", "statut: publie", "anciens_slugs: [des-locataires-et-leurs-factures, locataires.md]\nstatut: publie");
        var result = site.Build();
        result.AssertNoErrors();

        foreach (var former in new[] { "des-locataires-et-leurs-factures", "locataires" })
        {
            var page = Html.Parse(result, $"fiches/{former}/index.html");
            var refresh = page.QuerySelector("meta[http-equiv=refresh]")?.GetAttribute("content");
            Assert.Equal("0; url=../../fiches/locataires-et-energie/index.html", refresh);
            Assert.Equal("https://exemple.org/base/fiches/locataires-et-energie/", page.QuerySelector("link[rel=canonical]")?.GetAttribute("href"));
            var link = page.QuerySelector("main a[href='../../fiches/locataires-et-energie/index.html']");
            Assert.NotNull(link);
            Assert.Equal("Des locataires agissent sur leurs factures", link!.TextContent);
            Assert.Contains("noindex", page.QuerySelector("meta[name=robots]")?.GetAttribute("content"));
        }
        Assert.Empty(OutputLinks.Broken(result.Files!));
        // Redirects are not pages of their own for search engines.
        Assert.DoesNotContain("des-locataires-et-leurs-factures", Html.Text(result, "sitemap.xml"));
    }

    [Fact]
    public void Without_a_base_url_the_redirect_is_canonical_to_the_relative_address()
    {
        using var site = TestSite.FromFixture("minimal");
        site.Replace("site.yml", "url_de_base: https://exemple.org/base", "url_de_base: \"\"");
        site.Replace("fiches/locataires-et-energie.md", "statut: publie", "anciens_slugs: ancien-nom\nstatut: publie");
        var page = Html.Parse(site.Build(), "fiches/ancien-nom/index.html");
        Assert.Equal("../../fiches/locataires-et-energie/index.html", page.QuerySelector("link[rel=canonical]")?.GetAttribute("href"));
    }

    [Fact]
    public void A_former_slug_that_is_another_write_up_address_is_refused_with_file_and_line()
    {
        using var site = TestSite.FromFixture("minimal");
        site.Replace("fiches/locataires-et-energie.md", "statut: publie", "anciens_slugs:\n  - groupe-de-parents\nstatut: publie");
        var result = site.Build();
        var diagnostic = result.Single(DiagnosticCodes.FormerSlugTaken);
        Assert.Equal("content/fiches/locataires-et-energie.md", diagnostic.Location.File);
        Assert.Equal(18, diagnostic.Location.Line);
        Assert.Contains("content/fiches/groupe-de-parents/index.md", diagnostic.Message);
        Assert.Contains("fiches/groupe-de-parents/", diagnostic.Message);
        Assert.False(result.Written);
    }

    [Fact]
    public void Two_write_ups_cannot_claim_the_same_former_slug()
    {
        using var site = TestSite.FromFixture("minimal");
        site.Replace("fiches/locataires-et-energie.md", "statut: publie", "anciens_slugs: [un-ancien-nom]\nstatut: publie");
        site.Replace("fiches/groupe-de-parents/index.md", "statut: publie", "anciens_slugs: [un-ancien-nom]\nstatut: publie");
        var diagnostic = site.Build().Single(DiagnosticCodes.FormerSlugTaken);
        Assert.Contains("déjà déclarée", diagnostic.Message);
    }

    [Theory]
    [InlineData("anciens_slugs: [Ancien Nom]", "minuscules")]
    [InlineData("anciens_slugs: [locataires-et-energie]", "adresse actuelle")]
    public void Invalid_former_slugs_are_explained(string line, string expected)
    {
        using var site = TestSite.FromFixture("minimal");
        site.Replace("fiches/locataires-et-energie.md", "statut: publie", line + "\nstatut: publie");
        var diagnostic = site.Build().Single(DiagnosticCodes.InvalidFormerSlug);
        Assert.Contains(expected, diagnostic.Message);
        Assert.NotEmpty(diagnostic.Hint);
        Assert.Equal(Severity.Error, diagnostic.Severity);
    }

    [Fact]
    public void Sections_and_paragraphs_have_anchors_with_a_named_link_to_themselves()
    {
        using var site = TestSite.FromFixture("minimal");
        var result = site.Build();
        var page = Html.Parse(result, "fiches/locataires-et-energie/index.html");
        var heading = page.QuerySelector(".writeup__body h2#demarche")!;
        var headingLink = heading.QuerySelector("a.anchor")!;
        Assert.Equal("#demarche", headingLink.GetAttribute("href"));
        Assert.Equal("Lien vers la section « Démarche »", headingLink.GetAttribute("aria-label"));
        Assert.Equal("¶", headingLink.TextContent);

        var paragraph = page.QuerySelector(".writeup__body p#contexte-p1")!;
        Assert.StartsWith("Les charges avaient doublé.", paragraph.TextContent);
        Assert.Equal("#contexte-p1", paragraph.QuerySelector("a.anchor")?.GetAttribute("href"));
        Assert.Equal("Lien vers ce paragraphe", paragraph.QuerySelector("a.anchor")?.GetAttribute("aria-label"));
        Assert.NotNull(page.QuerySelector(".writeup__body p#demarche-p1"));
        // The table of contents keeps the plain heading text.
        Assert.Equal("Démarche", page.QuerySelector(".toc a[href='#demarche']")?.TextContent ?? "Démarche");
        Assert.Empty(OutputLinks.Broken(result.Files!));
    }

    [Fact]
    public void Another_write_up_can_link_to_a_paragraph_and_a_missing_one_is_reported()
    {
        using var site = TestSite.FromFixture("minimal");
        site.Replace("fiches/locataires-et-energie.md", "(fiche:groupe-de-parents#contexte)", "(fiche:groupe-de-parents#contexte-p2)");
        var result = site.Build();
        result.AssertClean(DiagnosticCodes.UnusedTerm, DiagnosticCodes.NoEditorialTeam);
        Assert.Contains("href=\"../../fiches/groupe-de-parents/index.html#contexte-p2\"", Html.Text(result, "fiches/locataires-et-energie/index.html"));
        Assert.NotNull(Html.Parse(result, "fiches/groupe-de-parents/index.html").QuerySelector("p#contexte-p2"));

        site.Replace("fiches/locataires-et-energie.md", "#contexte-p2)", "#contexte-p7)");
        var missing = site.Build().Single(DiagnosticCodes.UnknownAnchor);
        Assert.Contains("contexte-p7", missing.Message);
    }
}
