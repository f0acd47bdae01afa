using Microsoft.Playwright;
using Osez.Browser.Tests.Support;
using Osez.Building;
using Osez.Configuration;

namespace Osez.Browser.Tests;

/// <summary>Sending a proposal privately to the editorial team, and keeping the writing until it is sent.</summary>
public sealed class ProposalSendingTests(BrowserFixture fixture)
{
    internal const string TeamEmail = "redaction@centre-ressources.exemple.org";

    /// <summary>The shipped site with an editorial team in its site.yml, built to disk: its form page's address.</summary>
    internal static string BuildWithTeam(SiteCopy site)
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
        await page.GetByRole(AriaRole.Button, new() { Name = "Ajouter un collègue" }).ClickAsync();
        await page.Locator("#champ-nom-1").FillAsync("Haddad");
        await page.Locator("#champ-images").SetInputFilesAsync(new FilePayload { Name = "affiche.png", MimeType = "image/png", Buffer = Png });
        await page.Locator("#champ-image-alt-1").FillAsync("L'affiche du repas partagé");

        await page.ReloadAsync();

        var banner = page.Locator("#proposer-reprise");
        await Assertions.Expect(banner).ToBeVisibleAsync();
        await Assertions.Expect(banner).ToContainTextAsync("Un brouillon du");
        Assert.Equal("", await page.Locator("#champ-titre").InputValueAsync());
        await page.GetByRole(AriaRole.Button, new() { Name = "Reprendre le brouillon" }).ClickAsync();
        // The fields are filled once the images are read back from the browser's database: wait for it.
        await Assertions.Expect(page.Locator("#champ-titre")).ToHaveValueAsync("Un groupe de parents au collège");
        Assert.Equal("Une heure d'écriture qu'une mise à jour du poste ne doit pas effacer.", await page.Locator("#partie-contexte").InputValueAsync());
        Assert.True(await page.GetByLabel("Oui, elle est terminée").IsCheckedAsync());
        await Assertions.Expect(page.Locator("#bloc-fin")).ToBeVisibleAsync();
        // The colleague's row and the image come back too (the image from the browser's database).
        Assert.Equal("Haddad", await page.Locator("#champ-nom-1").InputValueAsync());
        Assert.Equal("L'affiche du repas partagé", await page.Locator("#champ-image-alt-1").InputValueAsync());
        Assert.True(await page.Locator("#image-1 img").EvaluateAsync<bool>("img => img.complete && img.naturalWidth === 1"));
        await Assertions.Expect(banner).ToBeHiddenAsync();

        // A browser that lost the images (its database cleaned) says so: the text comes back, the images are to add again.
        await page.ReloadAsync();
        await page.EvaluateAsync("() => new Promise(done => { const r = indexedDB.deleteDatabase('osez-proposition'); r.onsuccess = r.onerror = r.onblocked = done; })");
        await page.GetByRole(AriaRole.Button, new() { Name = "Reprendre le brouillon" }).ClickAsync();
        await Assertions.Expect(page.Locator("#champ-images-erreur")).ToHaveTextAsync("Les images ne sont pas gardées dans ce navigateur avec le brouillon : ajoutez-les à nouveau.");
        await Assertions.Expect(page.Locator("#champ-titre")).ToHaveValueAsync("Un groupe de parents au collège");
        Assert.Equal(0, await page.Locator("[data-image]").CountAsync());

        // Starting again forgets it: the next visit offers nothing.
        await page.ReloadAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Recommencer" }).ClickAsync();
        Assert.Equal("", await page.Locator("#champ-titre").InputValueAsync());
        Assert.Equal(0, await page.Locator("[data-auteur], [data-image]").CountAsync());
        await page.ReloadAsync();
        await Assertions.Expect(page.Locator("#proposer-reprise")).ToBeHiddenAsync();
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task A_draft_and_its_images_survive_closing_the_browser()
    {
        var profile = Path.Combine(Path.GetTempPath(), "osez-browser-tests", "profil-" + Guid.NewGuid().ToString("N"));
        using var playwright = await Playwright.CreateAsync();
        var options = new BrowserTypeLaunchPersistentContextOptions
        {
            ExecutablePath = ChromiumLocator.Find(),
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
            Locale = "fr-FR",
        };
        try
        {
            var first = await playwright.Chromium.LaunchPersistentContextAsync(profile, options);
            var page = first.Pages.FirstOrDefault() ?? await first.NewPageAsync();
            await page.GotoAsync(fixture.HttpBase + "proposer/index.html");
            await page.Locator("#champ-titre").FillAsync("Un groupe de parents au collège");
            await page.Locator("#champ-collectif").FillAsync("Réseau parentalité du territoire");
            await page.Locator("#champ-images").SetInputFilesAsync(new FilePayload { Name = "affiche.png", MimeType = "image/png", Buffer = Png });
            await page.Locator("#champ-image-alt-1").FillAsync("L'affiche de la première réunion");
            // Kept a moment after the last key (or when the page is left, which closing the browser from the test does not say).
            await page.WaitForFunctionAsync("() => (localStorage.getItem('osez-proposition:Osez le collectif') || '').includes('première réunion')");
            await first.CloseAsync(); // the whole browser: its profile stays on disk, as on a shared office computer

            var second = await playwright.Chromium.LaunchPersistentContextAsync(profile, options);
            page = second.Pages.FirstOrDefault() ?? await second.NewPageAsync();
            await page.GotoAsync(fixture.HttpBase + "proposer/index.html");
            await Assertions.Expect(page.Locator("#proposer-reprise")).ToContainTextAsync("Un brouillon du");
            await page.GetByRole(AriaRole.Button, new() { Name = "Reprendre le brouillon" }).ClickAsync();
            await Assertions.Expect(page.Locator("#champ-titre")).ToHaveValueAsync("Un groupe de parents au collège");
            Assert.Equal("Réseau parentalité du territoire", await page.Locator("#champ-collectif").InputValueAsync());
            Assert.Equal("L'affiche de la première réunion", await page.Locator("#champ-image-alt-1").InputValueAsync());
            Assert.True(await page.Locator("#image-1 img").EvaluateAsync<bool>("img => img.complete && img.naturalWidth === 1"));
            await second.CloseAsync();
        }
        finally
        {
            try
            {
                Directory.Delete(profile, recursive: true);
            }
            catch (IOException)
            {
            }
        }
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
        await page.GetByRole(AriaRole.Button, new() { Name = "Voir l’aperçu de ma fiche" }).ClickAsync();
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

    /// <summary>A valid 1x1 PNG.</summary>
    private static readonly byte[] Png = Convert.FromBase64String("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==");

    [Fact]
    public async Task With_images_sending_downloads_one_zip_of_the_folder_whose_write_up_passes_check()
    {
        using var site = new SiteCopy();
        var form = BuildWithTeam(site);
        var page = await fixture.NewPageAsync(390, 844);
        await page.GotoAsync(form);
        await FillRequiredAsync(page);

        // What is not an image, or too large, is refused with a French message; images carry no name of their own.
        var chooser = page.Locator("#champ-images");
        Assert.Equal("image/jpeg,image/png,image/webp,image/gif", await chooser.GetAttributeAsync("accept"));
        await chooser.SetInputFilesAsync(new FilePayload { Name = "liste.txt", MimeType = "text/plain", Buffer = [1, 2, 3] });
        await Assertions.Expect(page.Locator("#champ-images-erreur")).ToHaveTextAsync("Seules des photos ou des images (JPEG, PNG, WebP ou GIF) peuvent être ajoutées.");
        await chooser.SetInputFilesAsync(new FilePayload { Name = "grande.jpg", MimeType = "image/jpeg", Buffer = new byte[5_300_000] });
        await Assertions.Expect(page.Locator("#champ-images-erreur")).ToContainTextAsync("Une image choisie pèse 5,3 Mo : 5 Mo au plus.");
        Assert.Equal(0, await page.Locator("[data-image]").CountAsync());
        await chooser.SetInputFilesAsync(new[]
        {
            new FilePayload { Name = "Affiche Mme Dupont.PNG", MimeType = "image/png", Buffer = Png },
            new FilePayload { Name = "IMG_2034.png", MimeType = "image/png", Buffer = Png },
        });
        await Assertions.Expect(page.Locator("[data-image]")).ToHaveCountAsync(2);
        await Assertions.Expect(page.Locator("#champ-images-erreur")).ToBeHiddenAsync();
        await Assertions.Expect(page.Locator("#champ-image-alt-1")).ToBeFocusedAsync();

        // A description is asked for each image before anything is prepared.
        await page.GetByRole(AriaRole.Button, new() { Name = "Voir l’aperçu de ma fiche" }).ClickAsync();
        await Assertions.Expect(page.Locator("#proposer-erreurs")).ToContainTextAsync("Description de l’image : Ce champ est obligatoire.");
        await page.Locator("#champ-image-alt-1").FillAsync("L'affiche du repas [partagé], dessinée par le groupe");
        await page.Locator("#champ-image-alt-2").FillAsync("Le livret de recettes, ouvert");
        await page.Locator("#champ-image-partie-2").SelectOptionAsync(new SelectOptionValue { Label = "Enseignements" });
        await page.GetByRole(AriaRole.Button, new() { Name = "Voir l’aperçu de ma fiche" }).ClickAsync();
        await Assertions.Expect(page.Locator("#proposer-resultat")).ToBeVisibleAsync();
        var text = await page.Locator("#resultat-texte").InputValueAsync();
        Assert.Contains("\n![L'affiche du repas \\[partagé\\], dessinée par le groupe](image-1.png)\n", text);
        Assert.Contains("## Enseignements\n\n_À compléter", text);
        Assert.EndsWith("\n\n![Le livret de recettes, ouvert](image-2.png)\n", text);
        Assert.DoesNotContain("Dupont", text);

        var send = page.GetByRole(AriaRole.Link, new() { Name = "Envoyer à l’équipe" });
        var download = page.WaitForDownloadAsync();
        await send.EvaluateAsync("a => a.addEventListener('click', e => e.preventDefault())");
        await send.ClickAsync();
        var file = await download;
        Assert.Equal("un-atelier-cuisine-et-budget-avec-des-parents.zip", file.SuggestedFilename);
        var query = MailQuery(await send.GetAttributeAsync("href") ?? "");
        Assert.Contains("Le fichier un-atelier-cuisine-et-budget-avec-des-parents.zip (la fiche et ses images) est joint à ce message.", query["body"]);

        using (var zip = System.IO.Compression.ZipFile.OpenRead(await file.PathAsync()))
        {
            Assert.Equal(
                ["un-atelier-cuisine-et-budget-avec-des-parents/index.md", "un-atelier-cuisine-et-budget-avec-des-parents/image-1.png", "un-atelier-cuisine-et-budget-avec-des-parents/image-2.png"],
                zip.Entries.Select(e => e.FullName).ToArray());
            System.IO.Compression.ZipFileExtensions.ExtractToDirectory(zip, site.File("fiches"));
        }
        Assert.Equal(text, File.ReadAllText(site.File("fiches/un-atelier-cuisine-et-budget-avec-des-parents/index.md")));
        Assert.Equal(Png, File.ReadAllBytes(site.File("fiches/un-atelier-cuisine-et-budget-avec-des-parents/image-1.png")));
        var output = new StringWriter();
        var code = Osez.Cli.CliApp.Run(["check", "--content", site.Content, "--templates", Repository.Templates], output, output);
        Assert.True(code == 0, output.ToString());
        Assert.Contains("0 erreur", output.ToString());
        await page.Context.CloseAsync();
    }

    private static Dictionary<string, string> MailQuery(string href)
        => href[(href.IndexOf('?') + 1)..].Split('&').Select(p => p.Split('=', 2)).ToDictionary(p => p[0], p => Uri.UnescapeDataString(p[1]));

    [Fact]
    public async Task Without_a_team_address_the_page_says_who_to_contact_and_the_build_says_what_to_set()
    {
        var page = await fixture.NewPageAsync();
        await page.GotoAsync(fixture.FileBase + "proposer/index.html");
        await FillRequiredAsync(page);
        await page.GetByRole(AriaRole.Button, new() { Name = "Voir l’aperçu de ma fiche" }).ClickAsync();
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
