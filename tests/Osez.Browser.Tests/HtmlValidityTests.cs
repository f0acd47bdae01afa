using Osez.Browser.Tests.Support;

namespace Osez.Browser.Tests;

/// <summary>The Nu Html Checker finds no error in any page: of the shipped site, and of a site of 1,100 generated write-ups.</summary>
public sealed class HtmlValidityTests(BrowserFixture fixture)
{
    private static void AssertValid(string folder)
    {
        var pages = Directory.EnumerateFiles(folder, "*.html", SearchOption.AllDirectories).Count();
        Assert.True(pages > 20, $"only {pages} pages in {folder}");
        var errors = HtmlChecker.Errors(folder);
        Assert.True(errors.Count == 0, $"{errors.Count} errors in {pages} pages:\n" + string.Join("\n", errors.Take(40)));
    }

    [Fact]
    public void The_checker_reports_an_invalid_page()
    {
        var folder = Directory.CreateTempSubdirectory("osez-vnu-").FullName;
        try
        {
            File.WriteAllText(Path.Combine(folder, "index.html"), "<!doctype html><html lang=\"fr\"><title>x</title><p><a download=\"a.bib\" aria-label=\"Télécharger\">BibTeX</a></p></html>");
            Assert.Contains(HtmlChecker.Errors(folder), e => e.StartsWith("index.html:1: ", StringComparison.Ordinal));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void Every_page_of_the_shipped_site_is_valid_html() => AssertValid(fixture.SiteFolder);

    [Fact]
    public void Every_page_of_a_site_of_a_thousand_generated_write_ups_is_valid_html() => AssertValid(GeneratedSite.Instance.Folder);
}
