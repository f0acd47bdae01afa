using Microsoft.Playwright;
using Osez.Browser.Tests.Support;

namespace Osez.Browser.Tests;

/// <summary>
/// The map of départements (carte/) and a département's page in Chromium, on a phone and a laptop, from disk and over
/// HTTP: visible, reached by keyboard with a visible focus, free of axe violations and console errors; screenshots kept.
/// </summary>
public sealed class MapTests(BrowserFixture fixture)
{
    private const string Map = "carte/index.html";
    private const string Nord = "departements/59/index.html";

    public static TheoryData<int, int, bool> Screens => new()
    {
        { 390, 844, false },
        { 1366, 768, false },
        { 390, 844, true },
    };

    [Theory]
    [MemberData(nameof(Screens))]
    public async Task The_map_is_visible_and_a_departement_is_reached_and_opened_by_keyboard(int width, int height, bool fromDisk)
    {
        var page = await fixture.NewPageAsync(width, height);
        var errors = Watch(page);
        await page.GotoAsync((fromDisk ? fixture.FileBase : fixture.HttpBase) + Map);

        var map = page.Locator("svg.carte__svg");
        await Assertions.Expect(map).ToBeVisibleAsync();
        var box = (await map.BoundingBoxAsync())!;
        Assert.True(box.Width >= Math.Min(width - 48, 400), $"the map is {box.Width}px wide at {width}px");
        Assert.True(box.X >= 0 && box.X + box.Width <= width, "the map overflows the screen");
        var overflow = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - document.documentElement.clientWidth");
        Assert.True(overflow <= 0, $"the page scrolls sideways by {overflow}px");

        // Tab from the top until a département of the map has the focus: its outline is drawn.
        string? name = null;
        for (var i = 0; i < 60 && name is null; i++)
        {
            await page.Keyboard.PressAsync("Tab");
            name = await page.EvaluateAsync<string?>("() => document.activeElement.matches('svg a.carte__lien') ? document.activeElement.getAttribute('aria-label') : null");
        }
        Assert.NotNull(name);
        Assert.Matches(@"^.+ \(\w+\)\u00a0: \d+ fiches?$", name);
        var focus = await page.EvaluateAsync<string[]>("""
            () => { const s = getComputedStyle(document.activeElement.querySelector('.carte__dep'));
                    return [s.stroke, s.strokeWidth, s.fill]; }
            """);
        Assert.Equal("rgb(29, 35, 33)", focus[0]);
        Assert.Equal("2.5px", focus[1]);
        Assert.Equal("rgb(166, 61, 23)", focus[2]);

        var arrived = page.WaitForURLAsync("**/departements/*/index.html", new() { WaitUntil = WaitUntilState.Load });
        await page.Keyboard.PressAsync("Enter");
        await arrived;
        Assert.StartsWith(name!.Split('\u00a0')[0], (await page.Locator("h1").InnerTextAsync()).Trim(), StringComparison.Ordinal);
        Assert.True(await page.Locator(".departement__voisins").IsVisibleAsync());
        Assert.Empty(errors);
        await page.Context.CloseAsync();
    }

    [Theory]
    [InlineData("carte", Map)]
    [InlineData("departement", Nord)]
    public async Task The_map_and_a_departement_page_have_no_axe_violation_and_are_screenshotted(string name, string path)
    {
        foreach (var (width, height) in new[] { (390, 844), (1366, 768) })
        {
            var page = await fixture.NewPageAsync(width, height);
            var errors = Watch(page);
            await page.GotoAsync(fixture.HttpBase + path);
            Assert.Equal(1, await page.Locator("h1").CountAsync());

            var violations = await Axe.ViolationsAsync(page);
            Assert.True(violations.Count == 0, $"{path} at {width}px:\n" + string.Join("\n", violations));
            Assert.Empty(errors);

            Directory.CreateDirectory(Path.Combine(Repository.Artifacts, "screenshots"));
            await page.ScreenshotAsync(new PageScreenshotOptions
            {
                Path = Path.Combine(Repository.Artifacts, "screenshots", $"{name}-{width}.png"),
                FullPage = true,
            });
            await page.Context.CloseAsync();
        }
    }

    [Fact]
    public async Task The_list_says_what_the_map_shows_and_prints_with_the_map()
    {
        var page = await fixture.NewPageAsync(1366, 768);
        await page.GotoAsync(fixture.HttpBase + Map);
        var onMap = await page.Locator("svg a.carte__lien").EvaluateAllAsync<string[]>("links => links.map(a => a.getAttribute('aria-label')).sort()");
        var listed = await page.Locator(".carte__liste li").EvaluateAllAsync<string[]>(
            "items => items.map(li => li.querySelector('a').textContent + '\u00a0: ' + li.querySelector('.count').textContent).sort()");
        Assert.NotEmpty(onMap);
        Assert.Equal(listed, onMap);

        await page.EmulateMediaAsync(new() { Media = Media.Print });
        Assert.True(await page.Locator("svg.carte__svg").IsVisibleAsync());
        Assert.True(await page.Locator(".carte__liste").IsVisibleAsync());
        Assert.False(await page.Locator(".site-header").IsVisibleAsync());
        var printed = (await page.Locator("svg.carte__svg").BoundingBoxAsync())!;
        // A4 at 96 dpi is 794px wide; the map keeps to the page.
        Assert.True(printed.Width <= 16 * 96 / 2.54 + 1, $"the printed map is {printed.Width}px wide");
        await page.Context.CloseAsync();
    }

    /// <summary>
    /// Console errors, uncaught exceptions and failed requests (a missing stylesheet) of a page. The browser's own
    /// request for /favicon.ico is not the page's: the site's icon is another part's business.
    /// </summary>
    private static List<string> Watch(IPage page)
    {
        var errors = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Type == "error" && !message.Location.EndsWith("/favicon.ico", StringComparison.Ordinal))
                errors.Add($"{message.Text} ({message.Location})");
        };
        page.PageError += (_, error) => errors.Add(error);
        page.RequestFailed += (_, request) => errors.Add($"failed: {request.Url}");
        return errors;
    }
}
