using Microsoft.Playwright;
using Osez.Browser.Tests.Support;

namespace Osez.Browser.Tests;

/// <summary>axe-core on every page type, plus screenshots at desktop and phone widths kept in tests/artifacts.</summary>
public sealed class AccessibilityTests(BrowserFixture fixture)
{
    public static TheoryData<string, string> PageTypes => new()
    {
        { "accueil", "index.html" },
        { "liste", "fiches/index.html" },
        { "explorer", "explorer/index.html" },
        { "fiche", "fiches/des-films-pour-changer-le-regard/index.html" },
        { "vocabulaire", "thematiques/index.html" },
        { "terme", "thematiques/image-du-quartier/index.html" },
        { "departements", "departements/index.html" },
        { "page", "charte/index.html" },
        { "introuvable", "404.html" },
        { "parcours", "parcours/index.html" },
        { "parcours-etapes", "parcours/demarrer-un-groupe-d-habitants/index.html" },
        { "selection-vide", "selection/index.html" },
        { "donnees-ouvertes", "donnees/index.html" },
        { "proposer", "proposer/index.html" },
    };

    [Theory]
    [MemberData(nameof(PageTypes))]
    public async Task Page_type_has_no_wcag_21_aa_violation_and_is_screenshotted(string name, string path)
    {
        foreach (var width in new[] { 1280, 375 })
        {
            var page = await fixture.NewPageAsync(width, 900);
            var response = await page.GotoAsync(fixture.HttpBase + path);
            Assert.NotNull(response);
            Assert.Equal("fr", await page.GetAttributeAsync("html", "lang"));
            Assert.Equal(1, await page.Locator("h1").CountAsync());
            Assert.Equal(1, await page.Locator("main").CountAsync());

            var violations = await Axe.ViolationsAsync(page);
            Assert.True(violations.Count == 0, $"{path} at {width}px:\n" + string.Join("\n", violations));

            Directory.CreateDirectory(Path.Combine(Repository.Artifacts, "screenshots"));
            await page.ScreenshotAsync(new PageScreenshotOptions
            {
                Path = Path.Combine(Repository.Artifacts, "screenshots", $"{name}-{width}.png"),
                FullPage = true,
            });
            await page.Context.CloseAsync();
        }
    }
}
