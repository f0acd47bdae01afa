using System.Text.Json;
using Microsoft.Playwright;
using Osez.Browser.Tests.Support;

namespace Osez.Browser.Tests;

/// <summary>« Ma sélection »: gathered from several pages, reordered with the keyboard, exported, shared, and printed as one handout.</summary>
public sealed class SelectionTests(BrowserFixture fixture)
{
    private const string Kitchen = "une-cuisine-collective-dans-le-quartier";
    private const string Peers = "un-groupe-de-pairs-pour-chercher-un-emploi";
    private const string Films = "des-films-pour-changer-le-regard";

    private static readonly Dictionary<string, (string Title, string Reference)> Expected = new()
    {
        [Kitchen] = ("Une cuisine collective pour celles et ceux qui n’ont pas de cuisine",
            "LEFORT Nathalie et Le comité cuisine, 2025. « Une cuisine collective pour celles et ceux qui n’ont pas de cuisine ». Osez le collectif [en ligne]."),
        [Peers] = ("Un groupe de pairs pour chercher un emploi sans rester seul",
            "GIRARD Thomas et WEBER Camille, 2024. « Un groupe de pairs pour chercher un emploi sans rester seul ». Osez le collectif [en ligne]."),
        [Films] = ("Des films pour changer le regard sur le quartier",
            "HADDAD Karim et FONTAINE Élise, 2025. « Des films pour changer le regard sur le quartier ». Osez le collectif [en ligne]. Fiche d’expérience, publiée le 8 avril 2025, mise à jour le 20 octobre 2025."),
    };

    private static async Task AddFromAsync(IPage page, string url, string slug)
    {
        await page.GotoAsync(url);
        var toggle = page.Locator($"[data-selection-toggle='{slug}']").First;
        await Assertions.Expect(toggle).ToBeVisibleAsync();
        await Assertions.Expect(toggle).ToContainTextAsync("Ajouter à ma sélection");
        await toggle.ClickAsync();
        await Assertions.Expect(toggle).ToContainTextAsync("Retirer de ma sélection");
    }

    private static async Task<IReadOnlyList<string>> OrderAsync(IPage page)
        => await page.Locator("[data-selection-list] > li").EvaluateAllAsync<string[]>("items => items.map(i => i.dataset.slug)");

    private static async Task<string> FocusedLabelAsync(IPage page)
        => await page.EvaluateAsync<string>("() => document.activeElement.getAttribute('aria-label') || ''");

    [Fact]
    public async Task Three_write_ups_from_three_pages_are_reordered_with_the_keyboard_exported_and_printed_as_one_handout()
    {
        var page = await fixture.NewPageAsync();
        var root = fixture.HttpBase;
        await AddFromAsync(page, root + "index.html", Kitchen);
        await AddFromAsync(page, root + "fiches/index.html", Peers);
        await AddFromAsync(page, root + $"fiches/{Films}/index.html", Films);
        await Assertions.Expect(page.Locator(".site-nav [data-selection-count]")).ToHaveTextAsync(" (3)");

        await page.GetByRole(AriaRole.Navigation, new() { Name = "Menu principal" }).GetByRole(AriaRole.Link, new() { Name = "Ma sélection" }).ClickAsync();
        await page.WaitForURLAsync("**/selection/index.html", new() { WaitUntil = WaitUntilState.DOMContentLoaded });
        await Assertions.Expect(page.Locator("[data-selection-list] > li")).ToHaveCountAsync(3);
        Assert.Equal([Kitchen, Peers, Films], await OrderAsync(page));

        // Keyboard only: focus « Descendre » of the first, press Enter; focus follows the moved item.
        await page.GetByRole(AriaRole.Button, new() { Name = $"Descendre « {Expected[Kitchen].Title} »" }).FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        Assert.Equal([Peers, Kitchen, Films], await OrderAsync(page));
        Assert.Equal($"Descendre « {Expected[Kitchen].Title} »", await FocusedLabelAsync(page));
        await Assertions.Expect(page.Locator("[data-selection-live]")).ToHaveTextAsync($"« {Expected[Kitchen].Title} » est maintenant en position 2 sur 3.");
        await page.Keyboard.PressAsync("Enter");
        Assert.Equal([Peers, Films, Kitchen], await OrderAsync(page));
        // At the bottom « Descendre » is disabled: focus moves to « Monter » of the same item.
        Assert.Equal($"Monter « {Expected[Kitchen].Title} »", await FocusedLabelAsync(page));
        string[] order = [Peers, Films, Kitchen];
        Assert.Equal(order, await page.EvaluateAsync<string[]>("() => OsezSelection.get()"));

        // The share link carries the slugs in order.
        Assert.EndsWith("selection/index.html?fiches=" + string.Join(',', order), await page.Locator("[data-share-link]").InputValueAsync());

        // Exports of the selection, in its order, in the three formats.
        var bibtex = await DownloadAsync(page, "BibTeX");
        Assert.Equal("ma-selection.bib", bibtex.Name);
        Assert.Equal(order, System.Text.RegularExpressions.Regex.Matches(bibtex.Text, @"@techreport\{([a-z0-9-]+),").Select(m => m.Groups[1].Value));
        var ris = await DownloadAsync(page, "RIS");
        Assert.Equal(3, System.Text.RegularExpressions.Regex.Matches(ris.Text, "^TY  - RPRT\r$", System.Text.RegularExpressions.RegexOptions.Multiline).Count);
        var csl = await DownloadAsync(page, "CSL-JSON");
        using (var json = JsonDocument.Parse(csl.Text))
            Assert.Equal(order, json.RootElement.EnumerateArray().Select(i => i.GetProperty("id").GetString()));

        // Print: one handout with a table of contents, each write-up with its reference.
        await Assertions.Expect(page.Locator("[data-handout][data-ready]")).ToHaveCountAsync(1);
        Directory.CreateDirectory(Path.Combine(Repository.Artifacts, "screenshots"));
        var pdf = Path.Combine(Repository.Artifacts, "selection-handout.pdf");
        await page.PdfAsync(new PagePdfOptions { Path = pdf, Format = "A4", PrintBackground = true });
        var text = PdfText.Read(pdf);
        Assert.Contains("Sélection de fiches d’expérience", text);
        Assert.Contains("Sommaire", text);
        Assert.DoesNotContain("Menu principal", text);
        Assert.DoesNotContain("Exporter les références", text);
        var positions = order.Select(slug => text.IndexOf(Expected[slug].Reference, StringComparison.Ordinal)).ToList();
        Assert.All(positions.Zip(order), p => Assert.True(p.First >= 0, $"reference of {p.Second} not in the PDF:\n{text}"));
        Assert.Equal(positions.Order(), positions);
        foreach (var slug in order)
        {
            // Title in the contents and again above its text, then the text itself.
            var first = text.IndexOf(Expected[slug].Title, StringComparison.Ordinal);
            Assert.True(first >= 0 && text.IndexOf(Expected[slug].Title, first + 1, StringComparison.Ordinal) > first, $"{slug}: title twice");
        }
        Assert.Contains("Partir de la colère, pas du projet", text);
        // Illustrative write-ups say so in the handout too.
        Assert.Contains("Fiche illustrative. Cette fiche a été rédigée pour montrer le fonctionnement du site.", text);
        Assert.Contains("consulté le", text);
        PdfText.Pages(pdf, Path.Combine(Repository.Artifacts, "screenshots", "selection-handout"), 1, 2);
        await page.Context.CloseAsync();
    }

    private static async Task<(string Name, string Text)> DownloadAsync(IPage page, string format)
    {
        var waiting = page.WaitForDownloadAsync();
        await page.Locator("[data-export]", new() { HasTextString = format }).ClickAsync();
        var download = await waiting;
        var path = await download.PathAsync();
        return (download.SuggestedFilename, await File.ReadAllTextAsync(path));
    }

    [Fact]
    public async Task The_selection_works_from_disk_including_the_handout_and_the_exports()
    {
        var page = await fixture.NewPageAsync();
        await AddFromAsync(page, fixture.FileBase + $"fiches/{Films}/index.html", Films);
        await AddFromAsync(page, fixture.FileBase + "parcours/demarrer-un-groupe-d-habitants/index.html", Kitchen);
        await page.GotoAsync(fixture.FileBase + "selection/index.html");
        await Assertions.Expect(page.Locator("[data-selection-list] > li")).ToHaveCountAsync(2);
        Assert.Equal([Films, Kitchen], await OrderAsync(page));
        await Assertions.Expect(page.Locator("[data-handout][data-ready]")).ToHaveCountAsync(1);
        Assert.Contains("Partir de la colère", await page.Locator("[data-handout-items]").TextContentAsync());
        // Images and links of a text are resolved against the write-up's own folder.
        var link = await page.Locator("[data-handout-items] a[href*='fiches/des-jeunes-enquetent-sur-le-logement/index.html']").First.GetAttributeAsync("href");
        Assert.StartsWith("file://", link);
        var ris = await DownloadAsync(page, "RIS");
        Assert.Contains("TI  - Des films pour changer le regard sur le quartier", ris.Text);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task A_shared_link_shows_its_selection_and_can_become_mine()
    {
        var page = await fixture.NewPageAsync();
        await page.GotoAsync(fixture.HttpBase + $"selection/index.html?fiches={Peers},{Films},n-existe-plus");
        await Assertions.Expect(page.Locator("[data-selection-list] > li")).ToHaveCountAsync(2);
        Assert.Equal([Peers, Films], await OrderAsync(page));
        await Assertions.Expect(page.Locator("[data-shared-notice]")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("[data-selection-unknown]")).ToContainTextAsync("n-existe-plus");
        Assert.Empty(await page.EvaluateAsync<string[]>("() => OsezSelection.get()"));

        await page.GetByRole(AriaRole.Button, new() { Name = "Remplacer ma sélection par celle-ci" }).ClickAsync();
        Assert.Equal([Peers, Films], await page.EvaluateAsync<string[]>("() => OsezSelection.get()"));
        await Assertions.Expect(page.Locator("[data-shared-notice]")).ToBeHiddenAsync();
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task A_learning_path_adds_all_its_write_ups_in_order()
    {
        var page = await fixture.NewPageAsync();
        await page.GotoAsync(fixture.HttpBase + "parcours/le-pouvoir-d-agir-en-pratique/index.html");
        await page.GetByRole(AriaRole.Button, new() { Name = "Ajouter tout le parcours à ma sélection" }).ClickAsync();
        var stored = await page.EvaluateAsync<string[]>("() => OsezSelection.get()");
        Assert.Equal(5, stored.Length);
        Assert.Equal("des-habitants-relais-pour-l-acces-aux-droits-a-la-reunion", stored[0]);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Any_page_can_export_a_list_of_write_ups_with_a_button_and_no_script_of_its_own()
    {
        var page = await fixture.NewPageAsync();
        await page.GotoAsync(fixture.HttpBase + "selection/index.html");
        // As the search page does: a listed set of slugs, or a function that gives the current results.
        await page.EvaluateAsync($$"""
            () => {
              window.Results = { slugs() { return ['{{Films}}', 'n-existe-pas', '{{Peers}}']; } };
              document.querySelector('main').insertAdjacentHTML('beforeend',
                '<button type="button" id="listed" data-citations-export="bibtex" data-citations-slugs="{{Kitchen}}">BibTeX</button>' +
                '<button type="button" id="current" data-citations-export="csl-json" data-citations-from="Results.slugs" data-citations-name="recherche">CSL-JSON</button>');
            }
            """);
        var waiting = page.WaitForDownloadAsync();
        await page.Locator("#listed").ClickAsync();
        var listed = await waiting;
        Assert.Equal("references.bib", listed.SuggestedFilename);
        Assert.StartsWith($"@techreport{{{Kitchen},", File.ReadAllText((await listed.PathAsync())!));

        waiting = page.WaitForDownloadAsync();
        await page.Locator("#current").ClickAsync();
        var current = await waiting;
        Assert.Equal("recherche.json", current.SuggestedFilename);
        using var json = JsonDocument.Parse(File.ReadAllText((await current.PathAsync())!));
        Assert.Equal([Films, Peers], json.RootElement.EnumerateArray().Select(i => i.GetProperty("id").GetString()));
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task The_search_page_exports_its_results_and_adds_them_to_the_selection()
    {
        var page = await fixture.NewPageAsync();
        await page.GotoAsync(fixture.HttpBase + "recherche/index.html");
        await Assertions.Expect(page.Locator("#recherche[data-ready=true]")).ToHaveCountAsync(1);
        await page.Locator("#q").PressSequentiallyAsync("locataires", new() { Delay = 20 });
        await Assertions.Expect(page.Locator("#resultats-nombre")).ToContainTextAsync("pour « locataires »");
        var titles = (await page.Locator("#resultats-liste .card__title a").AllInnerTextsAsync()).Select(t => t.Trim()).ToList();
        Assert.NotEmpty(titles);

        var waiting = page.WaitForDownloadAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "RIS", Exact = true }).ClickAsync();
        var download = await waiting;
        Assert.Equal("recherche.ris", download.SuggestedFilename);
        var ris = File.ReadAllText((await download.PathAsync())!);
        Assert.Equal(titles, System.Text.RegularExpressions.Regex.Matches(ris, @"^TI  - (.*)\r$", System.Text.RegularExpressions.RegexOptions.Multiline).Select(m => m.Groups[1].Value));

        var first = page.Locator("#resultats-liste [data-selection-toggle]").First;
        await Assertions.Expect(first).ToContainTextAsync("Ajouter à ma sélection");
        await first.ClickAsync();
        await Assertions.Expect(first).ToContainTextAsync("Retirer de ma sélection");
        var slug = await first.GetAttributeAsync("data-selection-toggle");
        Assert.Equal([slug!], await page.EvaluateAsync<string[]>("() => OsezSelection.get()"));
        await page.Context.CloseAsync();
    }
}
