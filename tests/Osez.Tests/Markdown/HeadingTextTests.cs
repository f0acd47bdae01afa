using Osez.Tests.Support;

namespace Osez.Tests.Markdown;

public sealed class HeadingTextTests
{
    [Fact]
    public void A_heading_written_with_an_entity_or_a_link_is_named_in_words_by_its_anchor()
    {
        using var site = TestSite.FromFixture("minimal");
        site.Replace("fiches/locataires-et-energie.md", "## Démarche", "## Élus &amp; habitants, [ensemble](https://exemple.org)");
        var page = Html.Parse(site.Build(), "fiches/locataires-et-energie/index.html");

        var heading = page.QuerySelectorAll("h2").Single(h => h.TextContent.Contains("Élus", StringComparison.Ordinal));
        var labels = heading.QuerySelectorAll("a").SelectMany(a => a.Attributes).Select(a => a.Value).ToList();
        Assert.Contains("Lien vers la section « Élus & habitants, ensemble »", labels);
    }
}
