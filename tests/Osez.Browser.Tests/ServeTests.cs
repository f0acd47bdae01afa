using Microsoft.Playwright;
using Osez.Browser.Tests.Support;

namespace Osez.Browser.Tests;

/// <summary><c>serve</c> run as a contributor runs it, with a real browser tab open on it.</summary>
public sealed class ServeTests(BrowserFixture fixture)
{
    private const string WriteUp = "fiches/des-films-pour-changer-le-regard.md";
    private static readonly TimeSpan Startup = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task Serve_reloads_the_tab_on_save_shows_an_error_over_the_last_good_page_and_recovers()
    {
        using var site = new SiteCopy();
        using var server = CliProcess.Start("serve", "--content", site.Content, "--templates", Repository.Templates);
        var address = await AddressOf(server);
        Assert.StartsWith("http://127.0.0.1:", address);

        var page = await fixture.NewPageAsync();
        await page.GotoAsync(address + "fiches/des-films-pour-changer-le-regard/");
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Des films pour changer le regard sur le quartier");
        await MarkAsNotReloaded(page);

        // 1. A saved change shows up by itself: the tab reloads (the marker is gone).
        site.Replace(WriteUp, "titre: \"Des films pour changer le regard sur le quartier\"", "titre: \"Des films pour changer le regard sur notre quartier\"");
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Des films pour changer le regard sur notre quartier", new() { Timeout = 15_000 });
        Assert.False(await IsStillTheSamePageLoad(page));

        // The pages come first; the exports (and the search index) follow, without reloading the tab again.
        await MarkAsNotReloaded(page);
        await server.WaitForLineAsync("site complet en", TimeSpan.FromSeconds(15));
        var csv = await page.EvaluateAsync<string>("() => fetch('/donnees/fiches.csv').then(r => r.text())");
        Assert.Contains("Des films pour changer le regard sur notre quartier", csv);
        await page.WaitForTimeoutAsync(500);
        Assert.True(await IsStillTheSamePageLoad(page));

        // 2. An error: the panel names the file, the line and the problem; the last good page stays underneath.
        await MarkAsNotReloaded(page);
        site.Replace(WriteUp, "statut: publie", "statut: publiee");
        var overlay = page.Locator("#osez-erreurs");
        await Assertions.Expect(overlay).ToBeVisibleAsync(new() { Timeout = 15_000 });
        var text = await overlay.InnerTextAsync();
        Assert.Contains("Le site ne se construit plus : une erreur", text);
        Assert.Contains("content/fiches/des-films-pour-changer-le-regard.md, ligne 30", text);
        Assert.Contains("« statut » vaut « publiee »", text);
        Assert.Contains("Vouliez-vous écrire « publie » ?", text);
        Assert.Equal("alert", await overlay.GetAttributeAsync("role"));
        await Assertions.Expect(page.Locator("h1").First).ToHaveTextAsync("Des films pour changer le regard sur notre quartier");
        Assert.Contains("une erreur ; la dernière version correcte reste affichée", server.Output);

        // 3. Fixed: the panel goes, the page is the new version.
        site.Replace(WriteUp, "statut: publiee", "statut: publie");
        site.Replace(WriteUp, "sur notre quartier\"", "sur leur quartier\"");
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Des films pour changer le regard sur leur quartier", new() { Timeout = 15_000 });
        await Assertions.Expect(overlay).ToHaveCountAsync(0);

        // The built files never carry the preview script: it is added when the page is served.
        // Waited for, not counted at once: on a busy machine the tab may still be loading the page it was sent to.
        await Assertions.Expect(page.Locator("script[src='/__osez/livereload.js']")).ToHaveCountAsync(1, new() { Timeout = 15_000 });
        Assert.DoesNotContain(Directory.EnumerateFiles(fixture.SiteFolder, "*.html", SearchOption.AllDirectories),
            file => File.ReadAllText(file).Contains("livereload", StringComparison.Ordinal));
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Serve_stops_at_once_on_ctrl_c_with_a_tab_still_connected()
    {
        using var site = new SiteCopy();
        using var server = CliProcess.Start("serve", "--content", site.Content, "--templates", Repository.Templates);
        var address = await AddressOf(server);
        var page = await fixture.NewPageAsync();
        // The tab holds its event stream open: wait until the server has answered it.
        var stream = page.WaitForResponseAsync(response => response.Url.EndsWith("/__osez/evenements", StringComparison.Ordinal));
        await page.GotoAsync(address);
        Assert.Equal("text/event-stream", (await (await stream).AllHeadersAsync())["content-type"]);

        server.Interrupt();
        // Without care an open event stream holds the host for its whole shutdown timeout (30 s).
        Assert.True(await server.WaitForExitAsync(TimeSpan.FromSeconds(10)), "serve did not stop:\n" + server.Output);
        Assert.Equal(0, server.ExitCode);
        Assert.Contains("Arrêt de l'aperçu.", server.Output);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Serve_starting_on_broken_content_shows_the_errors_then_the_site_once_fixed()
    {
        using var site = new SiteCopy();
        site.Replace("vocabulaires/thematiques.yml", "max: 5", "max: cinq");
        using var server = CliProcess.Start("serve", "--content", site.Content, "--templates", Repository.Templates);
        var address = await AddressOf(server);
        var page = await fixture.NewPageAsync();
        await page.GotoAsync(address);
        await Assertions.Expect(page.Locator("#osez-erreurs")).ToContainTextAsync("content/vocabulaires/thematiques.yml, ligne");
        await Assertions.Expect(page.Locator("#osez-erreurs")).ToContainTextAsync("Aucune version correcte du site n'a encore été construite");

        site.Replace("vocabulaires/thematiques.yml", "max: cinq", "max: 5");
        await Assertions.Expect(page.Locator(".site-title")).ToHaveTextAsync("Osez le collectif", new() { Timeout = 15_000 });
        await Assertions.Expect(page.Locator("#osez-erreurs")).ToHaveCountAsync(0);
        await page.Context.CloseAsync();
    }

    private static async Task<string> AddressOf(CliProcess server)
    {
        var line = await server.WaitForLineAsync("Aperçu du site : ", Startup);
        return line[(line.IndexOf("http", StringComparison.Ordinal))..];
    }

    private static Task MarkAsNotReloaded(IPage page) => page.EvaluateAsync("() => { window.osezSamePageLoad = true; }");

    private static Task<bool> IsStillTheSamePageLoad(IPage page) => page.EvaluateAsync<bool>("() => window.osezSamePageLoad === true");
}
