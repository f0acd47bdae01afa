using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Osez.Browser.Tests.Support;
using static Microsoft.Playwright.Assertions;

namespace Osez.Browser.Tests;

/// <summary>
/// The search page on a site whose index is cut into many shards (1,100 generated write-ups): a query
/// loads only its shards, facet counts and filters stay right across chunks of write-ups, patterns and
/// approximate words work, broad patterns are refused with a message, and file:// gives the same.
/// </summary>
public sealed class ShardedSearchTests(BrowserFixture fixture)
{
    private static GeneratedSite Site => GeneratedSite.Instance;

    private async Task<IPage> OpenAsync(string baseUrl, string query = "")
    {
        var page = await fixture.NewPageAsync();
        await page.GotoAsync(baseUrl + "recherche/index.html" + query);
        await Expect(page.Locator("#recherche[data-ready=true]")).ToHaveCountAsync(1);
        return page;
    }

    /// <summary>The data files the page loaded, by kind: t (index shards), f (facet values), fiches (results), mots (term list).</summary>
    private static async Task<string[]> LoadedAsync(IPage page)
        => await page.EvaluateAsync<string[]>(
            "() => performance.getEntriesByType('resource').map(e => e.name).filter(n => /recherche\\/donnees-/.test(n)).map(n => n.replace(/^.*donnees-[0-9a-f]+\\//, ''))");

    private static async Task<int> FoundAsync(IPage page)
    {
        var text = await page.Locator("#resultats-nombre").InnerTextAsync();
        var match = Regex.Match(text, @"^([\d\u202F\u00A0 ]+) fiches? trouvées?");
        Assert.True(match.Success, $"unexpected count: {text}");
        return int.Parse(Regex.Replace(match.Groups[1].Value, @"\D", ""));
    }

    private static async Task<int> FacetSumAsync(IPage page, string param)
    {
        var counts = await page.Locator($"fieldset[data-param={param}] .facet__count").AllInnerTextsAsync();
        return counts.Sum(c => int.Parse(Regex.Replace(c, @"\D", "")));
    }

    [Fact]
    public async Task A_word_loads_one_shard_and_facet_counts_add_up_across_chunks()
    {
        var page = await OpenAsync(Site.HttpBase, "?q=logement");
        await Expect(page.Locator("#resultats-nombre")).ToHaveTextAsync(new Regex("fiches trouvées pour « logement »"));
        var found = await FoundAsync(page);
        Assert.InRange(found, 100, GeneratedSite.Count);
        var loaded = await LoadedAsync(page);
        Assert.Single(loaded, f => Regex.IsMatch(f, @"^t\d+\.js$"));
        Assert.DoesNotContain("mots.js", loaded);
        Assert.Contains("f0.js", loaded);
        Assert.Contains("f1.js", loaded);
        Assert.Equal(20, loaded.Count(f => f.StartsWith("fiches/", StringComparison.Ordinal)));
        // Every write-up has one department and one level of participation: their counts add up to the results.
        Assert.Equal(found, await FacetSumAsync(page, "departements"));
        Assert.Equal(found, await FacetSumAsync(page, "niveaux-de-participation"));

        // A filter: the count beside the box becomes the number of results.
        var box = page.Locator("fieldset[data-param=niveaux-de-participation] li").First;
        var expected = int.Parse(Regex.Replace(await box.Locator(".facet__count").InnerTextAsync(), @"\D", ""));
        await box.Locator("input").CheckAsync();
        await Expect(page.Locator("#resultats-nombre")).ToHaveTextAsync(new Regex($"^{expected} fiches? trouvées?"));
        Assert.Equal(expected, await FacetSumAsync(page, "departements"));

        // Sorted by date: the results of the first page are newest first, and the full list follows.
        await page.SelectOptionAsync("#tri", "date");
        await Expect(page).ToHaveURLAsync(new Regex("tri=date"));
        var dates = await page.Locator("#resultats-liste time").EvaluateAllAsync<string[]>("els => els.map(e => e.dateTime)");
        Assert.Equal(dates.OrderDescending(StringComparer.Ordinal), dates);
        var slugs = await page.EvaluateAsync<string[]>("() => window.OsezRecherche.currentSlugs()");
        Assert.Equal(expected, slugs.Length);
        Assert.Equal(slugs.Length, slugs.Distinct().Count());
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Patterns_and_approximate_words_work_and_broad_ones_are_refused_with_a_message()
    {
        var page = await OpenAsync(Site.HttpBase, "?q=%C3%A9qui*");
        await Expect(page.Locator("#resultats-nombre")).ToHaveTextAsync(new Regex("fiches trouvées pour « équi\\* »"));
        Assert.True(await FoundAsync(page) > 0);
        await Expect(page.Locator("#resultats-liste mark").First).ToBeVisibleAsync();
        await Expect(page.Locator("#recherche-alerte")).ToBeHiddenAsync();
        Assert.DoesNotContain("mots.js", await LoadedAsync(page));

        await page.Locator("#q").FillAsync("famile~1");
        await page.Locator("#q").PressAsync("Enter");
        await Expect(page.Locator("#resultats-nombre")).ToHaveTextAsync(new Regex("fiches trouvées pour « famile~1 »"));
        Assert.True(await FoundAsync(page) > 0);
        // An approximate word needs the list of every word of the index, loaded then only.
        Assert.Contains("mots.js", await LoadedAsync(page));

        await page.Locator("#q").FillAsync("l*");
        await page.Locator("#q").PressAsync("Enter");
        await Expect(page.Locator("#recherche-alerte")).ToHaveTextAsync("« l* » : mettez au moins 3 lettres avant l'étoile (« équi* » trouve « équipe », « équipement »).");
        await Expect(page.Locator("#resultats-nombre")).ToHaveTextAsync("0 fiche trouvée pour « l* »");

        await page.Locator("#q").FillAsync("logement fami~2");
        await page.Locator("#q").PressAsync("Enter");
        await Expect(page.Locator("#recherche-alerte")).ToContainTextAsync("« fami~2 » : la recherche approchée");
        // The other words are still searched.
        await Expect(page.Locator("#resultats-nombre")).ToHaveTextAsync(new Regex("fiches trouvées pour « logement fami~2 »"));
        Assert.True(await FoundAsync(page) > 0);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Typing_shows_results_and_file_gives_the_same_as_http()
    {
        var page = await OpenAsync(Site.HttpBase);
        await Expect(page.Locator("#resultats-nombre")).ToHaveTextAsync($"{GeneratedSite.Count:N0} fiches".Replace(",", "\u202F"));
        await page.Locator("#q").PressSequentiallyAsync("familles mono", new() { Delay = 40 });
        await Expect(page.Locator("#resultats-nombre")).ToHaveTextAsync(new Regex("fiches trouvées pour « familles mono »"));
        var typed = await FoundAsync(page);
        Assert.True(typed > 0);

        var disk = await OpenAsync(Site.FileBase, "?q=jardin+partag%C3%A9");
        var http = await OpenAsync(Site.HttpBase, "?q=jardin+partag%C3%A9");
        Assert.Equal(await FoundAsync(http), await FoundAsync(disk));
        Assert.Equal(await http.EvaluateAsync<string[]>("() => window.OsezRecherche.currentSlugs()"),
            await disk.EvaluateAsync<string[]>("() => window.OsezRecherche.currentSlugs()"));
        await page.Context.CloseAsync();
        await disk.Context.CloseAsync();
        await http.Context.CloseAsync();
    }
}
