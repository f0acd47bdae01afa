using Osez.Content;
using Osez.Diagnostics;
using Osez.Tests.Support;

namespace Osez.Tests.Content;

/// <summary>
/// « langue » names the file of interface texts: only a language code the theme has texts for gets through,
/// and anything else is reported where it is written in site.yml.
/// </summary>
public sealed class LanguageTests
{
    [Fact]
    public void A_path_in_langue_is_refused_and_the_file_it_names_is_never_read()
    {
        using var site = TestSite.FromFixture("minimal");
        // The attack: interface texts (printed on every page) taken from a file the pull request adds.
        site.Write("ui.yml", "common:\n  skip_link: \"<script>alert('osez-xss')</script>\"\n");
        site.Replace("site.yml", "editeur: Équipe de test", "editeur: Équipe de test\nlangue: ../../content/ui");

        var result = site.Check();
        var error = result.Single(DiagnosticCodes.InvalidConfig);
        Assert.Equal(new SourceLocation("content/site.yml", 4, 9), error.Location);
        Assert.Contains("../../content/ui", error.Message);
        Assert.Equal("fr", ContentLoader.Load(site.Paths, new DiagnosticBag())!.Config.Language);
        Assert.DoesNotContain(result.Diagnostics, d => d.Location.File.Contains("ui.yml", StringComparison.Ordinal));

        var build = site.Build(Osez.Building.OutputMode.Disk);
        Assert.True(build.HasErrors);
        Assert.False(Directory.Exists(site.OutputPath) && Directory.EnumerateFiles(site.OutputPath, "*.html", SearchOption.AllDirectories).Any());
    }

    [Theory]
    [InlineData("ui/../fr")]
    [InlineData("/etc/passwd")]
    [InlineData("..\\\\fr")]
    [InlineData("fr.yml")]
    [InlineData("FR")]
    [InlineData("\"fr\\\" onmouseover=\\\"alert(1)\"")]
    public void Langue_is_a_language_code_and_nothing_else(string value)
    {
        using var site = TestSite.FromFixture("minimal");
        site.Replace("site.yml", "editeur: Équipe de test", "editeur: Équipe de test\nlangue: " + value);
        var error = site.Check().Single(DiagnosticCodes.InvalidConfig);
        Assert.Equal(4, error.Location.Line);
        Assert.Contains("code de langue", error.Message);
    }

    [Fact]
    public void A_language_the_theme_has_no_texts_for_is_reported_in_site_yml_with_the_ones_it_has()
    {
        using var site = TestSite.FromFixture("minimal");
        site.Replace("site.yml", "editeur: Équipe de test", "editeur: Équipe de test\nlangue: en");
        var error = site.Check().Single(DiagnosticCodes.InvalidConfig);
        Assert.Equal(new SourceLocation("content/site.yml", 4, 9), error.Location);
        Assert.Contains("« en »", error.Message);
        Assert.Contains("Langues disponibles : fr.", error.Hint);
    }

    [Fact]
    public void Langue_fr_written_out_builds_as_before()
    {
        using var site = TestSite.FromFixture("minimal");
        site.Replace("site.yml", "editeur: Équipe de test", "editeur: Équipe de test\nlangue: fr");
        var result = site.Build();
        result.AssertNoErrors();
        Assert.Equal("fr", Html.Parse(result, "index.html").DocumentElement.GetAttribute("lang"));
    }
}
