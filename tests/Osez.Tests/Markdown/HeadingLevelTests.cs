using Osez.Diagnostics;
using Osez.Tests.Support;

namespace Osez.Tests.Markdown;

/// <summary>The title from the front matter stays the page's only h1, whatever level the body's headings are written at.</summary>
public sealed class HeadingLevelTests
{
    private const string Page = "fiches/locataires-et-energie/index.html";

    [Fact]
    public void Sections_written_with_one_hash_are_shown_one_level_lower_and_each_is_pointed_out()
    {
        using var site = TestSite.FromFixture("minimal");
        var text = site.Read("fiches/locataires-et-energie.md")
            .Replace("## Contexte", "# Contexte", StringComparison.Ordinal)
            .Replace("## Démarche", "# Démarche\n\nComme dit plus [haut](#contexte).\n\n## Les étapes\n\n### Le calendrier\n\n###### Détail", StringComparison.Ordinal);
        site.Write("fiches/locataires-et-energie.md", text);
        var result = site.Build();

        var lines = text.Split('\n');
        var warnings = result.Diagnostics.Where(d => d.Code == DiagnosticCodes.LevelOneHeading.Id).ToList();
        Assert.Equal([Array.IndexOf(lines, "# Contexte") + 1, Array.IndexOf(lines, "# Démarche") + 1], warnings.Select(w => w.Location.Line));
        Assert.All(warnings, w => Assert.Equal(1, w.Location.Column));
        Assert.Contains("Écrivez « ## Contexte »", warnings[0].Hint, StringComparison.Ordinal);
        // The anchors do not move: the link to #contexte still finds its heading.
        result.AssertClean(DiagnosticCodes.LevelOneHeading, DiagnosticCodes.UnusedTerm, DiagnosticCodes.NoEditorialTeam);

        var page = Html.Parse(result, Page);
        Assert.Single(page.QuerySelectorAll("h1"));
        var body = page.QuerySelector(".writeup__body")!;
        Assert.Equal(["h2#contexte", "h2#demarche", "h3#les-etapes", "h4#le-calendrier", "h6#detail"],
            body.QuerySelectorAll("h1, h2, h3, h4, h5, h6").Select(h => h.LocalName + "#" + h.Id));
        Assert.Equal(["#contexte", "#demarche"], page.QuerySelectorAll(".toc a").Select(a => a.GetAttribute("href")));
    }

    [Fact]
    public void A_body_without_level_one_headings_keeps_its_levels()
    {
        using var site = TestSite.FromFixture("minimal");
        var result = site.Build();
        Assert.DoesNotContain(result.Diagnostics, d => d.Code == DiagnosticCodes.LevelOneHeading.Id);
        var body = Html.Parse(result, Page).QuerySelector(".writeup__body")!;
        Assert.Equal(["h2#contexte", "h2#demarche"], body.QuerySelectorAll("h1, h2, h3").Select(h => h.LocalName + "#" + h.Id));
    }
}
