using Microsoft.Playwright;
using Osez.Browser.Tests.Support;
using Osez.Building;
using Osez.Configuration;

namespace Osez.Browser.Tests;

/// <summary>Sending a proposal privately to the editorial team, and keeping the writing until it is sent.</summary>
public sealed class ProposalSendingTests(BrowserFixture fixture)
{
    private const string TeamEmail = "redaction@centre-ressources.exemple.org";

    /// <summary>The shipped site with an editorial team in its site.yml, built to disk: its form page's address.</summary>
    private static string BuildWithTeam(SiteCopy site)
    {
        File.AppendAllText(site.File("site.yml"), $"redaction:\n  courriel: {TeamEmail}\n  nom: Comité éditorial\n  suite: Nous répondons sous quinze jours.\n");
        var output = Path.Combine(site.Root, "output");
        var result = SiteBuilder.Default.Run(new BuildOptions(SitePaths.From(site.Content, Repository.Templates, output), OutputMode.Disk));
        Assert.True(result.Written, string.Join("\n", result.Diagnostics.Select(d => d.Message)));
        Assert.DoesNotContain(result.Diagnostics, d => d.Code == "KB0508");
        return new Uri(Path.Combine(output, "proposer", "index.html")).AbsoluteUri;
    }

    private static async Task FillRequiredAsync(IPage page)
    {
        await page.GetByLabel("J’ai lu la charte").CheckAsync();
        await page.Locator("#champ-titre").FillAsync("Un atelier « cuisine et budget » avec des parents");
        await page.Locator("#champ-nom").FillAsync("Fontaine");
        await page.Locator("#champ-prenom").FillAsync("Élise");
        await page.Locator("#champ-debut-mois").SelectOptionAsync("09");
        await page.Locator("#champ-debut-annee").SelectOptionAsync("2024");
        await page.Locator("#champ-thematiques").GetByLabel("Alimentation").CheckAsync();
        await page.Locator("#champ-publics").GetByLabel("Parents", new() { Exact = true }).CheckAsync();
        await page.Locator("#champ-demarches").GetByLabel("Travail social avec les groupes").CheckAsync();
        await page.Locator("#champ-niveau-participation").GetByLabel("Coconstruction").CheckAsync();
        await page.Locator("#champ-structure-porteuse").SelectOptionAsync("centre-social");
        await page.Locator("#champ-territoire-type").GetByLabel("Périurbain").CheckAsync();
        await page.Locator("#champ-territoire-departement").SelectOptionAsync("2A");
    }

    [Fact]
    public async Task A_draft_survives_a_reload_and_is_given_back_only_when_asked()
    {
        var page = await fixture.NewPageAsync();
        await page.GotoAsync(fixture.FileBase + "proposer/index.html");
        await Assertions.Expect(page.Locator("#proposer-reprise")).ToBeHiddenAsync();
        await page.Locator("#champ-titre").FillAsync("Un groupe de parents au collège");
        await page.GetByLabel("Oui, elle est terminée").CheckAsync();
        await page.Locator("#partie-contexte").FillAsync("Une heure d'écriture qu'une mise à jour du poste ne doit pas effacer.");

        await page.ReloadAsync();

        var banner = page.Locator("#proposer-reprise");
        await Assertions.Expect(banner).ToBeVisibleAsync();
        await Assertions.Expect(banner).ToContainTextAsync("Un brouillon du");
        Assert.Equal("", await page.Locator("#champ-titre").InputValueAsync());
        await page.GetByRole(AriaRole.Button, new() { Name = "Reprendre le brouillon" }).ClickAsync();
        Assert.Equal("Un groupe de parents au collège", await page.Locator("#champ-titre").InputValueAsync());
        Assert.Equal("Une heure d'écriture qu'une mise à jour du poste ne doit pas effacer.", await page.Locator("#partie-contexte").InputValueAsync());
        Assert.True(await page.GetByLabel("Oui, elle est terminée").IsCheckedAsync());
        await Assertions.Expect(page.Locator("#bloc-fin")).ToBeVisibleAsync();
        await Assertions.Expect(banner).ToBeHiddenAsync();

        // Starting again forgets it: the next visit offers nothing.
        await page.ReloadAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Recommencer" }).ClickAsync();
        Assert.Equal("", await page.Locator("#champ-titre").InputValueAsync());
        await page.ReloadAsync();
        await Assertions.Expect(page.Locator("#proposer-reprise")).ToBeHiddenAsync();
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Leaving_with_writing_not_sent_asks_first()
    {
        var page = await fixture.NewPageAsync();
        await page.GotoAsync(fixture.FileBase + "proposer/index.html");
        await page.Locator("#champ-titre").FillAsync("Un groupe de parents au collège");
        Assert.True(await WouldAskBeforeLeavingAsync(page));
        await page.Locator("#champ-titre").FillAsync("");
        Assert.False(await WouldAskBeforeLeavingAsync(page));
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Sending_to_the_team_opens_a_mail_to_its_address_and_downloads_the_file()
    {
        using var site = new SiteCopy();
        var form = BuildWithTeam(site);
        var page = await fixture.NewPageAsync(390, 844);
        await page.GotoAsync(form);
        await FillRequiredAsync(page);
        await page.GetByRole(AriaRole.Button, new() { Name = "Préparer le fichier" }).ClickAsync();
        await Assertions.Expect(page.GetByText("Comité éditorial", new() { Exact = false }).First).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByText("Nous répondons sous quinze jours.")).ToBeVisibleAsync();

        var send = page.GetByRole(AriaRole.Link, new() { Name = "Envoyer à l’équipe" });
        var download = page.WaitForDownloadAsync();
        await send.EvaluateAsync("a => a.addEventListener('click', e => e.preventDefault())"); // no mail program in the test
        await send.ClickAsync();
        var file = await download;
        Assert.Equal("un-atelier-cuisine-et-budget-avec-des-parents.md", file.SuggestedFilename);
        var text = await File.ReadAllTextAsync(await file.PathAsync(), TestContext.Current.CancellationToken);
        Assert.StartsWith("---\n", text);
        Assert.Equal(text, await page.Locator("#resultat-texte").InputValueAsync());

        var href = await send.GetAttributeAsync("href") ?? "";
        Assert.StartsWith($"mailto:{TeamEmail}?subject=", href);
        var query = href[(href.IndexOf('?') + 1)..].Split('&').Select(p => p.Split('=', 2)).ToDictionary(p => p[0], p => Uri.UnescapeDataString(p[1]));
        Assert.Equal("Proposition de fiche : Un atelier « cuisine et budget » avec des parents", query["subject"]);
        Assert.Equal("Bonjour,\r\n\r\nJe vous propose une fiche d'expérience : « Un atelier « cuisine et budget » avec des parents ».\r\n"
            + "Le fichier un-atelier-cuisine-et-budget-avec-des-parents.md est joint à ce message.\r\n\r\nÉlise Fontaine", query["body"]);
        await Assertions.Expect(page.Locator("#proposer-statut")).ToContainTextAsync("Joignez-y le fichier un-atelier-cuisine-et-budget-avec-des-parents.md");
        await ScreenshotAsync(page, "proposer-envoyer-telephone");

        // Once sent, the draft is forgotten and leaving no longer asks.
        await page.GetByRole(AriaRole.Button, new() { Name = "J’ai envoyé ma proposition" }).ClickAsync();
        Assert.Null(await page.EvaluateAsync<string?>("() => localStorage.getItem('osez-proposition:Osez le collectif')"));
        Assert.False(await WouldAskBeforeLeavingAsync(page));

        // The footer of every page says how to write to the team.
        var home = await page.Context.NewPageAsync();
        await page.CloseAsync();
        await home.GotoAsync(form.Replace("proposer/index.html", "index.html", StringComparison.Ordinal));
        await Assertions.Expect(home.Locator("footer").GetByRole(AriaRole.Link, new() { Name = "Comité éditorial" })).ToHaveAttributeAsync("href", "mailto:" + TeamEmail);
        await home.Context.CloseAsync();
    }

    [Fact]
    public async Task Without_a_team_address_the_page_says_who_to_contact_and_the_build_says_what_to_set()
    {
        var page = await fixture.NewPageAsync();
        await page.GotoAsync(fixture.FileBase + "proposer/index.html");
        await FillRequiredAsync(page);
        await page.GetByRole(AriaRole.Button, new() { Name = "Préparer le fichier" }).ClickAsync();
        await Assertions.Expect(page.Locator("#proposer-sans-equipe")).ToContainTextAsync("Collectif Osez le collectif, qui publie ce site");
        Assert.Equal(0, await page.GetByRole(AriaRole.Link, new() { Name = "Envoyer à l’équipe" }).CountAsync());
        await page.Context.CloseAsync();

        using var site = new SiteCopy();
        var result = SiteBuilder.Default.Run(new BuildOptions(SitePaths.From(site.Content, Repository.Templates, Path.Combine(site.Root, "output")), OutputMode.None));
        var said = Assert.Single(result.Diagnostics, d => d.Code == "KB0508");
        Assert.Equal("content/site.yml", said.Location.File);
        Assert.Contains("redaction:\n  courriel:", said.Hint);
    }

    /// <summary>
    /// Whether leaving the page now would ask first: the page's answer to the event the browser sends before leaving
    /// (a real dialog cannot be shown by the headless browser of the tests).
    /// </summary>
    private static Task<bool> WouldAskBeforeLeavingAsync(IPage page)
        => page.EvaluateAsync<bool>("() => { const e = new Event('beforeunload', { cancelable: true }); window.dispatchEvent(e); return e.defaultPrevented; }");

    private static async Task ScreenshotAsync(IPage page, string name)
    {
        Directory.CreateDirectory(Path.Combine(Repository.Artifacts, "screenshots"));
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Repository.Artifacts, "screenshots", name + ".png"), FullPage = false });
    }
}
