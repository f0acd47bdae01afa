using System.Net;
using Microsoft.Playwright;
using Osez.Browser.Tests.Support;
using Osez.Building;
using Osez.Cli;
using Osez.Configuration;

namespace Osez.Browser.Tests;

/// <summary>The "Proposer une fiche" form, filled in as a contributor would, opened from disk.</summary>
public sealed class ProposalFormTests(BrowserFixture fixture)
{
    private const string Title = "Un atelier « cuisine et budget » avec des parents";
    private const string Summary = "Pendant un an, des parents ont cuisiné ensemble chaque mois et comparé leurs dépenses, puis ont écrit un livret de recettes économes.";

    private static readonly string[] NewOptions =
    [
        "--titre", Title, "--resume", Summary, "--nom", "Fontaine", "--prenom", "Élise", "--fonction", "Conseillère en économie sociale et familiale",
        "--structure", "Centre social", "--coauteur", "Haddad;Karim;Animateur;Centre social", "--coauteur", "Nguyen",
        "--collectif", "Groupe de travail ISIC du territoire", "--debut", "2024-09", "--fin", "2025-06", "--taille-groupe", "6-12",
        "--thematiques", "alimentation,budget", "--publics", "parents", "--demarches", "travail-social-avec-les-groupes,education-populaire",
        "--niveau-participation", "coconstruction", "--structure-porteuse", "centre-social", "--territoire-type", "periurbain", "--departement", "2A",
        "--financeurs", "Caisse d'allocations familiales", "--financeurs", "Contrat de ville",
    ];

    private async Task<IPage> OpenFormAsync(string baseUrl)
    {
        var page = await fixture.NewPageAsync();
        await page.GotoAsync(baseUrl + "proposer/index.html");
        return page;
    }

    /// <summary>Fills every field with the values of <see cref="NewOptions"/>.</summary>
    private static async Task FillAsync(IPage page)
    {
        await page.GetByLabel("J’ai lu la charte").CheckAsync();
        await page.GetByLabel("Titre", new() { Exact = false }).First.FillAsync(Title);
        await page.Locator("#champ-resume").FillAsync(Summary);
        await page.Locator("#champ-nom").FillAsync("Fontaine");
        await page.Locator("#champ-prenom").FillAsync("Élise");
        await page.Locator("#champ-fonction").FillAsync("Conseillère en économie sociale et familiale");
        await page.Locator("#champ-structure").FillAsync("Centre social");
        // Two colleagues sign too; a row added by mistake is taken away, and the next one takes its number.
        var add = page.GetByRole(AriaRole.Button, new() { Name = "Ajouter un collègue" });
        await add.ClickAsync();
        await Assertions.Expect(page.Locator("#champ-nom-1")).ToBeFocusedAsync();
        await page.Locator("#champ-nom-1").FillAsync("Haddad");
        await page.Locator("#champ-prenom-1").FillAsync("Karim");
        await page.Locator("#champ-fonction-1").FillAsync("Animateur");
        await page.Locator("#champ-structure-1").FillAsync("Centre social");
        await add.ClickAsync();
        await add.ClickAsync();
        await page.GetByRole(AriaRole.Group, new() { Name = "Collègue 3" }).GetByRole(AriaRole.Button, new() { Name = "Retirer ce collègue" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Group, new() { Name = "Collègue 3" }).Locator("#champ-nom-3")).ToBeVisibleAsync();
        await page.Locator("#champ-nom-3").FillAsync("Nguyen");
        await page.Locator("#champ-collectif").FillAsync("Groupe de travail ISIC du territoire");
        await page.Locator("#champ-debut-mois").SelectOptionAsync(new SelectOptionValue { Label = "septembre" });
        await page.Locator("#champ-debut-annee").SelectOptionAsync("2024");
        await page.GetByLabel("Oui, elle est terminée").CheckAsync();
        await page.Locator("#champ-fin-mois").SelectOptionAsync(new SelectOptionValue { Label = "juin" });
        await page.Locator("#champ-fin-annee").SelectOptionAsync("2025");
        await page.Locator("#champ-taille-min").FillAsync("6");
        await page.Locator("#champ-taille-max").FillAsync("12");
        await page.GetByLabel("Financeurs").FillAsync("Caisse d'allocations familiales\n\n  Contrat de ville  ");
        await page.Locator("#champ-thematiques").GetByLabel("Alimentation").CheckAsync();
        await page.Locator("#champ-thematiques").GetByLabel("Budget et surendettement").CheckAsync();
        await page.Locator("#champ-publics").GetByLabel("Parents", new() { Exact = true }).CheckAsync();
        await page.Locator("#champ-demarches").GetByLabel("Travail social avec les groupes").CheckAsync();
        await page.Locator("#champ-demarches input[value='education-populaire']").CheckAsync();
        await page.Locator("#champ-niveau-participation").GetByLabel("Coconstruction").CheckAsync();
        await page.Locator("#champ-structure-porteuse").SelectOptionAsync("centre-social");
        await page.Locator("#champ-territoire-type").GetByLabel("Périurbain").CheckAsync();
        await page.Locator("#champ-territoire-departement").SelectOptionAsync("2A");
    }

    private static async Task<string> GenerateAsync(IPage page)
    {
        await page.GetByRole(AriaRole.Button, new() { Name = "Voir l’aperçu de ma fiche" }).ClickAsync();
        await Assertions.Expect(page.Locator("#proposer-resultat")).ToBeVisibleAsync();
        return await page.Locator("#resultat-texte").InputValueAsync();
    }

    private static async Task ScreenshotAsync(IPage page, string name)
    {
        Directory.CreateDirectory(Path.Combine(Repository.Artifacts, "screenshots"));
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Repository.Artifacts, "screenshots", name + ".png"), FullPage = true });
    }

    private static (int Code, string Output) Check(SiteCopy site)
    {
        var output = new StringWriter();
        var code = CliApp.Run(["check", "--content", site.Content, "--templates", Repository.Templates], output, output);
        return (code, output.ToString());
    }

    [Fact]
    public async Task The_form_writes_the_very_file_that_new_writes_from_the_same_answers()
    {
        var page = await OpenFormAsync(fixture.FileBase);
        await FillAsync(page);
        var fromForm = await GenerateAsync(page);
        var fileName = await page.Locator("#resultat-fichier").TextContentAsync();
        Assert.Equal("content/fiches/un-atelier-cuisine-et-budget-avec-des-parents.md", fileName);

        using var site = new SiteCopy();
        var output = new StringWriter();
        Assert.Equal(0, CliApp.Run(["new", "--content", site.Content, .. NewOptions], output, output));
        var fromNew = File.ReadAllText(site.File("fiches/un-atelier-cuisine-et-budget-avec-des-parents.md"));
        Assert.Equal(fromNew, fromForm);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task A_file_from_the_form_with_its_text_written_passes_check()
    {
        var page = await OpenFormAsync(fixture.FileBase);
        await FillAsync(page);
        await page.Locator("#partie-contexte").FillAsync("Dans un quartier périurbain, plusieurs parents disaient en entretien ne plus savoir comment « tenir le mois ».\r\n\r\n\r\nLe centre social a proposé un atelier.   ");
        await page.Locator("#partie-enseignements").FillAsync("Partir de ce que les parents savent déjà faire.");
        var text = await GenerateAsync(page);
        Assert.Contains("## Contexte\n\nDans un quartier périurbain, plusieurs parents disaient en entretien ne plus savoir comment « tenir le mois ».\n\nLe centre social a proposé un atelier.\n\n## Le groupe\n\n_À compléter :", text);
        Assert.Contains("## Enseignements\n\nPartir de ce que les parents savent déjà faire.\n", text);
        await ScreenshotAsync(page, "proposer-fichier-pret");
        var violations = await Axe.ViolationsAsync(page);
        Assert.True(violations.Count == 0, string.Join("\n", violations));

        using var site = new SiteCopy();
        File.WriteAllText(site.File("fiches/un-atelier-cuisine-et-budget-avec-des-parents.md"), text);
        var (code, output) = Check(site);
        Assert.True(code == 0, output);
        // The parts left to write are named, as a reminder: the file is a draft.
        Assert.Contains("0 erreur, 1 avertissement", output);
        Assert.Contains("avertissement KB0114", output);

        // The built draft shows the text written in the form.
        var paths = SitePaths.From(site.Content, Repository.Templates, Path.Combine(site.Root, "output"));
        var result = SiteBuilder.Default.Run(new BuildOptions(paths, OutputMode.Memory) { IncludeDrafts = true });
        var html = System.Text.Encoding.UTF8.GetString(result.Files!["fiches/un-atelier-cuisine-et-budget-avec-des-parents/index.html"]);
        Assert.Contains("Le centre social a proposé un atelier.", html);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task An_email_or_a_phone_number_in_the_text_is_flagged_while_typing_and_blocks_the_file()
    {
        var page = await OpenFormAsync(fixture.FileBase);
        await FillAsync(page);
        await page.Locator("#partie-contexte").FillAsync("Pour nous joindre : claire.martin@exemple.fr ou au +33 6 12 34 56 78. Mme Dupont a lancé l'idée.");

        var alert = page.Locator("#partie-contexte-alerte");
        await Assertions.Expect(alert).ToContainTextAsync("Une adresse électronique (claire.martin@exemple.fr) : retirez-la.");
        await Assertions.Expect(alert).ToContainTextAsync("Un numéro de téléphone (+33 6 12 34 56 78) : retirez-le.");
        await Assertions.Expect(alert).ToContainTextAsync("« Mme Dupont » : ne nommez personne");
        Assert.Equal("polite", await alert.GetAttributeAsync("aria-live"));
        Assert.Contains("partie-contexte-alerte", await page.Locator("#partie-contexte").GetAttributeAsync("aria-describedby") ?? "");

        // The preview comes all the same, the passages highlighted where they stand and listed above it.
        await page.GetByRole(AriaRole.Button, new() { Name = "Voir l’aperçu de ma fiche" }).ClickAsync();
        await Assertions.Expect(page.Locator("#proposer-resultat")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("#proposer-erreurs")).ToBeHiddenAsync();
        await Assertions.Expect(page.Locator("#proposer")).ToBeHiddenAsync();
        var marks = page.Locator("#apercu-corps mark.apercu__alerte");
        Assert.Equal(["claire.martin@exemple.fr", "+33 6 12 34 56 78", "Mme Dupont"], await marks.AllInnerTextsAsync());
        var warnings = page.Locator("#apercu-alertes");
        await Assertions.Expect(warnings).ToContainTextAsync("3 passages à revoir avant d'envoyer : ils pourraient");
        var items = await warnings.Locator("li").AllInnerTextsAsync();
        Assert.StartsWith("Une adresse électronique (claire.martin@exemple.fr) : retirez-la.", items[0]);
        Assert.StartsWith("Un numéro de téléphone (+33 6 12 34 56 78) : retirez-le.", items[1]);
        Assert.Equal("#" + await marks.Nth(1).GetAttributeAsync("id"), await warnings.Locator("li").Nth(1).GetByRole(AriaRole.Link).GetAttributeAsync("href"));
        // The authors may be named: their names are not flagged.
        await Assertions.Expect(page.Locator("#apercu-auteurs")).ToHaveTextAsync("Élise Fontaine, Karim Haddad, Nguyen et Groupe de travail ISIC du territoire");
        await ScreenshotAsync(page, "proposer-apercu-donnees-personnelles");

        // « Modifier » goes back to the form, at the passage to correct; once removed, the preview has nothing to say.
        await page.GetByRole(AriaRole.Button, new() { Name = "Modifier ma fiche" }).ClickAsync();
        await Assertions.Expect(page.Locator("#partie-contexte")).ToBeFocusedAsync();
        await Assertions.Expect(page.Locator("#proposer-resultat")).ToBeHiddenAsync();
        // The author's own name may appear.
        await page.Locator("#partie-contexte").FillAsync("Mme Fontaine, l'autrice, a lancé l'idée avec le groupe.");
        await Assertions.Expect(alert).ToBeEmptyAsync();
        var text = await GenerateAsync(page);
        await Assertions.Expect(page.Locator("#apercu-alertes")).ToBeHiddenAsync();
        Assert.Equal(0, await marks.CountAsync());
        Assert.DoesNotContain("@", text);
        Assert.Contains("Mme Fontaine, l'autrice", text);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task The_preview_shows_the_write_up_as_its_page_does_and_runs_nothing_typed()
    {
        var page = await OpenFormAsync(fixture.FileBase);
        await FillAsync(page);
        await page.Locator("#partie-contexte").FillAsync("Un **atelier** mensuel, <script>window.pirate = 1</script> <img src=x onerror=\"window.pirate = 2\">\n\n"
            + "- [un lien](javascript:window.pirate=3)\n- ![une image d'ailleurs](https://exemple.org/x.png)");
        await page.GetByRole(AriaRole.Button, new() { Name = "Voir l’aperçu de ma fiche" }).ClickAsync();
        var preview = page.Locator("#apercu");
        await Assertions.Expect(preview).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("#apercu-titre")).ToHaveTextAsync(Title);
        await Assertions.Expect(page.Locator("#apercu-resume")).ToHaveTextAsync(Summary);
        await Assertions.Expect(preview.Locator(".writeup__facts")).ToContainTextAsync("de septembre 2024 à juin 2025");
        await Assertions.Expect(preview.Locator(".writeup__facts")).ToContainTextAsync("de 6 à 12 personnes");
        await Assertions.Expect(preview.Locator(".writeup__facts")).ToContainTextAsync("Budget et surendettement");
        await Assertions.Expect(preview.Locator(".writeup__authors")).ToContainTextAsync("Karim Haddad, Animateur (Centre social)");
        Assert.Equal(["Contexte", "Le groupe", "Démarche", "Ce que le groupe a produit", "Effets pour les personnes", "Effets pour les professionnels", "Difficultés", "Enseignements"],
            await preview.Locator(".writeup__body h3").AllInnerTextsAsync());
        await Assertions.Expect(preview.Locator(".writeup__body strong")).ToHaveTextAsync("atelier");
        // Typed HTML is shown as text, never run; a javascript: link is not a link; no image comes from elsewhere.
        await Assertions.Expect(preview.Locator(".writeup__body")).ToContainTextAsync("<script>window.pirate = 1</script>");
        Assert.Equal(0, await preview.Locator(".writeup__body script, .writeup__body img, .writeup__body a[href^='javascript']").CountAsync());
        Assert.Null(await page.EvaluateAsync<int?>("() => window.pirate"));

        // The file itself waits behind « Voir le fichier ».
        await Assertions.Expect(page.Locator("#resultat-texte")).ToBeHiddenAsync();
        await page.GetByText("Voir le fichier").ClickAsync();
        await Assertions.Expect(page.Locator("#resultat-texte")).ToBeVisibleAsync();
        var violations = await Axe.ViolationsAsync(page);
        Assert.True(violations.Count == 0, string.Join("\n", violations));
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task The_form_and_its_result_fit_a_phone_screen()
    {
        var page = await fixture.NewPageAsync(375, 800);
        await page.GotoAsync(fixture.HttpBase + "proposer/index.html");
        await FillAsync(page);
        await GenerateAsync(page);
        var overflow = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - document.documentElement.clientWidth");
        Assert.True(overflow <= 0, $"the form scrolls horizontally by {overflow}px at 375px");
        await ScreenshotAsync(page, "proposer-fichier-pret-375");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Missing_answers_are_listed_linked_to_their_field_and_marked_invalid()
    {
        var page = await OpenFormAsync(fixture.HttpBase);
        await page.GetByRole(AriaRole.Button, new() { Name = "Voir l’aperçu de ma fiche" }).ClickAsync();
        var summary = page.Locator("#proposer-erreurs");
        await Assertions.Expect(summary).ToBeVisibleAsync();
        var items = await summary.Locator("li").AllInnerTextsAsync();
        Assert.Contains("Cochez cette case après avoir lu la charte.", items[0]);
        Assert.Contains(items, i => i.StartsWith("Titre : Ce champ est obligatoire.", StringComparison.Ordinal));
        Assert.Contains(items, i => i.StartsWith("Nom : Ce champ est obligatoire.", StringComparison.Ordinal));
        Assert.Contains(items, i => i.StartsWith("Début de l’action : Ce champ est obligatoire.", StringComparison.Ordinal));
        Assert.Contains(items, i => i.StartsWith("Thématiques", StringComparison.Ordinal) && i.Contains("Nombre de termes à choisir au minimum : 1.", StringComparison.Ordinal));
        Assert.Contains(items, i => i.StartsWith("Département", StringComparison.Ordinal) && i.Contains("Choisissez une réponse.", StringComparison.Ordinal));
        Assert.Equal("true", await page.Locator("#champ-titre").GetAttributeAsync("aria-invalid"));
        await Assertions.Expect(page.Locator("#champ-titre-erreur")).ToHaveTextAsync("Ce champ est obligatoire.");

        await summary.GetByRole(AriaRole.Link, new() { Name = "Nom : Ce champ est obligatoire." }).ClickAsync();
        Assert.Equal("champ-nom", await page.EvaluateAsync<string>("() => document.activeElement.id"));

        // Errors follow the corrections.
        await page.Locator("#champ-titre").FillAsync("Court");
        await Assertions.Expect(page.Locator("#champ-titre-erreur")).ToHaveTextAsync("Trop court : 5 caractères, il en faut au moins 10.");
        // A month is chosen, never typed: two lists that work with the keyboard, and both are needed.
        await page.Locator("#champ-debut-mois").FocusAsync();
        await page.Keyboard.PressAsync("ArrowDown");
        Assert.Equal("01", await page.Locator("#champ-debut-mois").InputValueAsync());
        await page.Keyboard.PressAsync("Tab");
        await Assertions.Expect(page.Locator("#champ-debut-erreur")).ToHaveTextAsync("Choisissez le mois et l'année.");
        Assert.Equal("true", await page.Locator("#champ-debut-annee").GetAttributeAsync("aria-invalid"));
        Assert.Equal("champ-debut-annee", await page.EvaluateAsync<string>("() => document.activeElement.id"));
        await page.Keyboard.PressAsync("ArrowDown");
        await page.Keyboard.PressAsync("ArrowDown");
        Assert.Equal((DateTime.Now.Year - 1).ToString(System.Globalization.CultureInfo.InvariantCulture), await page.Locator("#champ-debut-annee").InputValueAsync());
        await page.Keyboard.PressAsync("Tab");
        await Assertions.Expect(page.Locator("#champ-debut-erreur")).ToBeHiddenAsync();
        Assert.Null(await page.Locator("#champ-debut-mois").GetAttributeAsync("aria-invalid"));

        var violations = await Axe.ViolationsAsync(page);
        Assert.True(violations.Count == 0, string.Join("\n", violations));
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task With_a_repository_the_forge_link_opens_its_new_file_page_filled_in()
    {
        using var site = new SiteCopy();
        var config = File.ReadAllText(site.File("site.yml")).Replace("depot: \"\"", "depot: \"https://github.com/exemple/osez\"", StringComparison.Ordinal);
        File.WriteAllText(site.File("site.yml"), config);
        var output = Path.Combine(site.Root, "output");
        var result = SiteBuilder.Default.Run(new BuildOptions(SitePaths.From(site.Content, Repository.Templates, output), OutputMode.Disk));
        Assert.True(result.Written);

        var page = await fixture.NewPageAsync();
        await page.GotoAsync(new Uri(Path.Combine(output, "proposer", "index.html")).AbsoluteUri);
        await FillAsync(page);
        var text = await GenerateAsync(page);
        var link = page.GetByRole(AriaRole.Link, new() { Name = "Créer la fiche sur GitHub" });
        var href = await link.GetAttributeAsync("href") ?? "";
        const string Expected = "https://github.com/exemple/osez/new/main/content/fiches?filename=un-atelier-cuisine-et-budget-avec-des-parents.md&value=";
        Assert.StartsWith(Expected, href);
        Assert.Equal(text, Uri.UnescapeDataString(href[Expected.Length..]));
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "envoyez le texte à l’équipe du site par un formulaire de la forge" }))
            .ToHaveAttributeAsync("href", "https://github.com/exemple/osez/issues/new?template=proposer-une-experience.yml");
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "Envoyer votre texte à l’équipe du site" }))
            .ToHaveAttributeAsync("href", "https://github.com/exemple/osez/issues/new?template=proposer-une-experience.yml");

        // The forge is public from the first second: while the preview flags a passage, it is not offered.
        await page.GetByRole(AriaRole.Button, new() { Name = "Modifier ma fiche" }).ClickAsync();
        await page.Locator("#partie-contexte").FillAsync("Pour nous joindre : 06 12 34 56 78.");
        await GenerateAsync(page);
        await Assertions.Expect(page.Locator("#apercu-alertes")).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "Créer la fiche sur GitHub" })).ToBeHiddenAsync();

        // A write-up links to its source and to a new issue about it.
        await page.GotoAsync(new Uri(Path.Combine(output, "fiches", "des-films-pour-changer-le-regard", "index.html")).AbsoluteUri);
        Assert.Equal("https://github.com/exemple/osez/edit/main/content/fiches/des-films-pour-changer-le-regard.md",
            await page.GetByRole(AriaRole.Link, new() { Name = "Proposer une modification" }).GetAttributeAsync("href"));
        var issue = await page.GetByRole(AriaRole.Link, new() { Name = "Signaler un problème" }).GetAttributeAsync("href") ?? "";
        Assert.StartsWith("https://github.com/exemple/osez/issues/new?title=", issue);
        Assert.Contains("Signaler un problème : Des films pour changer le regard sur le quartier", WebUtility.UrlDecode(issue));
        await page.Context.CloseAsync();
    }
}
