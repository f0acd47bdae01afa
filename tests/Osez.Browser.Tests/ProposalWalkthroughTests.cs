using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Osez.Browser.Tests.Support;

namespace Osez.Browser.Tests;

/// <summary>
/// A person with no account, on a phone (390x844, touch), goes from the home page to a proposal ready to send in
/// their mail program. Every screen they see before sending is in French: no file name, no YAML, no English word.
/// Taps and screens are counted; a screenshot of each screen is kept in tests/artifacts/walkthrough/.
/// </summary>
public sealed partial class ProposalWalkthroughTests(BrowserFixture fixture)
{
    /// <summary>Words a social worker should not meet: English words of file forms, and the words of the file itself.</summary>
    private static readonly string[] Foreign =
    [
        "YAML", "front matter", "Markdown", "Submit", "Upload", "Preview", "Download", "Browse", "Choose", "File", "Draft", "Send",
        "Cancel", "Edit", "Save", "date_publication", "en_cours", "statut:", "auteurs:", "---",
    ];

    private static readonly string Folder = Path.Combine(Repository.Artifacts, "walkthrough");

    private int _taps;
    private readonly List<string> _screens = [];

    [Fact]
    public async Task From_the_home_page_to_a_proposal_ready_to_send_on_a_phone_in_french_only()
    {
        using var site = new SiteCopy();
        var formUrl = ProposalSendingTests.BuildWithTeam(site);
        Directory.CreateDirectory(Folder);
        foreach (var old in Directory.EnumerateFiles(Folder, "*.png"))
            File.Delete(old);

        var context = await fixture.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = 390, Height = 844 },
            DeviceScaleFactor = 1,
            IsMobile = true,
            HasTouch = true,
            Locale = "fr-FR",
        });
        context.SetDefaultTimeout(20_000);
        var page = await context.NewPageAsync();

        await page.GotoAsync(formUrl.Replace("proposer/index.html", "index.html", StringComparison.Ordinal));
        await ScreenAsync(page, "01-accueil", "accueil");
        await TapAsync(page.Locator("main").GetByRole(AriaRole.Link, new() { Name = "Proposer une fiche" }));

        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Proposer une fiche", Level = 1 })).ToBeVisibleAsync();
        await ScreenAsync(page, "02-formulaire", "formulaire");
        await TapAsync(page.GetByLabel("J’ai lu la charte"));
        await TypeAsync(page.Locator("#champ-titre"), "Un atelier « cuisine et budget » avec des parents");
        await TypeAsync(page.Locator("#champ-nom"), "Fontaine");
        await TypeAsync(page.Locator("#champ-prenom"), "Élise");
        await ChooseAsync(page.Locator("#champ-debut-mois"), "09");
        await ChooseAsync(page.Locator("#champ-debut-annee"), "2024");
        await TapAsync(page.Locator("#champ-thematiques").GetByText("Alimentation", new() { Exact = true }));
        await TapAsync(page.Locator("#champ-publics").GetByText("Parents", new() { Exact = true }));
        await TapAsync(page.Locator("#champ-demarches").GetByText("Travail social avec les groupes", new() { Exact = true }));
        await TapAsync(page.Locator("#champ-niveau-participation").GetByText("Coconstruction", new() { Exact = true }));
        await ChooseAsync(page.Locator("#champ-structure-porteuse"), "centre-social");
        await TapAsync(page.Locator("#champ-territoire-type").GetByText("Périurbain", new() { Exact = true }));
        await ChooseAsync(page.Locator("#champ-territoire-departement"), "2A");
        await TypeAsync(page.Locator("#partie-contexte"), "Des parents disaient ne plus savoir comment tenir le mois. Le centre social a proposé un atelier.");
        await ScreenAsync(page, "03-formulaire-rempli", null);

        await TapAsync(page.GetByRole(AriaRole.Button, new() { Name = "Voir l’aperçu de ma fiche" }));
        await Assertions.Expect(page.Locator("#apercu")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("#apercu-titre")).ToHaveTextAsync("Un atelier « cuisine et budget » avec des parents");
        await ScreenAsync(page, "04-apercu", "aperçu");

        var send = page.GetByRole(AriaRole.Link, new() { Name = "Envoyer à l’équipe" });
        await send.ScrollIntoViewIfNeededAsync();
        await ScreenAsync(page, "05-envoyer", null);
        var download = page.WaitForDownloadAsync();
        await send.EvaluateAsync("a => a.addEventListener('click', e => e.preventDefault())"); // no mail program in the test
        await TapAsync(send);
        var file = await download;
        Assert.EndsWith(".md", file.SuggestedFilename, StringComparison.Ordinal);
        var href = await send.GetAttributeAsync("href") ?? "";
        Assert.StartsWith($"mailto:{ProposalSendingTests.TeamEmail}?subject=Proposition%20de%20fiche", href);
        Assert.Contains("est%20joint%20%C3%A0%20ce%20message", href);
        await Assertions.Expect(page.Locator("#proposer-statut")).ToContainTextAsync("Votre messagerie s'ouvre.");
        await page.Locator("#proposer-statut").ScrollIntoViewIfNeededAsync();
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Folder, "06-messagerie.png") });

        // The file is there for who asks for it, behind « Voir le fichier »: there, the checks above would see it.
        await page.GetByText("Voir le fichier").ClickAsync();
        var behind = await ShownTextAsync(page);
        Assert.Matches(FileName(), behind);
        Assert.Contains("date_publication", behind, StringComparison.Ordinal);

        // What the person did, for the record (and the closing note of the walkthrough).
        var summary = $"{_taps} touchers, {_screens.Count} écrans avant l'envoi ({string.Join(", ", _screens)}), puis la messagerie";
        await File.WriteAllTextAsync(Path.Combine(Folder, "parcours.txt"), summary + "\n", TestContext.Current.CancellationToken);
        TestContext.Current.TestOutputHelper?.WriteLine(summary);
        Assert.True(_taps <= 25, summary);
        await context.CloseAsync();
    }

    private async Task TapAsync(ILocator target)
    {
        _taps++;
        await target.TapAsync();
    }

    /// <summary>A text field: one tap, then typing.</summary>
    private async Task TypeAsync(ILocator field, string text)
    {
        await TapAsync(field);
        await field.FillAsync(text);
    }

    /// <summary>A list: one tap opens it, one tap chooses.</summary>
    private async Task ChooseAsync(ILocator select, string value)
    {
        _taps += 2;
        await select.SelectOptionAsync(value);
    }

    /// <summary>A screen: its visible text says nothing in English, no file name and no YAML; a screenshot is kept.</summary>
    /// <param name="screen">The name of a new screen, or null for the same screen scrolled.</param>
    private async Task ScreenAsync(IPage page, string name, string? screen)
    {
        var shown = await ShownTextAsync(page);
        foreach (var word in Foreign)
            Assert.False(Regex.IsMatch(shown, $@"(?<![\p{{L}}_]){Regex.Escape(word)}(?![\p{{L}}_])"), $"« {word} » on the screen {name}:\n{shown}");
        var fileName = FileName().Match(shown);
        Assert.False(fileName.Success, $"a file name ({fileName.Value}) on the screen {name}");
        if (screen is not null)
            _screens.Add(screen);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Folder, name + ".png") });
    }

    /// <summary>The text of the page as seen: what is displayed, and what the visible text boxes hold.</summary>
    private static Task<string> ShownTextAsync(IPage page) => page.EvaluateAsync<string>(
        "() => document.body.innerText + '\\n' + Array.from(document.querySelectorAll('textarea')).filter(t => t.checkVisibility()).map(t => t.value).join('\\n')");

    [GeneratedRegex(@"\b[\w-]+\.(md|zip|ya?ml|json|csv|png|jpe?g)\b", RegexOptions.IgnoreCase)]
    private static partial Regex FileName();
}
