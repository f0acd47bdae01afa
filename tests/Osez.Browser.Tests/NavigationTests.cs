using Microsoft.Playwright;
using Osez.Browser.Tests.Support;

namespace Osez.Browser.Tests;

public sealed class NavigationTests(BrowserFixture fixture)
{
    private async Task HomeToTermToWriteUp(string baseUrl)
    {
        var page = await fixture.NewPageAsync();
        await page.GotoAsync(baseUrl + "index.html");
        Assert.Equal("Osez le collectif", await page.TitleAsync());

        await FollowAsync(page, page.GetByRole(AriaRole.Navigation, new() { Name = "Menu principal" }).GetByRole(AriaRole.Link, new() { Name = "Explorer" }), "**/explorer/index.html");
        await FollowAsync(page, page.GetByRole(AriaRole.Main).GetByRole(AriaRole.Link, new() { Name = "Thématiques", Exact = true }), "**/thematiques/index.html");
        await FollowAsync(page, page.GetByRole(AriaRole.Link, new() { Name = "Image du quartier", Exact = true }), "**/thematiques/image-du-quartier/index.html");
        Assert.Equal("Image du quartier", (await page.Locator("h1").InnerTextAsync()).Trim());

        await FollowAsync(page, page.Locator(".card__title a").First, "**/fiches/*/index.html");
        Assert.Equal("Des films pour changer le regard sur le quartier", (await page.Locator("h1").InnerTextAsync()).Trim());
        Assert.Contains("Fiche illustrative", await page.Locator(".notice--illustrative").InnerTextAsync());

        // The stylesheet loaded: the header has its colour, not the browser default.
        var background = await page.EvaluateAsync<string>("() => getComputedStyle(document.querySelector('.site-header')).backgroundColor");
        Assert.Equal("rgb(13, 92, 82)", background);

        // From the write-up, a metadata link goes to its term page.
        await FollowAsync(page, page.Locator(".facts a", new() { HasTextString = "Nord (59)" }), "**/departements/59/index.html");
        Assert.Contains("Des films pour changer le regard", await page.Locator("main").InnerTextAsync());
        await page.Context.CloseAsync();
    }

    /// <summary>Clicks a link and waits for the page it leads to, listening before the click so a fast navigation is not missed.</summary>
    private static async Task FollowAsync(IPage page, ILocator link, string urlGlob)
    {
        var arrived = page.WaitForURLAsync(urlGlob, new() { WaitUntil = WaitUntilState.Load });
        await link.ClickAsync();
        await arrived;
    }

    [Fact]
    public Task Home_to_term_to_write_up_over_http() => HomeToTermToWriteUp(fixture.HttpBase);

    [Fact]
    public Task Home_to_term_to_write_up_from_disk() => HomeToTermToWriteUp(fixture.FileBase);

    [Fact]
    public async Task The_skip_link_is_the_first_stop_and_moves_focus_to_the_content()
    {
        var page = await fixture.NewPageAsync();
        await page.GotoAsync(fixture.HttpBase + "fiches/index.html");
        await page.Keyboard.PressAsync("Tab");
        var focused = await page.EvaluateAsync<string>("() => document.activeElement.textContent");
        Assert.Equal("Aller au contenu", focused.Trim());
        Assert.True(await page.Locator(".skip-link").IsVisibleAsync());
        await page.Keyboard.PressAsync("Enter");
        Assert.Equal("contenu", await page.EvaluateAsync<string>("() => document.activeElement.id"));
        await page.Context.CloseAsync();
    }

    [Theory]
    [InlineData("index.html")]
    [InlineData("fiches/des-locataires-face-aux-factures-d-energie/index.html")]
    [InlineData("thematiques/index.html")]
    public async Task Pages_fit_a_phone_screen_without_horizontal_scrolling(string path)
    {
        var page = await fixture.NewPageAsync(375, 800);
        await page.GotoAsync(fixture.HttpBase + path);
        var overflow = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - document.documentElement.clientWidth");
        Assert.True(overflow <= 0, $"{path} scrolls horizontally by {overflow}px at 375px");
        await page.Context.CloseAsync();
    }
}
