using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Osez.Browser.Tests.Support;
using Osez.Citing;
using static Microsoft.Playwright.Assertions;

namespace Osez.Browser.Tests;

/// <summary>
/// « Ma sélection » and the search exports on a site of 1,100 generated write-ups: a page loads the
/// references and texts of the write-ups it shows only (their chunks), over http and from disk.
/// </summary>
public sealed class ChunkedSelectionTests(BrowserFixture fixture)
{
    private static GeneratedSite Site => GeneratedSite.Instance;

    private static IReadOnlyList<string> Slugs() => Directory.GetDirectories(Path.Combine(Site.Folder, "fiches"))
        .Select(Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal).ToList();

    /// <summary>The chunk files the page has loaded, relative to donnees/ ("references/3-abc.js").</summary>
    private static async Task<string[]> LoadedAsync(IPage page)
        => await page.EvaluateAsync<string[]>(
            "() => [...document.querySelectorAll('script[src*=\"donnees/\"]')].map(s => s.getAttribute('src').replace(/^.*donnees\\//, ''))");

    private static int[] Numbers(IEnumerable<string> files, string kind)
        => [.. files.Where(f => f.StartsWith(kind + "/", StringComparison.Ordinal)).Select(f => int.Parse(Regex.Match(f, @"/(\d+)-").Groups[1].Value)).Order()];

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task A_shared_selection_loads_only_the_chunks_of_its_write_ups_and_prints_them(bool overHttp)
    {
        var slugs = Slugs();
        Assert.Equal(GeneratedSite.Count, slugs.Count);
        var count = ReferenceChunks.CountFor(slugs.Count);
        // Three write-ups from three different chunks, and slugs that are no write-up (one named like a property every object has).
        var picked = slugs.Where((s, i) => i % 97 == 3).DistinctBy(s => ReferenceChunks.Of(s, count)).Take(3).ToList();
        Assert.Equal(3, picked.Count);
        string[] unknown = ["n-existe-pas", "constructor"];

        var page = await fixture.NewPageAsync();
        await page.GotoAsync((overHttp ? Site.HttpBase : Site.FileBase) + $"selection/index.html?fiches={string.Join(',', picked.Concat(unknown))}");
        await Expect(page.Locator("[data-selection-list] > li")).ToHaveCountAsync(3);
        Assert.Equal(picked, await page.Locator("[data-selection-list] > li").EvaluateAllAsync<string[]>("items => items.map(i => i.dataset.slug)"));
        await Expect(page.Locator("[data-selection-unknown]")).ToContainTextAsync(string.Join(", ", unknown));
        await Expect(page.Locator("[data-handout][data-ready]")).ToHaveCountAsync(1);

        var loaded = await LoadedAsync(page);
        Assert.Contains("references.js", loaded);
        Assert.Equal(picked.Concat(unknown).Select(s => ReferenceChunks.Of(s, count)).Distinct().Order(), Numbers(loaded, "references"));
        Assert.Equal(picked.Select(s => ReferenceChunks.Of(s, count)).Distinct().Order(), Numbers(loaded, "contenus"));
        Assert.True(count > 10, $"only {count} chunks");

        // The handout: a table of contents and each write-up with its title and its text.
        var listed = (await page.Locator("[data-selection-list] .selection__title").AllInnerTextsAsync()).Select(t => t.Trim()).ToList();
        var contents = (await page.Locator("[data-handout-toc] a").AllInnerTextsAsync()).Select(t => t.Trim()).ToList();
        Assert.Equal(listed, contents);
        Assert.Equal(listed, (await page.Locator("[data-handout-items] .handout__item-title").AllInnerTextsAsync()).Select(t => t.Trim()));
        foreach (var body in await page.Locator("[data-handout-items] .handout__body").AllInnerTextsAsync())
            Assert.True(body.Length > 2000, $"a text of {body.Length} characters");

        // The exports hold the three, in order.
        var waiting = page.WaitForDownloadAsync();
        await page.Locator("[data-export]", new() { HasTextString = "RIS" }).ClickAsync();
        var ris = File.ReadAllText((await (await waiting).PathAsync())!);
        Assert.Equal(picked, Regex.Matches(ris, @"^ID  - (.*)\r$", RegexOptions.Multiline).Select(m => m.Groups[1].Value));
        // The exports carry the titles as their authors wrote them; the pages show them typeset (typographic apostrophe).
        Assert.Equal(listed, Regex.Matches(ris, @"^TI  - (.*)\r$", RegexOptions.Multiline).Select(m => m.Groups[1].Value.Replace('\'', '’')));
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task The_search_exports_its_results_from_their_chunks_only()
    {
        var page = await fixture.NewPageAsync();
        // A place name of the generated corpus, in a few dozen write-ups.
        await page.GotoAsync(Site.HttpBase + "recherche/index.html?q=Beaukuli%C3%A8res");
        await Expect(page.Locator("#recherche[data-ready=true]")).ToHaveCountAsync(1);
        await Expect(page.Locator("#resultats-nombre")).ToHaveTextAsync(new Regex("trouvées? pour « Beaukulières »"));
        var slugs = await page.EvaluateAsync<string[]>("() => window.OsezRecherche.currentSlugs()");
        Assert.NotEmpty(slugs);

        var waiting = page.WaitForDownloadAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "BibTeX", Exact = true }).ClickAsync();
        var download = await waiting;
        Assert.Equal("recherche.bib", download.SuggestedFilename);
        var bibtex = File.ReadAllText((await download.PathAsync())!);
        Assert.Equal(slugs, Regex.Matches(bibtex, @"@techreport\{([a-z0-9-]+),").Select(m => m.Groups[1].Value));

        var count = ReferenceChunks.CountFor(GeneratedSite.Count);
        var loaded = await LoadedAsync(page);
        Assert.Equal(slugs.Select(s => ReferenceChunks.Of(s, count)).Distinct().Order(), Numbers(loaded, "references"));
        Assert.True(Numbers(loaded, "references").Length < count, $"{slugs.Length} results loaded every chunk");
        Assert.Empty(Numbers(loaded, "contenus"));
        await page.Context.CloseAsync();
    }
}
