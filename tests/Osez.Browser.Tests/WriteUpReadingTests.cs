using Microsoft.Playwright;
using Osez.Browser.Tests.Support;
using static Microsoft.Playwright.Assertions;

namespace Osez.Browser.Tests;

/// <summary>
/// Reading a write-up of the shipped site: on a 1366x768 laptop the table of contents stays in view and
/// the facts never overflow the screen; on a phone (390x844) the story starts within two screens, the
/// facts folded into one line; paragraph anchors keep their addresses without being Tab stops.
/// Screenshots in tests/artifacts/screenshots.
/// </summary>
public sealed class WriteUpReadingTests(BrowserFixture fixture)
{
    private const string WriteUp = "fiches/des-jeunes-enquetent-sur-le-logement/index.html";
    private static readonly string Screenshots = Path.Combine(Repository.Root, "tests", "artifacts", "screenshots");

    private static async Task ShotAsync(IPage page, string name)
    {
        Directory.CreateDirectory(Screenshots);
        await page.ScreenshotAsync(new() { Path = Path.Combine(Screenshots, name + ".png") });
    }

    [Fact]
    public async Task On_a_laptop_the_table_of_contents_stays_in_view_and_the_facts_fit()
    {
        var page = await fixture.NewPageAsync(1366, 768);
        await page.GotoAsync(fixture.HttpBase + WriteUp);
        var facts = page.Locator(".writeup__facts");
        await Expect(facts).ToHaveAttributeAsync("open", "");
        await ShotAsync(page, "fiche-bureau");
        foreach (var y in new[] { 1500, 3000, 4500 })
        {
            await page.EvaluateAsync("y => window.scrollTo(0, y)", y);
            await page.WaitForTimeoutAsync(300);
            var toc = await page.Locator("nav.toc").BoundingBoxAsync();
            Assert.NotNull(toc);
            Assert.True(toc.Y >= 0 && toc.Y + toc.Height <= 768, $"scrolled to {y}: the table of contents is at {toc.Y}..{toc.Y + toc.Height}");
            // The facts are never pinned: nothing of them is cut off below the screen while they stay put.
            Assert.NotEqual("sticky", await facts.EvaluateAsync<string>("e => getComputedStyle(e).position"));
        }
        await ShotAsync(page, "fiche-bureau-defilee");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task On_a_phone_the_story_starts_within_two_screens_the_facts_in_one_line()
    {
        var page = await fixture.NewPageAsync(390, 844);
        await page.GotoAsync(fixture.HttpBase + WriteUp);
        var facts = page.Locator(".writeup__facts");
        await Expect(facts).Not.ToHaveAttributeAsync("open", "");
        var summary = facts.Locator("summary");
        await Expect(summary).ToContainTextAsync("Repères");
        Assert.False(string.IsNullOrWhiteSpace(await summary.Locator(".facts__line").InnerTextAsync()));
        var line = await summary.BoundingBoxAsync();
        Assert.True(line!.Height < 60, $"the facts' summary is {line.Height} px tall");
        var story = await page.Locator(".writeup__body > p").First.EvaluateAsync<double>("e => e.getBoundingClientRect().top + window.scrollY");
        Assert.True(story < 2 * 844, $"the story starts at {story} px");
        await ShotAsync(page, "fiche-telephone");
        await summary.ClickAsync();
        await Expect(facts).ToHaveAttributeAsync("open", "");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Paragraph_anchors_keep_their_addresses_without_being_tab_stops()
    {
        var page = await fixture.NewPageAsync(1366, 768);
        await page.GotoAsync(fixture.HttpBase + WriteUp + "#contexte-p3");
        var target = page.Locator("#contexte-p3");
        await Expect(target).ToBeInViewportAsync();
        Assert.Equal("#contexte-p3", await target.Locator("a.anchor").GetAttributeAsync("href"));
        var paragraphAnchors = await page.Locator(".writeup__body p > a.anchor").CountAsync();
        Assert.True(paragraphAnchors > 5);
        // Tab through the whole page: no paragraph anchor on the way, section anchors still there.
        await page.GotoAsync(fixture.HttpBase + WriteUp);
        var sectionStops = 0;
        for (var i = 0; i < 200; i++)
        {
            await page.Keyboard.PressAsync("Tab");
            var kind = await page.EvaluateAsync<string>(
                "() => { const a = document.activeElement; if (!a || a === document.body) return 'end'; "
                + "if (a.matches('.writeup__body p > a.anchor')) return 'paragraph'; "
                + "return a.matches('.writeup__body h2 > a.anchor') ? 'section' : 'other'; }");
            Assert.NotEqual("paragraph", kind);
            if (kind == "section")
                sectionStops++;
            if (kind == "end")
                break;
        }
        Assert.True(sectionStops >= 4, $"only {sectionStops} section anchors reached by Tab");
        await page.Context.CloseAsync();
    }
}
