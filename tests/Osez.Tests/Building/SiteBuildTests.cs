using System.Text;
using Osez.Building;
using Osez.Diagnostics;
using Osez.Tests.Support;

namespace Osez.Tests.Building;

public sealed class SiteBuildTests
{
    private static string Html(BuildResult result, string path)
    {
        Assert.NotNull(result.Files);
        Assert.True(result.Files.ContainsKey(path), $"missing {path}; have:\n{string.Join("\n", result.Files.Keys.Order())}");
        return Encoding.UTF8.GetString(result.Files[path]);
    }

    [Fact]
    public void Builds_every_page_of_the_fixture_site()
    {
        using var site = TestSite.FromFixture("minimal");
        var result = site.Build();
        result.AssertNoErrors();
        var files = result.Files!.Keys.ToHashSet();
        string[] expected =
        [
            "index.html", "404.html", "fiches/index.html", "assets/site.css",
            "fiches/locataires-et-energie/index.html", "fiches/groupe-de-parents/index.html",
            "fiches/groupe-de-parents/affiche.png", "fiches/groupe-de-parents/compte-rendu.txt",
            "thematiques/index.html", "thematiques/energie/index.html", "thematiques/jamais-utilise/index.html",
            "departements/index.html", "departements/2A/index.html", "a-propos/index.html",
        ];
        foreach (var path in expected)
            Assert.Contains(path, files);
        Assert.DoesNotContain(files, f => f.Contains("brouillon-en-cours", StringComparison.Ordinal));
        Assert.Equal(2, result.WriteUpCount);
    }

    [Fact]
    public void Write_up_page_shows_its_metadata_links_and_body()
    {
        using var site = TestSite.FromFixture("minimal");
        var html = Html(site.Build(), "fiches/locataires-et-energie/index.html");

        Assert.Contains("<h1>Des locataires agissent sur leurs factures</h1>", html);
        Assert.Contains("Un groupe de locataires a appris à lire ses décomptes", html);
        Assert.Contains("Claire Martin", html);
        Assert.Contains("Assistante de service social", html);
        Assert.Contains("de septembre 2023 à février 2025", html);
        Assert.Contains("de 8 à 15 personnes", html);
        Assert.Contains("14 mars 2025", html);
        Assert.Contains("<a href=\"../../departements/59/index.html\">Nord (59)</a>", html);
        Assert.Contains("<a href=\"../../thematiques/energie/index.html\">Énergie</a>", html);
        Assert.Contains("Fiche illustrative", html);
        Assert.Contains("https://creativecommons.org/licenses/by/4.0/deed.fr", html);
        Assert.Contains("Un autre groupe qui a appris à parler aux institutions.", html);
        Assert.Contains("https://github.com/exemple/base/edit/main/content/fiches/locataires-et-energie.md", html);
        Assert.Contains("href=\"../../fiches/groupe-de-parents/index.html#contexte\"", html);
        Assert.Contains("href=\"../../a-propos/index.html\"", html);
        Assert.Contains("<table>", html);
        Assert.Contains("class=\"footnotes\"", html);
        Assert.Contains("<h2 id=\"contexte\">Contexte<a href=\"#contexte\" class=\"anchor\" aria-label=\"Lien vers la section « Contexte »\">¶</a></h2>", html);
        Assert.Contains("<link rel=\"canonical\" href=\"https://exemple.org/base/fiches/locataires-et-energie/\">", html);
        Assert.Contains("<html lang=\"fr\">", html);
    }

    [Fact]
    public void Write_up_lists_the_write_ups_that_link_to_it()
    {
        using var site = TestSite.FromFixture("minimal");
        var html = Html(site.Build(), "fiches/groupe-de-parents/index.html");
        Assert.Contains("Ces fiches renvoient à celle-ci", html);
        Assert.Contains("href=\"../../fiches/locataires-et-energie/index.html\">Des locataires agissent sur leurs factures</a>", html);
        Assert.Contains("src=\"affiche.png\"", html);
        Assert.Contains("depuis janvier 2024, en cours", html);
        Assert.Contains("Groupe de travail du territoire", html);
    }

    [Fact]
    public void Term_and_vocabulary_pages_count_published_write_ups()
    {
        using var site = TestSite.FromFixture("minimal");
        var result = site.Build();
        var term = Html(result, "thematiques/acces-aux-droits/index.html");
        Assert.Contains("Un groupe de parents et le collège", term);
        Assert.DoesNotContain("Une fiche encore en brouillon", term);
        Assert.Contains("1 fiche", term);
        var vocabulary = Html(result, "thematiques/index.html");
        Assert.Contains("Jamais utilisé", vocabulary);
        Assert.Contains("0 fiche", vocabulary);
    }

    [Fact]
    public void Drafts_are_built_only_when_asked()
    {
        using var site = TestSite.FromFixture("minimal");
        var result = site.Build(drafts: true);
        result.AssertNoErrors();
        Assert.Contains("Brouillon", Html(result, "fiches/brouillon-en-cours/index.html"));
    }

    [Fact]
    public void Every_internal_link_and_image_of_the_built_fixture_resolves()
    {
        using var site = TestSite.FromFixture("minimal");
        var result = site.Build();
        result.AssertNoErrors();
        Assert.Empty(OutputLinks.Broken(result.Files!));
        Assert.True(OutputLinks.All(result.Files!).Count > 100);
    }

    [Fact]
    public void Every_internal_link_of_the_shipped_site_resolves_and_the_content_is_clean()
    {
        using var site = TestSite.FromShippedContent();
        var result = site.Build(OutputMode.Disk);
        result.AssertClean(DiagnosticCodes.UnusedTerm, DiagnosticCodes.NoEditorialTeam);
        Assert.True(result.Written);
        Assert.InRange(result.WriteUpCount, 8, 12);
        var files = OutputLinks.Read(site.OutputPath);
        Assert.Empty(OutputLinks.Broken(files));
        foreach (var (path, bytes) in files.Where(f => f.Key.StartsWith("fiches/", StringComparison.Ordinal) && f.Key.EndsWith("/index.html", StringComparison.Ordinal) && f.Key != "fiches/index.html"))
        {
            var html = Encoding.UTF8.GetString(bytes);
            if (!html.Contains("http-equiv=\"refresh\"", StringComparison.Ordinal)) // a former address's redirect page is not a write-up
                Assert.Contains("Fiche illustrative", html);
        }
    }

    [Fact]
    public void Two_builds_of_the_same_content_are_byte_identical()
    {
        using var first = TestSite.FromShippedContent();
        using var second = TestSite.FromShippedContent();
        first.Build(OutputMode.Disk).AssertNoErrors();
        second.Build(OutputMode.Disk).AssertNoErrors();
        var a = OutputLinks.Read(first.OutputPath);
        var b = OutputLinks.Read(second.OutputPath);
        Assert.Equal(a.Keys.Order(), b.Keys.Order());
        foreach (var (path, bytes) in a)
            Assert.True(bytes.AsSpan().SequenceEqual(b[path]), $"{path} differs between two builds");
    }

    [Fact]
    public void Adding_a_term_to_a_vocabulary_file_gives_it_a_page_with_no_code_change()
    {
        using var site = TestSite.FromFixture("minimal");
        site.Write("vocabulaires/thematiques.yml", site.Read("vocabulaires/thematiques.yml")
            + "  - id: vacances-d-ete\n    libelle: Vacances d'été\n    description: Partir ensemble.\n");
        site.Replace("fiches/locataires-et-energie.md", "thematiques: [energie, logement-habitat]", "thematiques: [energie, vacances-d-ete]");
        var result = site.Build();
        result.AssertNoErrors();
        var page = Html(result, "thematiques/vacances-d-ete/index.html");
        Assert.Contains("<h1>Vacances d\u2019été</h1>", page);
        Assert.Contains("Des locataires agissent sur leurs factures", page);
        Assert.Contains("Vacances d&#39;été", Html(result, "fiches/locataires-et-energie/index.html"));
    }

    [Fact]
    public void Adding_a_whole_vocabulary_adds_its_pages_and_its_checks()
    {
        using var site = TestSite.FromFixture("minimal");
        site.Write("vocabulaires/publics.yml", "cle: publics\nlibelle: Publics\nlibelle_singulier: Public\nmax: 2\ntermes:\n  - id: familles\n    libelle: Familles\n  - id: jeunes\n    libelle: Jeunes\n");
        site.Replace("fiches/locataires-et-energie.md", "statut: publie", "publics: [familles, retraites]\nstatut: publie");
        var failed = site.Build();
        var unknown = failed.Single(DiagnosticCodes.UnknownTerm);
        Assert.Contains("retraites", unknown.Message);
        Assert.Equal("content/fiches/locataires-et-energie.md", unknown.Location.File);

        site.Replace("fiches/locataires-et-energie.md", "publics: [familles, retraites]", "publics: [familles]");
        var result = site.Build();
        result.AssertNoErrors();
        Assert.Contains("Des locataires agissent", Html(result, "publics/familles/index.html"));
        Assert.Contains("<a href=\"../../publics/familles/index.html\">Familles</a>", Html(result, "fiches/locataires-et-energie/index.html"));
    }

    [Fact]
    public void A_failed_build_leaves_the_previous_output_untouched()
    {
        using var site = TestSite.FromFixture("minimal");
        site.Build(OutputMode.Disk).AssertNoErrors();
        var before = OutputLinks.Read(site.OutputPath);

        site.Replace("fiches/locataires-et-energie.md", "thematiques: [energie, logement-habitat]", "thematiques: [energie, inconnu]");
        site.Replace("fiches/groupe-de-parents/index.md", "titre: \"Un groupe de parents et le collège\"", "titre: \"Un titre changé qui ne doit pas paraître\"");
        var result = site.Build(OutputMode.Disk);

        Assert.True(result.HasErrors);
        Assert.False(result.Written);
        var after = OutputLinks.Read(site.OutputPath);
        Assert.Equal(before.Keys.Order(), after.Keys.Order());
        foreach (var (path, bytes) in before)
            Assert.True(bytes.AsSpan().SequenceEqual(after[path]), path);
        Assert.Equal(["content", "output"], Directory.EnumerateFileSystemEntries(site.Root).Select(Path.GetFileName).Order());
    }

    [Fact]
    public void A_rebuild_replaces_the_output_entirely()
    {
        using var site = TestSite.FromFixture("minimal");
        site.Build(OutputMode.Disk).AssertNoErrors();
        Assert.True(File.Exists(Path.Combine(site.OutputPath, "fiches", "groupe-de-parents", "index.html")));
        Directory.Delete(Path.GetDirectoryName(site.File("fiches/groupe-de-parents/index.md"))!, recursive: true);
        site.Replace("fiches/locataires-et-energie.md", "liens:\n  - fiche: groupe-de-parents\n    pourquoi: \"Un autre groupe qui a appris à parler aux institutions.\"\n", "");
        site.Replace("fiches/locataires-et-energie.md", "[le groupe de parents](fiche:groupe-de-parents#contexte)", "le groupe de parents");
        site.Build(OutputMode.Disk).AssertNoErrors();
        Assert.False(Directory.Exists(Path.Combine(site.OutputPath, "fiches", "groupe-de-parents")));
        // The replaced site waits, hidden, to be rewritten by the next build; nothing else is left next to the output.
        Assert.Equal([".output.recyclage", "content", "output"], Directory.EnumerateFileSystemEntries(site.Root).Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Text_from_front_matter_and_body_never_becomes_markup()
    {
        using var site = TestSite.FromFixture("minimal");
        site.Replace("fiches/locataires-et-energie.md", "titre: \"Des locataires agissent sur leurs factures\"",
            "titre: \"<script>alert('titre')</script> des locataires\"");
        site.Replace("fiches/locataires-et-energie.md", "## Démarche",
            "<script>alert('corps')</script>\n\n<iframe src=\"https://exemple.org\"></iframe>\n\n<img src=x onerror=\"alert(1)\">\n\n## Démarche");
        var result = site.Build();
        result.AssertNoErrors();
        var parser = new AngleSharp.Html.Parser.HtmlParser();
        foreach (var (path, bytes) in result.Files!.Where(f => f.Key.EndsWith(".html", StringComparison.Ordinal)))
        {
            var document = parser.ParseDocument(Encoding.UTF8.GetString(bytes));
            Assert.Empty(document.QuerySelectorAll("iframe"));
            Assert.DoesNotContain(document.QuerySelectorAll("script:not([type='application/json'])"), s => s.TextContent.Contains("alert", StringComparison.Ordinal));
            // Data blocks (a write-up's citation texts) may hold the text, inert, and never a "<" that could close them.
            Assert.DoesNotContain(document.QuerySelectorAll("script[type='application/json']"), s => s.TextContent.Contains('<', StringComparison.Ordinal));
            Assert.DoesNotContain(document.All, e => e.Attributes.Any(a => a.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase)));
            Assert.DoesNotContain(document.QuerySelectorAll("title, h1"), e => e.Children.Length > 0);
        }
        Assert.Contains("&lt;script&gt;alert(", Html(result, "fiches/locataires-et-energie/index.html"));
    }
}
