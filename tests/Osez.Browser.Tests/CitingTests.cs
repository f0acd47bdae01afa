using Microsoft.Playwright;
using Osez.Browser.Tests.Support;

namespace Osez.Browser.Tests;

/// <summary>A write-up as a trainer uses it: printed as a handout, a passage linked, the reference copied, an old address followed.</summary>
public sealed class CitingTests(BrowserFixture fixture)
{
    private const string Films = "fiches/des-films-pour-changer-le-regard/index.html";

    [Fact]
    public async Task A_write_up_prints_as_a_clean_handout_with_its_reference_at_the_end_and_links_in_full()
    {
        var page = await fixture.NewPageAsync();
        await page.GotoAsync(fixture.HttpBase + Films);
        await page.EmulateMediaAsync(new() { Media = Media.Print });
        Assert.False(await page.Locator(".site-header").IsVisibleAsync());
        Assert.False(await page.Locator(".breadcrumb").IsVisibleAsync());
        Assert.False(await page.Locator(".writeup__tools").IsVisibleAsync());
        Assert.Equal("avoid", await page.Locator(".writeup__body h2").First.EvaluateAsync<string>("h => getComputedStyle(h).breakAfter"));

        Directory.CreateDirectory(Path.Combine(Repository.Artifacts, "screenshots"));
        var pdf = Path.Combine(Repository.Artifacts, "writeup-handout.pdf");
        await page.PdfAsync(new PagePdfOptions { Path = pdf, Format = "A4" });
        var text = PdfText.Read(pdf);
        Assert.StartsWith("Fiche illustrative.", text.Trim());
        Assert.Contains("Des films pour changer le regard sur le quartier", text);
        foreach (var absent in new[] { "Menu principal", "Ajouter à ma sélection", "Aller au contenu", "Copier la référence", "Sommaire", "Ces fiches renvoient" })
            Assert.DoesNotContain(absent, text);
        var citeAt = text.LastIndexOf("Pour citer cette fiche", StringComparison.Ordinal);
        Assert.True(citeAt > text.IndexOf("Enseignements", StringComparison.Ordinal), "the reference closes the handout");
        Assert.Contains("HADDAD Karim et FONTAINE Élise, 2025. « Des films pour changer le regard sur le quartier ». Osez le collectif [en ligne].", text[citeAt..]);
        // The address may wrap at one of its hyphens, which pdftotext then drops: compared without blanks or hyphens.
        static string Squeezed(string s) => s.Replace(" ", "", StringComparison.Ordinal).Replace("-", "", StringComparison.Ordinal);
        Assert.Contains(Squeezed($"Disponible à l'adresse : {fixture.HttpBase}{Films}"), Squeezed(text[citeAt..]));
        // An internal link is printed with its full address (which may wrap anywhere, hence the blanks removed).
        Assert.Contains($"leurenquêtesurlelogement<{fixture.HttpBase}fiches/des-jeunes-enquetent-sur-le-logement/index.html>", text.Replace(" ", "", StringComparison.Ordinal));
        PdfText.Pages(pdf, Path.Combine(Repository.Artifacts, "screenshots", "writeup-handout"), 1, 1);
        await page.Context.CloseAsync();
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task The_three_reference_files_download_from_the_write_up_page(bool overHttp)
    {
        var page = await fixture.NewPageAsync();
        await page.GotoAsync((overHttp ? fixture.HttpBase : fixture.FileBase) + Films);
        // The texts the page carries (made by the generator's formatters, parsed by Citation.js in the unit tests).
        Dictionary<string, string> texts;
        using (var data = System.Text.Json.JsonDocument.Parse((await page.Locator("script[data-cite-files]").TextContentAsync())!))
            texts = data.RootElement.EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetString()!);
        foreach (var (label, name, format) in new[] { ("BibTeX", "des-films-pour-changer-le-regard.bib", "bibtex"), ("RIS", "des-films-pour-changer-le-regard.ris", "ris"), ("CSL-JSON", "des-films-pour-changer-le-regard.json", "csl-json") })
        {
            var waiting = page.WaitForDownloadAsync();
            await page.GetByRole(AriaRole.Button, new() { Name = $"Télécharger la référence au format {label}" }).ClickAsync();
            var download = await waiting;
            Assert.Equal(name, download.SuggestedFilename);
            var text = File.ReadAllText((await download.PathAsync())!);
            Assert.Equal(texts[format], text);
        }
        Assert.StartsWith("@techreport{des-films-pour-changer-le-regard,", texts["bibtex"]);
        Assert.Contains("TI  - Des films pour changer le regard sur le quartier\r\n", texts["ris"]);
        using (var json = System.Text.Json.JsonDocument.Parse(texts["csl-json"]))
            Assert.Equal("des-films-pour-changer-le-regard", json.RootElement[0].GetProperty("id").GetString());
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task A_section_anchor_is_reached_with_the_keyboard_shows_on_focus_and_has_a_name()
    {
        var page = await fixture.NewPageAsync();
        await page.GotoAsync(fixture.HttpBase + Films);
        var anchor = page.GetByRole(AriaRole.Link, new() { Name = "Lien vers la section « Contexte »" });
        Assert.Equal("0", await anchor.EvaluateAsync<string>("a => getComputedStyle(a).opacity"));
        // The next stop after the table of contents is the first section's ¶ link.
        await page.Locator(".toc a").Last.FocusAsync();
        await page.Keyboard.PressAsync("Tab");
        Assert.Equal("Lien vers la section « Contexte »", await page.EvaluateAsync<string>("() => document.activeElement.getAttribute('aria-label')"));
        Assert.Equal("1", await anchor.EvaluateAsync<string>("a => getComputedStyle(a).opacity"));
        // A paragraph's ¶ is not a Tab stop (one per paragraph would be too many): the next stop is the next section's.
        await page.Keyboard.PressAsync("Tab");
        Assert.Equal("#le-groupe", await page.EvaluateAsync<string>("() => document.activeElement.getAttribute('href')"));
        // A paragraph's address still leads to it.
        await page.GotoAsync(fixture.HttpBase + Films + "#contexte-p1");
        await Assertions.Expect(page.Locator("#contexte-p1")).ToBeInViewportAsync();
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task The_copy_button_copies_the_reference_with_the_day_it_was_consulted()
    {
        var page = await fixture.NewPageAsync();
        await page.Context.GrantPermissionsAsync(["clipboard-read", "clipboard-write"], new() { Origin = fixture.HttpBase.TrimEnd('/') });
        await page.GotoAsync(fixture.HttpBase + Films);
        await page.GetByRole(AriaRole.Button, new() { Name = "Copier la référence" }).ClickAsync();
        await Assertions.Expect(page.Locator("[data-cite-status]")).ToHaveTextAsync("Référence copiée.");
        var copied = await page.EvaluateAsync<string>("() => navigator.clipboard.readText()");
        var today = await page.EvaluateAsync<string>("() => new Intl.DateTimeFormat('fr-FR', { day: 'numeric', month: 'long', year: 'numeric' }).format(new Date())");
        Assert.StartsWith("HADDAD Karim et FONTAINE Élise, 2025. « Des films pour changer le regard sur le quartier ».", copied);
        Assert.Contains($"Disponible à l'adresse : {fixture.HttpBase}{Films}", copied);
        Assert.EndsWith($"(consulté le {today.Replace("1 ", "1er ", StringComparison.Ordinal)}).".Replace("11er", "11", StringComparison.Ordinal).Replace("21er", "21", StringComparison.Ordinal).Replace("31er", "31", StringComparison.Ordinal), copied);
        await page.Context.CloseAsync();
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task A_former_address_leads_to_the_write_up(bool overHttp)
    {
        var page = await fixture.NewPageAsync();
        var root = overHttp ? fixture.HttpBase : fixture.FileBase;
        // The refresh may start before the first page has even finished loading: wait on the address and
        // the heading, not on a "load" event that can belong to either page.
        await page.GotoAsync(root + "fiches/des-locataires-face-aux-charges-de-chauffage/index.html", new() { WaitUntil = WaitUntilState.Commit });
        await Assertions.Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/fiches/des-locataires-face-aux-factures-d-energie/index\\.html$"));
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Des locataires s’organisent face à leurs charges de chauffage");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task The_redirect_page_and_a_filled_selection_have_no_wcag_21_aa_violation()
    {
        var page = await fixture.NewPageAsync();
        // Served without its refresh tag, so that the page stays to be checked.
        await page.RouteAsync("**/des-locataires-face-aux-charges-de-chauffage/index.html", async route =>
        {
            var response = await route.FetchAsync();
            var body = System.Text.RegularExpressions.Regex.Replace(await response.TextAsync(), "<meta http-equiv=\"refresh\"[^>]*>", "");
            await route.FulfillAsync(new() { Response = response, Body = body });
        });
        await page.GotoAsync(fixture.HttpBase + "fiches/des-locataires-face-aux-charges-de-chauffage/index.html");
        Assert.Equal("Cette fiche a changé d’adresse", (await page.Locator("h1").InnerTextAsync()).Trim());
        var violations = await Axe.ViolationsAsync(page);
        Assert.True(violations.Count == 0, string.Join("\n", violations));

        await page.GotoAsync(fixture.HttpBase + "selection/index.html?fiches=des-films-pour-changer-le-regard,une-cuisine-collective-dans-le-quartier");
        await Assertions.Expect(page.Locator("[data-handout][data-ready]")).ToHaveCountAsync(1);
        violations = await Axe.ViolationsAsync(page);
        Assert.True(violations.Count == 0, string.Join("\n", violations));
        Directory.CreateDirectory(Path.Combine(Repository.Artifacts, "screenshots"));
        await page.ScreenshotAsync(new() { Path = Path.Combine(Repository.Artifacts, "screenshots", "selection-remplie-1280.png"), FullPage = true });
        await page.Context.CloseAsync();
    }

    [Theory]
    [InlineData("parcours/le-pouvoir-d-agir-en-pratique/index.html")]
    [InlineData("selection/index.html?fiches=des-films-pour-changer-le-regard,une-cuisine-collective-dans-le-quartier")]
    [InlineData("donnees/index.html")]
    [InlineData("fiches/des-films-pour-changer-le-regard/index.html#citer")]
    public async Task The_new_pages_fit_a_phone_screen_without_horizontal_scrolling(string path)
    {
        var page = await fixture.NewPageAsync(375, 800);
        await page.GotoAsync(fixture.HttpBase + path);
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        var overflow = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - document.documentElement.clientWidth");
        Assert.True(overflow <= 0, $"{path} scrolls horizontally by {overflow}px at 375px");
        await page.Context.CloseAsync();
    }
}
