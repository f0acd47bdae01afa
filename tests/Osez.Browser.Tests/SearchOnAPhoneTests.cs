using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Osez.Browser.Tests.Support;
using static Microsoft.Playwright.Assertions;

namespace Osez.Browser.Tests;

/// <summary>
/// The search page of the shipped site at phone (390x844) and laptop (1366x768) sizes: results first,
/// « Filtrer » and its count, no dead-end box, no export of nothing, a misspelt word forgiven and said
/// so, examples that find something, and a status line that says what the field holds.
/// Screenshots in tests/artifacts/screenshots.
/// </summary>
public sealed class SearchOnAPhoneTests(BrowserFixture fixture)
{
    private static readonly string Screenshots = Path.Combine(Repository.Root, "tests", "artifacts", "screenshots");

    private async Task<IPage> OpenAsync(int width, int height, string query = "")
    {
        var page = await fixture.NewPageAsync(width, height);
        await page.GotoAsync(fixture.HttpBase + "recherche/index.html" + query);
        await Expect(page.Locator("#recherche[data-ready=true]")).ToHaveCountAsync(1);
        return page;
    }

    private static async Task ShotAsync(IPage page, string name)
    {
        Directory.CreateDirectory(Screenshots);
        await page.ScreenshotAsync(new() { Path = Path.Combine(Screenshots, name + ".png") });
    }

    private static async Task<List<string>> TitlesAsync(IPage page)
        => (await page.Locator("#resultats-liste .card__title a").AllInnerTextsAsync()).Select(t => t.Trim()).Order(StringComparer.Ordinal).ToList();

    [Fact]
    public async Task On_a_phone_the_first_result_is_within_the_first_screen_and_the_filters_wait_behind_a_button()
    {
        var page = await OpenAsync(390, 844, "?q=logement");
        await Expect(page.Locator("#resultats-nombre")).ToHaveTextAsync(new Regex("fiches? trouvées? pour « logement »"));
        var first = await page.Locator("#resultats-liste .card").First.BoundingBoxAsync();
        Assert.NotNull(first);
        Assert.True(first.Y + 40 < 844, $"the first result starts at {first.Y} px, below the first screen");
        await Expect(page.Locator("#filtres")).ToBeHiddenAsync();
        var toggle = page.Locator("#filtrer");
        await Expect(toggle).ToBeVisibleAsync();
        await Expect(toggle).ToHaveAttributeAsync("aria-expanded", "false");
        await ShotAsync(page, "recherche-telephone");

        await toggle.ClickAsync();
        await Expect(page.Locator("#filtres")).ToBeVisibleAsync();
        await Expect(toggle).ToHaveAttributeAsync("aria-expanded", "true");
        await ShotAsync(page, "recherche-telephone-filtres");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Filtrer_counts_the_active_filters_and_no_box_leads_to_nothing()
    {
        var page = await OpenAsync(390, 844, "?q=logement");
        await Expect(page.Locator("#resultats-nombre")).ToHaveTextAsync(new Regex("trouvées? pour « logement »"));
        await Expect(page.Locator("#filtrer")).ToHaveTextAsync("Filtrer");
        await page.Locator("#filtrer").ClickAsync();
        // Every box that would leave no write-up cannot be ticked; the others can.
        var boxes = page.Locator(".facet__term");
        var count = await boxes.CountAsync();
        var disabled = 0;
        for (var i = 0; i < count; i++)
        {
            var item = boxes.Nth(i);
            var n = int.Parse(Regex.Match(await item.Locator(".facet__count").InnerTextAsync(), "\\d+").Value);
            var isDisabled = await item.Locator("input").IsDisabledAsync();
            Assert.Equal(n == 0, isDisabled);
            if (isDisabled)
                disabled++;
        }
        Assert.True(disabled > 0 && disabled < count, $"{disabled} of {count} boxes disabled");
        // Groups are not boxes that scroll inside the page.
        var overflows = await page.EvaluateAsync<string[]>("() => [...document.querySelectorAll('.facet__terms')].map(e => getComputedStyle(e).overflowY)");
        Assert.All(overflows, o => Assert.Equal("visible", o));

        await page.Locator(".facet__term input:not([disabled])").First.CheckAsync();
        await Expect(page.Locator("#filtrer")).ToHaveTextAsync(new Regex("^Filtrer\\s\\(1\\sactif\\)$"));
        await page.Locator("#depuis").SelectOptionAsync(new SelectOptionValue { Index = 1 });
        await Expect(page.Locator("#filtrer")).ToHaveTextAsync(new Regex("^Filtrer\\s\\(2\\sactifs\\)$"));
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task No_export_is_offered_for_no_result()
    {
        var page = await OpenAsync(1366, 768, "?q=xylophone");
        await Expect(page.Locator("#resultats-nombre")).ToHaveTextAsync("0 fiche trouvée pour « xylophone »");
        await Expect(page.Locator("[data-citations-exports]")).ToBeHiddenAsync();
        await page.Locator("#q").FillAsync("logement");
        await page.Locator("#q").PressAsync("Enter");
        await Expect(page.Locator("#resultats-nombre")).ToHaveTextAsync(new Regex("trouvées? pour « logement »"));
        await Expect(page.Locator("[data-citations-exports]")).ToBeVisibleAsync();
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task A_misspelt_word_finds_the_write_ups_about_the_right_one_and_says_so()
    {
        var page = await OpenAsync(1366, 768);
        await page.Locator("#q").PressSequentiallyAsync("logement", new() { Delay = 20 });
        await Expect(page.Locator("#resultats-nombre")).ToHaveTextAsync(new Regex("trouvées? pour « logement »"));
        await Expect(page.Locator("#recherche-approche")).ToBeHiddenAsync();
        var right = await TitlesAsync(page);
        Assert.NotEmpty(right);

        await page.Locator("#q").FillAsync("");
        await page.Locator("#q").PressSequentiallyAsync("logment", new() { Delay = 20 });
        await Expect(page.Locator("#resultats-nombre")).ToHaveTextAsync(new Regex("trouvées? pour « logment »"));
        var notice = page.Locator("#recherche-approche");
        await Expect(notice).ToContainTextAsync(new Regex("Résultats approchés pour «\\slogment\\s»\\s: logement\\."));
        var link = notice.GetByRole(AriaRole.Link, new() { NameRegex = new Regex("^Vouliez-vous dire «\\slogement\\s»\\s\\?$") });
        await Expect(link).ToBeVisibleAsync();
        Assert.Equal(right, await TitlesAsync(page));
        Assert.True(await page.Locator("#resultats-liste mark").CountAsync() > 0, "the corrected word is not highlighted");
        await Expect(page.Locator("#resultats-annonce")).ToContainTextAsync("Résultats approchés");
        await ShotAsync(page, "recherche-bureau-approchee");

        await link.ClickAsync();
        await Expect(page.Locator("#q")).ToHaveValueAsync("logement");
        await Expect(page.Locator("#resultats-nombre")).ToHaveTextAsync(new Regex("trouvées? pour « logement »"));
        await Expect(notice).ToBeHiddenAsync();
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task The_examples_in_the_field_find_write_ups_and_the_help_speaks_plainly()
    {
        var page = await OpenAsync(1366, 768);
        var placeholder = await page.Locator("#q").GetAttributeAsync("placeholder");
        Assert.StartsWith("Par exemple\u00A0: ", placeholder);
        var examples = placeholder!["Par exemple\u00A0: ".Length..].Split(", ");
        Assert.NotEmpty(examples);
        foreach (var example in examples)
        {
            await page.Locator("#q").FillAsync(example);
            await page.Locator("#q").PressAsync("Enter");
            await Expect(page.Locator("#resultats-nombre")).ToHaveTextAsync(new Regex($"^\\d+ fiches? trouvées? pour « {Regex.Escape(example)} »"));
            Assert.DoesNotMatch("^0 ", await page.Locator("#resultats-nombre").InnerTextAsync());
        }
        var help = await page.Locator("#q-aide").InnerTextAsync();
        Assert.DoesNotContain("*", help);
        Assert.DoesNotContain("~", help);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task The_status_line_says_what_the_field_holds_after_fast_typing()
    {
        var page = await OpenAsync(1366, 768);
        var field = page.Locator("#q");
        // Fast typing, a correction, more typing: each answer may arrive late; the newest one wins.
        await field.PressSequentiallyAsync("loge", new() { Delay = 0 });
        await field.PressSequentiallyAsync("ment", new() { Delay = 5 });
        await field.PressAsync("Backspace");
        await field.PressAsync("Backspace");
        await field.PressSequentiallyAsync("nt jeunes", new() { Delay = 0 });
        await Expect(page.Locator("#resultats-nombre")).ToHaveTextAsync(new Regex("pour « logement jeunes »$"));
        await page.WaitForTimeoutAsync(800);
        Assert.Equal("logement jeunes", await page.Locator("#resultats-nombre").GetAttributeAsync("data-query"));
        Assert.Matches("pour « logement jeunes »$", await page.Locator("#resultats-nombre").InnerTextAsync());
        // What screen readers hear follows, once typing has calmed down.
        await Expect(page.Locator("#resultats-annonce")).ToHaveTextAsync(await page.Locator("#resultats-nombre").InnerTextAsync());
        Assert.Equal("status", await page.Locator("#resultats-annonce").GetAttributeAsync("role"));

        await ShotAsync(page, "recherche-bureau");
        await page.Context.CloseAsync();
    }
}
