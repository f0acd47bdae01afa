using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Osez.Browser.Tests.Support;
using static Microsoft.Playwright.Assertions;

namespace Osez.Browser.Tests;

/// <summary>The search page in Chromium: French queries typed key by key, facets, years, URL state, keyboard, file://.</summary>
public sealed class SearchTests(BrowserFixture fixture)
{
    private const string Team = "Une équipe de nuit reprend son souffle";
    private const string District = "Un quartier fonde sa propre structure";
    private const string Tenants = "Des locataires s’organisent face au bailleur";
    private const string Parents = "Les parents et le collège apprennent à se parler";
    private const string Holidays = "Des vacances d'été préparées en famille";

    private static SearchSite Site => SearchSite.Instance;

    /// <summary>Each query of the issue, and the write-ups that hold its words (and only those).</summary>
    public static TheoryData<string, string[]> Queries => new()
    {
        { "equipe", [Team] },
        { "équipe", [Team] },
        { "habitants", [District] },
        { "association", [District, Tenants] },
        { "l'association", [District, Tenants] },
        { "l’association", [District, Tenants] },
        { "epuise", [Team] },
        { "réunion,", [Parents, Holidays] },
        { "2019", [District] },
        { "vacances d'été", [Holidays] },
        { "été", [Team, Holidays] },
    };

    private async Task<IPage> OpenAsync(string baseUrl, string query = "")
    {
        var page = await fixture.NewPageAsync();
        await page.GotoAsync(baseUrl + "recherche/index.html" + query);
        await Expect(page.Locator("#recherche[data-ready=true]")).ToHaveCountAsync(1);
        return page;
    }

    private static async Task<IReadOnlyList<string>> TitlesAsync(IPage page)
        => (await page.Locator("#resultats-liste .card__title a").AllInnerTextsAsync()).Select(t => t.Trim()).Order(StringComparer.Ordinal).ToList();

    private static Task ExpectCountAsync(IPage page, string text)
        => Expect(page.Locator("#resultats-nombre")).ToHaveTextAsync(new Regex("^" + Regex.Escape(text)));

    [Theory]
    [MemberData(nameof(Queries))]
    public async Task Typed_query_finds_the_write_ups_holding_its_words(string query, string[] expected)
    {
        var page = await OpenAsync(Site.HttpBase);
        await page.Locator("#q").PressSequentiallyAsync(query, new() { Delay = 30 });
        await ExpectCountAsync(page, expected.Length == 1 ? "1 fiche trouvée pour « " + query + " »" : $"{expected.Length} fiches trouvées pour « {query} »");
        Assert.Equal(expected.Order(StringComparer.Ordinal), await TitlesAsync(page));
        // The matching words are highlighted in what the results show.
        Assert.True(await page.Locator("#resultats-liste mark").CountAsync() > 0, $"nothing highlighted for {query}");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Queries_work_from_disk_too_and_a_result_opens()
    {
        var page = await OpenAsync(Site.FileBase, "?q=epuise");
        await ExpectCountAsync(page, "1 fiche trouvée");
        Assert.Equal([Team], await TitlesAsync(page));
        await Expect(page.Locator(".result__snippet mark")).ToHaveTextAsync("épuisées");

        await page.Locator("#q").FillAsync("");
        await page.Locator("#q").PressSequentiallyAsync("l’association");
        await ExpectCountAsync(page, "2 fiches trouvées");
        await page.Locator("#resultats-liste a", new() { HasTextString = Tenants }).ClickAsync();
        await page.WaitForURLAsync("**/fiches/des-locataires-s-organisent/index.html");
        Assert.Equal(Tenants, (await page.Locator("h1").InnerTextAsync()).Trim());
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Facets_combine_or_within_a_vocabulary_and_and_across_and_live_in_the_address()
    {
        var page = await OpenAsync(Site.HttpBase);
        await ExpectCountAsync(page, "5 fiches");
        var themes = page.Locator("fieldset[data-param=thematiques]");
        var departments = page.Locator("fieldset[data-param=departements]");

        await themes.GetByLabel(new Regex("^Logement et habitat")).CheckAsync();
        await ExpectCountAsync(page, "2 fiches");
        Assert.Equal([Tenants, District], await TitlesAsync(page));
        Assert.Contains("thematiques=logement-habitat", page.Url);
        // Counts beside each box: what ticking it as well would give (the vocabulary's own filter aside).
        await Expect(themes.Locator("[data-term=parentalite]")).ToHaveTextAsync("(2)");
        await Expect(departments.Locator("[data-term='13']")).ToHaveTextAsync("(1)");
        await Expect(departments.Locator("[data-term='75']")).ToHaveTextAsync("(0)");

        await departments.GetByLabel(new Regex("^Bouches-du-Rhône")).CheckAsync();
        await ExpectCountAsync(page, "1 fiche");
        Assert.Equal([Tenants], await TitlesAsync(page));

        await themes.GetByLabel(new Regex("^Parentalité")).CheckAsync();
        await ExpectCountAsync(page, "2 fiches");
        Assert.Equal([Tenants, Holidays], await TitlesAsync(page));
        Assert.Contains("thematiques=logement-habitat&thematiques=parentalite&departements=13", page.Url);

        await page.SelectOptionAsync("#depuis", "2025");
        await ExpectCountAsync(page, "1 fiche");
        Assert.Equal([Holidays], await TitlesAsync(page));
        Assert.Contains("depuis=2025", page.Url);

        // The address alone gives the same search back (to share or cite it).
        var shared = page.Url;
        var again = await fixture.NewPageAsync();
        await again.GotoAsync(shared);
        await ExpectCountAsync(again, "1 fiche");
        Assert.Equal([Holidays], await TitlesAsync(again));
        Assert.True(await again.Locator("#f-thematiques-parentalite").IsCheckedAsync());
        Assert.Equal("2025", await again.Locator("#depuis").InputValueAsync());
        Assert.Equal(["vacances-d-ete-en-famille"], await again.EvaluateAsync<string[]>("() => window.OsezRecherche.currentSlugs()"));

        await again.Locator("#effacer").ClickAsync();
        await ExpectCountAsync(again, "5 fiches");
        Assert.DoesNotContain("thematiques", again.Url);
        await page.Context.CloseAsync();
        await again.Context.CloseAsync();
    }

    [Fact]
    public async Task Results_sort_by_relevance_or_by_date()
    {
        var page = await OpenAsync(Site.HttpBase, "?q=association");
        await ExpectCountAsync(page, "2 fiches trouvées");
        var slugs = await page.EvaluateAsync<string[]>("() => window.OsezRecherche.currentSlugs()");
        Assert.Equal(2, slugs.Length);
        await page.SelectOptionAsync("#tri", "date");
        await Expect(page.Locator("#resultats-liste .card__title a").First).ToHaveTextAsync(Tenants);
        Assert.Equal(["des-locataires-s-organisent", "un-quartier-fonde-sa-structure"],
            await page.EvaluateAsync<string[]>("() => window.OsezRecherche.currentSlugs()"));
        Assert.Contains("tri=date", page.Url);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task No_result_shows_help()
    {
        var page = await OpenAsync(Site.HttpBase, "?q=xylophone");
        await ExpectCountAsync(page, "0 fiche trouvée pour « xylophone »");
        await Expect(page.Locator("#aucun-resultat")).ToBeVisibleAsync();
        await Expect(page.Locator("#aucun-resultat")).ToContainTextAsync("Vérifiez l’orthographe");
        await Expect(page.Locator("#plus")).ToBeHiddenAsync();
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Header_box_and_facets_work_from_the_keyboard_alone()
    {
        var page = await fixture.NewPageAsync();
        await page.GotoAsync(fixture.HttpBase + "index.html");
        // Skip link first, then the site title, the menu, and the search box of the header.
        var box = page.GetByRole(AriaRole.Search).GetByRole(AriaRole.Searchbox);
        await box.FocusAsync();
        await page.Keyboard.TypeAsync("equipe");
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForURLAsync("**/recherche/index.html?q=equipe");
        await Expect(page.Locator("#recherche[data-ready=true]")).ToHaveCountAsync(1);
        await Expect(page.Locator("#resultats-nombre")).ToHaveTextAsync(new Regex("^\\d+ fiches? trouvées? pour « equipe »"));
        Assert.Equal("status", await page.Locator("#resultats-annonce").GetAttributeAsync("role"));
        var before = (await page.EvaluateAsync<string[]>("() => window.OsezRecherche.currentSlugs()")).Length;
        Assert.True(before >= 1);

        // Tab from the query field to the first facet box, tick it with the space bar.
        await page.Locator("#q").FocusAsync();
        for (var i = 0; i < 10 && await page.EvaluateAsync<string>("() => document.activeElement.type") != "checkbox"; i++)
            await page.Keyboard.PressAsync("Tab");
        Assert.Equal("checkbox", await page.EvaluateAsync<string>("() => document.activeElement.type"));
        await page.Keyboard.PressAsync("Space");
        Assert.True(await page.EvaluateAsync<bool>("() => document.activeElement.checked"));
        await Expect(page).ToHaveURLAsync(new Regex("thematiques="));
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Search_page_has_no_wcag_21_aa_violation()
    {
        foreach (var width in new[] { 1280, 375 })
        {
            var page = await fixture.NewPageAsync(width, 900);
            await page.GotoAsync(fixture.HttpBase + "recherche/index.html?q=%C3%A9quipe");
            await Expect(page.Locator("#recherche[data-ready=true]")).ToHaveCountAsync(1);
            await Expect(page.Locator(".result__snippet mark").First).ToBeVisibleAsync();
            var violations = await Axe.ViolationsAsync(page);
            Assert.True(violations.Count == 0, $"search page at {width}px:\n" + string.Join("\n", violations));
            var overflow = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - document.documentElement.clientWidth");
            Assert.True(overflow <= 0, $"the search page scrolls horizontally by {overflow}px at {width}px");
            Directory.CreateDirectory(Path.Combine(Repository.Artifacts, "screenshots"));
            await page.ScreenshotAsync(new PageScreenshotOptions
            {
                Path = Path.Combine(Repository.Artifacts, "screenshots", $"recherche-{width}.png"),
                FullPage = true,
            });
            await page.Context.CloseAsync();
        }
    }
}
