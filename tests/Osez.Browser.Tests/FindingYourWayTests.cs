using Microsoft.Playwright;
using Osez.Browser.Tests.Support;

namespace Osez.Browser.Tests;

/// <summary>
/// Getting to the write-ups: the home page's first screen, the header on a phone and a laptop, the 404 page at any
/// depth, and pages that ask for no missing file (the icon included). Screenshots in tests/artifacts/screenshots.
/// </summary>
public sealed class FindingYourWayTests(BrowserFixture fixture)
{
    private const string Films = "fiches/des-films-pour-changer-le-regard/index.html";

    public static TheoryData<int, int> Screens => new() { { 390, 844 }, { 1366, 768 } };

    private static string Shot(string name) => Path.Combine(Directory.CreateDirectory(Path.Combine(Repository.Artifacts, "screenshots")).FullName, name);

    /// <summary>The element's box in the page, as the browser lays it out.</summary>
    private static Task<LayoutBox> BoxAsync(ILocator element) => element.EvaluateAsync<LayoutBox>(
        "e => { const r = e.getBoundingClientRect(); return { top: r.top + window.scrollY, bottom: r.bottom + window.scrollY, width: r.width, height: r.height }; }");

    private sealed record LayoutBox
    {
        public double Top { get; init; }

        public double Bottom { get; init; }

        public double Width { get; init; }

        public double Height { get; init; }
    }

    [Theory]
    [MemberData(nameof(Screens))]
    public async Task The_first_screen_of_the_home_page_says_what_this_is_and_holds_the_search_field_and_the_proposal(int width, int height)
    {
        var page = await fixture.NewPageAsync(width, height);
        await page.GotoAsync(fixture.HttpBase + "index.html");
        var title = page.Locator("h1");
        Assert.Contains("action collective en travail social", await title.InnerTextAsync());
        // The site's name is said once in the first screen (the header's), not again as the page's title.
        Assert.DoesNotContain("Osez le collectif", await title.InnerTextAsync());

        var search = page.GetByRole(AriaRole.Main).GetByRole(AriaRole.Searchbox, new() { Name = "Chercher une expérience" });
        var propose = page.GetByRole(AriaRole.Main).GetByRole(AriaRole.Link, new() { Name = "Proposer une fiche" });
        foreach (var element in new[] { title, search, propose })
        {
            Assert.True(await element.IsVisibleAsync());
            var box = await BoxAsync(element);
            Assert.True(box.Bottom <= height, $"{await element.EvaluateAsync<string>("e => e.outerHTML.slice(0, 80)")} ends at {box.Bottom}px, below the first {height}px");
        }

        // The field leads to the search page with the query, the way the search page reads it.
        await search.FillAsync("logement");
        await search.PressAsync("Enter");
        await page.WaitForURLAsync("**/recherche/index.html?q=logement");
        await Assertions.Expect(page.Locator("#q")).ToHaveValueAsync("logement");

        await page.GotoAsync(fixture.HttpBase + "index.html");
        await page.ScreenshotAsync(new() { Path = Shot($"accueil-{width}x{height}.png") });
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task The_home_page_field_searches_from_disk_too()
    {
        var page = await fixture.NewPageAsync(390, 844);
        await page.GotoAsync(fixture.FileBase + "index.html");
        await page.GetByRole(AriaRole.Searchbox, new() { Name = "Chercher une expérience" }).FillAsync("cuisine");
        await page.GetByRole(AriaRole.Main).GetByRole(AriaRole.Button, new() { Name = "Rechercher" }).ClickAsync();
        await page.WaitForURLAsync("**/recherche/index.html?q=cuisine");
        await Assertions.Expect(page.Locator("#q")).ToHaveValueAsync("cuisine");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task The_ways_to_explore_are_chips_with_counts_and_the_explorer_page_lists_every_vocabulary()
    {
        var page = await fixture.NewPageAsync();
        await page.GotoAsync(fixture.HttpBase + "index.html");
        var chips = page.Locator("main .chips .chip");
        Assert.InRange(await chips.CountAsync(), 6, 36);
        Assert.Matches(@"^Lien social et isolement \d+ fiches?$", (await chips.First.TextContentAsync())!.Trim());

        await page.GetByRole(AriaRole.Navigation, new() { Name = "Menu principal" }).GetByRole(AriaRole.Link, new() { Name = "Explorer" }).ClickAsync();
        await page.WaitForURLAsync("**/explorer/index.html");
        var headings = await page.Locator("main h2").AllInnerTextsAsync();
        Assert.Equal(["Thématiques", "Publics", "Démarches", "Niveaux de participation", "Structures porteuses", "Types de territoire", "Départements"],
            headings.Select(h => h.Trim()));
        await page.GetByRole(AriaRole.Link, new() { Name = "Nord (59)" }).ClickAsync();
        await page.WaitForURLAsync("**/departements/59/index.html");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task On_a_phone_the_header_stays_short_and_its_menu_opens_and_closes()
    {
        var page = await fixture.NewPageAsync(390, 844);
        await page.GotoAsync(fixture.HttpBase + Films);
        var header = page.Locator(".site-header");
        var closed = await BoxAsync(header);
        Assert.True(closed.Height < 100, $"the header is {closed.Height}px tall on a phone");

        var button = page.GetByRole(AriaRole.Button, new() { Name = "Menu" });
        Assert.Equal("false", await button.GetAttributeAsync("aria-expanded"));
        var menu = page.GetByRole(AriaRole.Navigation, new() { Name = "Menu principal" });
        Assert.False(await menu.IsVisibleAsync());
        await button.ClickAsync();
        Assert.Equal("true", await button.GetAttributeAsync("aria-expanded"));
        foreach (var name in new[] { "Fiches", "Explorer", "Parcours", "Proposer", "À propos", "Ma sélection" })
            Assert.True(await menu.GetByRole(AriaRole.Link, new() { Name = name, Exact = true }).IsVisibleAsync(), name);
        Assert.True(await page.Locator("#recherche-rapide").IsVisibleAsync());
        await page.Keyboard.PressAsync("Escape");
        Assert.Equal("false", await button.GetAttributeAsync("aria-expanded"));
        Assert.False(await menu.IsVisibleAsync());
        Assert.Equal("Menu", await page.EvaluateAsync<string>("() => document.activeElement.textContent"));
        await page.ScreenshotAsync(new() { Path = Shot("fiche-390x844.png") });
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Without_script_the_menu_is_a_link_to_the_footer_menu()
    {
        var context = await fixture.Browser.NewContextAsync(new() { ViewportSize = new() { Width = 390, Height = 844 }, JavaScriptEnabled = false });
        var page = await context.NewPageAsync();
        await page.GotoAsync(fixture.HttpBase + Films);
        Assert.True((await BoxAsync(page.Locator(".site-header"))).Height < 100);
        await page.GetByRole(AriaRole.Link, new() { Name = "Menu" }).ClickAsync();
        await page.WaitForURLAsync("**#menu-pied");
        var footer = page.GetByRole(AriaRole.Navigation, new() { Name = "Pages du site" });
        foreach (var name in new[] { "Toutes les fiches", "Rechercher", "Explorer", "Parcours de formation", "Proposer une fiche" })
            Assert.True(await footer.GetByRole(AriaRole.Link, new() { Name = name, Exact = true }).IsVisibleAsync(), name);
        await context.CloseAsync();
    }

    [Theory]
    [MemberData(nameof(Screens))]
    public async Task The_header_keeps_its_size_when_the_selection_count_appears(int width, int height)
    {
        var page = await fixture.NewPageAsync(width, height);
        await page.GotoAsync(fixture.HttpBase + Films);
        var header = page.Locator(".site-header");
        var before = await BoxAsync(header);
        var title = await BoxAsync(page.Locator("h1"));
        await page.Locator("[data-selection-toggle]").First.ClickAsync();
        var count = page.Locator(".site-nav [data-selection-count]");
        await Assertions.Expect(count).ToHaveTextAsync(" (1)");
        Assert.Equal(before, await BoxAsync(header));
        Assert.Equal(title, await BoxAsync(page.Locator("h1")));
        if (width > 1000)
        {
            Assert.True(before.Height < 70, $"the header is {before.Height}px tall at {width}px");
            await page.ScreenshotAsync(new() { Path = Shot($"fiche-{width}x{height}.png") });
        }
        await page.Context.CloseAsync();
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task A_mistyped_address_at_depth_shows_a_styled_404_whose_links_work(bool overHttp)
    {
        var page = await fixture.NewPageAsync(390, 844);
        var errors = new List<string>();
        var missing = fixture.HttpBase + "fiches/xyz/";
        // The browser logs the page's own 404 as an error: that one is the point, any other is not.
        page.Console += (_, message) => { if (message.Type == "error" && !message.Location.StartsWith(missing, StringComparison.Ordinal)) errors.Add(message.Text + " " + message.Location); };
        page.RequestFailed += (_, request) => errors.Add("failed: " + request.Url);
        if (overHttp)
        {
            var response = await page.GotoAsync(missing);
            Assert.Equal(404, response!.Status);
        }
        else
        {
            await page.GotoAsync(fixture.FileBase + "404.html");
        }
        Assert.Equal("Page introuvable", (await page.Locator("h1").InnerTextAsync()).Trim());
        // Styled: the header has its colour, not the browser default.
        Assert.Equal("rgb(13, 92, 82)", await page.EvaluateAsync<string>("() => getComputedStyle(document.querySelector('.site-header')).backgroundColor"));
        Assert.True((await BoxAsync(page.Locator(".site-header"))).Height < 100);
        await page.ScreenshotAsync(new() { Path = Shot($"introuvable-{(overHttp ? "http" : "disque")}-390x844.png"), FullPage = true });

        await page.GetByRole(AriaRole.Main).GetByRole(AriaRole.Link, new() { Name = "Toutes les fiches" }).ClickAsync();
        await page.WaitForURLAsync("**/fiches/index.html");
        Assert.Equal("Toutes les fiches", (await page.Locator("h1").InnerTextAsync()).Trim());
        Assert.True(errors.Count == 0, string.Join("\n", errors));
        await page.Context.CloseAsync();
    }

    public static TheoryData<string> PageTypes => new()
    {
        "index.html", Films, "fiches/index.html", "explorer/index.html", "thematiques/index.html", "thematiques/image-du-quartier/index.html",
        "a-propos/index.html", "404.html", "parcours/index.html", "selection/index.html", "donnees/index.html", "proposer/index.html",
        "recherche/index.html?q=logement",
    };

    [Theory]
    [MemberData(nameof(PageTypes))]
    public async Task A_page_asks_for_no_missing_file_and_logs_no_error_its_icon_included(string path)
    {
        foreach (var baseUrl in new[] { fixture.HttpBase, fixture.FileBase })
        {
            var page = await fixture.NewPageAsync();
            var errors = new List<string>();
            page.Console += (_, message) => { if (message.Type == "error") errors.Add(message.Text); };
            page.PageError += (_, error) => errors.Add(error);
            page.RequestFailed += (_, request) => errors.Add("failed: " + request.Url);
            page.Response += (_, response) => { if (response.Status >= 400) errors.Add($"{response.Status}: {response.Url}"); };
            await page.GotoAsync(baseUrl + path, new() { WaitUntil = WaitUntilState.NetworkIdle });
            var icon = await page.Locator("link[rel='icon']").GetAttributeAsync("href");
            Assert.False(string.IsNullOrEmpty(icon));
            // The icon is asked for by the browser on its own: fetched here, it must be there.
            var found = await page.EvaluateAsync<bool>("href => new Promise(resolve => { const i = new Image(); i.onload = () => resolve(true); i.onerror = () => resolve(false); i.src = new URL(href, location.href).href; })", icon);
            Assert.True(found, $"{baseUrl}{path}: no icon at {icon}");
            Assert.True(errors.Count == 0, $"{baseUrl}{path}:\n" + string.Join("\n", errors));
            await page.Context.CloseAsync();
        }
    }
}
