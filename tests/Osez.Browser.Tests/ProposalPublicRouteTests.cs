using System.Text;
using Microsoft.Playwright;
using Osez.Browser.Tests.Support;
using Osez.Building;
using Osez.Cli;
using Osez.Configuration;

namespace Osez.Browser.Tests;

/// <summary>
/// The public route of « Proposer une fiche »: the forge's issue form prefilled from the page, offered only with a
/// repository and no personal data. What the forge makes of the prefilled answers, read by <c>recevoir</c>, is the
/// very file the page writes.
/// </summary>
public sealed class ProposalPublicRouteTests(BrowserFixture fixture)
{
    private const string Slug = "un-atelier-cuisine-et-budget-avec-des-parents";
    private const string Context = "Dans un quartier périurbain, des parents disaient ne plus savoir « tenir le mois ».\n\nLe centre social a proposé un atelier.";

    private static string Build(SiteCopy site, string repository)
    {
        site.Replace("site.yml", "depot: \"\"", $"depot: \"{repository}\"");
        var output = Path.Combine(site.Root, "output");
        var result = SiteBuilder.Default.Run(new BuildOptions(SitePaths.From(site.Content, Repository.Templates, output), OutputMode.Disk));
        Assert.True(result.Written);
        return new Uri(Path.Combine(output, "proposer", "index.html")).AbsoluteUri;
    }

    private static async Task FillAsync(IPage page, string context)
    {
        await page.Locator("#champ-charte").CheckAsync();
        await page.Locator("#champ-titre").FillAsync("Un atelier « cuisine et budget » avec des parents");
        await page.Locator("#champ-resume").FillAsync("Pendant un an, des parents ont cuisiné ensemble chaque mois et comparé leurs dépenses, puis ont écrit un livret.");
        await page.Locator("#champ-nom").FillAsync("Fontaine");
        await page.Locator("#champ-prenom").FillAsync("Élise");
        await page.Locator("#champ-debut-mois").SelectOptionAsync(new SelectOptionValue { Label = "septembre" });
        await page.Locator("#champ-debut-annee").SelectOptionAsync("2024");
        await page.Locator("#champ-terminee").CheckAsync();
        await page.Locator("#champ-fin-mois").SelectOptionAsync(new SelectOptionValue { Label = "juin" });
        await page.Locator("#champ-fin-annee").SelectOptionAsync("2025");
        await page.Locator("#champ-taille-min").FillAsync("6");
        await page.Locator("#champ-taille-max").FillAsync("12");
        await page.Locator("#champ-financeurs").FillAsync("Caisse d'allocations familiales\nContrat de ville");
        await page.Locator("#champ-thematiques").GetByLabel("Alimentation").CheckAsync();
        await page.Locator("#champ-thematiques").GetByLabel("Budget et surendettement").CheckAsync();
        await page.Locator("#champ-publics").GetByLabel("Parents", new() { Exact = true }).CheckAsync();
        await page.Locator("#champ-demarches input[value='education-populaire']").CheckAsync();
        await page.Locator("#champ-niveau-participation").GetByLabel("Coconstruction").CheckAsync();
        await page.Locator("#champ-structure-porteuse").SelectOptionAsync("centre-social");
        await page.Locator("#champ-territoire-type").GetByLabel("Périurbain").CheckAsync();
        await page.Locator("#champ-territoire-departement").SelectOptionAsync("2A");
        await page.Locator("#partie-contexte").FillAsync(context);
    }

    private static async Task<string> GenerateAsync(IPage page)
    {
        await page.GetByRole(AriaRole.Button, new() { Name = "Voir l’aperçu de ma fiche" }).ClickAsync();
        await Assertions.Expect(page.Locator("#proposer-resultat")).ToBeVisibleAsync();
        return await page.Locator("#resultat-texte").InputValueAsync();
    }

    /// <summary>The issue's body as GitHub writes it from the prefilled form: each question, its answer or « _No response_ ».</summary>
    private static string IssueBody(string url, IReadOnlyList<(string Id, string Label)> questions)
    {
        var query = new Uri(url).Query.TrimStart('?').Split('&').Select(p => p.Split('=', 2))
            .ToDictionary(p => Uri.UnescapeDataString(p[0]), p => Uri.UnescapeDataString(p[1]), StringComparer.Ordinal);
        return string.Join("\n\n", questions.Select(q => $"### {q.Label}\n\n" + (q.Id == "charte"
            ? "- [X] " + Osez.Contributing.Receiving.IssueForm.CharterOption
            : query.TryGetValue(q.Id, out var value) && value.Length > 0 ? value.Replace("\n", "\r\n", StringComparison.Ordinal) : "_No response_")));
    }

    private static string Receive(SiteCopy site, string text)
    {
        var file = Path.Combine(site.Root, "proposition.md");
        File.WriteAllText(file, text);
        var output = new StringWriter();
        var code = CliApp.Run(["recevoir", file, "--content", site.Content, "--templates", Repository.Templates], output, output);
        Assert.True(code == 0, output.ToString());
        return File.ReadAllText(site.File($"fiches/{Slug}.md"));
    }

    [Fact]
    public async Task The_prefilled_github_issue_form_gives_recevoir_the_very_file_the_page_writes()
    {
        using var site = new SiteCopy();
        var page = await fixture.NewPageAsync();
        await page.GotoAsync(Build(site, "https://github.com/exemple/osez"));
        await FillAsync(page, Context);
        var fromPage = await GenerateAsync(page);

        var link = page.GetByRole(AriaRole.Link, new() { Name = "Proposer publiquement sur GitHub" });
        await Assertions.Expect(link).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("#proposer-public")).ToContainTextAsync("publique dès la première seconde");
        var href = await link.GetAttributeAsync("href") ?? "";
        Assert.StartsWith("https://github.com/exemple/osez/issues/new?template=proposer-une-experience.yml&title=Proposition%20de%20fiche%20%3A%20Un%20atelier", href);
        Assert.Contains("&thematiques=Alimentation%2C%20Budget%20et%20surendettement&", href);
        Assert.True(href.Length <= 8000);
        await Assertions.Expect(page.Locator("#proposer-public-reste")).ToBeHiddenAsync();
        var violations = await Axe.ViolationsAsync(page);
        Assert.True(violations.Count == 0, string.Join("\n", violations));

        var vocabularies = Osez.Content.ContentLoader.LoadVocabularies(SitePaths.From(site.Content, Repository.Templates, "output"), new Osez.Diagnostics.DiagnosticBag());
        var questions = Osez.Contributing.Receiving.IssueForm.Fields(vocabularies).Select(f => (f.Id, f.Label)).ToList();
        Assert.Equal(fromPage, Receive(site, IssueBody(href, questions)));
        // The new-file route stays.
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "Créer la fiche sur GitHub" })).ToBeVisibleAsync();
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task The_public_route_is_not_offered_with_personal_data_nor_without_a_repository_and_says_what_did_not_fit()
    {
        using var site = new SiteCopy();
        var page = await fixture.NewPageAsync();
        await page.GotoAsync(Build(site, "https://github.com/exemple/osez"));
        // Personal data: the preview shows the passage highlighted, and the public route is not offered.
        await FillAsync(page, "Tout a commencé chez une habitante, joignable au 06 12 34 56 78.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Voir l’aperçu de ma fiche" }).ClickAsync();
        await Assertions.Expect(page.Locator("#apercu mark").First).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("#apercu-alertes-titre")).ToHaveTextAsync("1 passage à revoir avant d'envoyer : il pourrait permettre de reconnaître quelqu'un.");
        await Assertions.Expect(page.Locator("#proposer-public")).ToBeHiddenAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Modifier ma fiche" }).ClickAsync();

        // Too long for an address: what fits is prefilled, the rest is named.
        var longText = string.Join("\n\n", Enumerable.Repeat("Les parents ont comparé les prix, les recettes et les façons de faire, chaque mois, ensemble.", 90));
        await page.Locator("#partie-contexte").FillAsync(longText);
        await GenerateAsync(page);
        await Assertions.Expect(page.Locator("#proposer-public")).ToBeVisibleAsync();
        var href = await page.Locator("#lien-proposition-publique").GetAttributeAsync("href") ?? "";
        Assert.True(href.Length <= 8000, href.Length.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.DoesNotContain("partie-contexte=", href);
        Assert.Contains("&titre=", href);
        await Assertions.Expect(page.Locator("#proposer-public-reste")).ToContainTextAsync("recopiez-les depuis ce formulaire : « Contexte ».");
        await page.SetViewportSizeAsync(390, 844);
        await page.Locator("#proposer-public").ScrollIntoViewIfNeededAsync();
        Directory.CreateDirectory(Path.Combine(Repository.Artifacts, "screenshots"));
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Repository.Artifacts, "screenshots", "proposer-public-390.png") });

        // Back to the form: the preview is put away, and the route with it.
        await page.GetByRole(AriaRole.Button, new() { Name = "Modifier ma fiche" }).ClickAsync();
        await Assertions.Expect(page.Locator("#proposer-public")).ToBeHiddenAsync();
        await page.Locator("#champ-titre").PressAsync("End");
        await page.Locator("#champ-titre").PressSequentiallyAsync(" bis");
        await Assertions.Expect(page.Locator("#proposer-public")).ToBeHiddenAsync();
        await page.Context.CloseAsync();

        // Without a repository: no public route at all.
        var plain = await fixture.NewPageAsync();
        await plain.GotoAsync(fixture.FileBase + "proposer/index.html");
        Assert.Equal(0, await plain.Locator("#proposer-public").CountAsync());
        await plain.Context.CloseAsync();
    }

    [Fact]
    public async Task On_gitlab_the_issue_description_is_written_so_that_recevoir_reads_it()
    {
        using var site = new SiteCopy();
        var page = await fixture.NewPageAsync();
        await page.GotoAsync(Build(site, "https://gitlab.example.fr/equipe/osez"));
        await FillAsync(page, Context);
        var fromPage = await GenerateAsync(page);
        var href = await page.GetByRole(AriaRole.Link, new() { Name = "Proposer publiquement sur GitLab" }).GetAttributeAsync("href") ?? "";
        const string Start = "https://gitlab.example.fr/equipe/osez/-/issues/new?issue%5Btitle%5D=";
        Assert.StartsWith(Start, href);
        var description = Uri.UnescapeDataString(href[(href.IndexOf("&issue%5Bdescription%5D=", StringComparison.Ordinal) + "&issue%5Bdescription%5D=".Length)..]);
        Assert.Equal(fromPage, Receive(site, description));
        await page.Context.CloseAsync();
    }
}
