using Osez.Building;
using Osez.Cli;
using Osez.Configuration;
using Osez.Content;
using Osez.Diagnostics;
using Osez.Tests.Support;

namespace Osez.Tests.Content;

/// <summary>
/// Nothing outside the content folder is read, published or quoted, whatever link leads there and at whatever
/// depth it sits; links that stay inside keep working.
/// </summary>
public sealed class ContainedPathTests
{
    private const string Secret = "SECRET-HORS-DU-SITE";
    private const string WriteUp = "content/fiches/groupe-de-parents/index.md";

    /// <summary>A folder beside the site holding a secret file, an image and a page, none of which may be published.</summary>
    private static string Outside(TempFolder folder)
    {
        var outside = folder.Combine("ailleurs");
        Directory.CreateDirectory(outside);
        File.WriteAllText(Path.Combine(outside, "passwd"), Secret + ":x:0:0:root:/root:/bin/bash\n");
        File.WriteAllBytes(Path.Combine(outside, "photo.png"), [0x89, (byte)'P', (byte)'N', (byte)'G', .. System.Text.Encoding.ASCII.GetBytes(Secret)]);
        return outside;
    }

    private static void AssertNothingOutsideIsPublished(BuildResult result)
    {
        Assert.DoesNotContain(result.Diagnostics, d => (d.Message + d.Hint).Contains(Secret, StringComparison.Ordinal) || d.Message.Contains("ailleurs", StringComparison.Ordinal));
        if (result.Files is { } files)
            Assert.DoesNotContain(files, f => System.Text.Encoding.Latin1.GetString(f.Value).Contains(Secret, StringComparison.Ordinal));
    }

    [Fact]
    public void A_linked_sub_folder_of_a_write_up_does_not_publish_what_it_points_to()
    {
        using var site = TestSite.FromFixture("minimal");
        using var folder = new TempFolder();
        var outside = Outside(folder);
        Directory.CreateSymbolicLink(site.File("fiches/groupe-de-parents/sous"), outside);
        site.Replace("fiches/groupe-de-parents/index.md", "![Affiche de la réunion](affiche.png)", "![x](sous/passwd)");

        var result = site.Build();

        var refused = Assert.Single(result.Diagnostics, d => d.Code == DiagnosticCodes.PathOutsideSite.Id);
        Assert.Equal(WriteUp, refused.Location.File);
        Assert.Equal(23, refused.Location.Line);
        Assert.Null(result.Files);
        AssertNothingOutsideIsPublished(result);
        var disk = site.Build(OutputMode.Disk);
        Assert.False(disk.Written);
        Assert.False(Directory.Exists(site.OutputPath));
    }

    [Fact]
    public void The_reproduction_with_etc_is_refused_as_written()
    {
        if (!File.Exists("/etc/passwd"))
            Assert.Skip("Pas de /etc/passwd sur ce système.");
        using var site = TestSite.FromFixture("minimal");
        Directory.CreateSymbolicLink(site.File("fiches/groupe-de-parents/sous"), "/etc");
        site.Replace("fiches/groupe-de-parents/index.md", "![Affiche de la réunion](affiche.png)", "![x](sous/passwd)");
        var result = site.Build(OutputMode.Disk);
        Assert.Contains(result.Diagnostics, d => d.Code == DiagnosticCodes.PathOutsideSite.Id && d.Location.File == WriteUp);
        Assert.False(Directory.Exists(site.OutputPath));
    }

    [Theory]
    [InlineData("sous/photo.png")]
    [InlineData("sous/../sous/photo.png")]
    [InlineData("sous/./passwd")]
    [InlineData("lien-vers-lien/photo.png")]
    [InlineData("profond/a/b/photo.png")]
    public void Links_at_any_depth_or_through_another_link_are_refused(string link)
    {
        using var site = TestSite.FromFixture("minimal");
        using var folder = new TempFolder();
        var outside = Outside(folder);
        var own = site.File("fiches/groupe-de-parents");
        Directory.CreateSymbolicLink(Path.Combine(own, "sous"), outside);
        // A link to a link: the second leaves, the first stays inside.
        Directory.CreateSymbolicLink(Path.Combine(own, "lien-vers-lien"), "sous");
        // Real folders first, then a link deep down.
        Directory.CreateDirectory(Path.Combine(own, "profond", "a"));
        Directory.CreateSymbolicLink(Path.Combine(own, "profond", "a", "b"), "../../sous");
        site.Replace("fiches/groupe-de-parents/index.md", "![Affiche de la réunion](affiche.png)", $"![x]({link})");

        var result = site.Build();

        Assert.Contains(result.Diagnostics, d => d.Code == DiagnosticCodes.PathOutsideSite.Id && d.Location.File == WriteUp);
        Assert.Null(result.Files);
        AssertNothingOutsideIsPublished(result);
    }

    [Fact]
    public void A_link_target_with_dot_dot_is_followed_where_the_link_leads_not_by_its_text()
    {
        using var site = TestSite.FromFixture("minimal");
        using var folder = new TempFolder();
        var outside = Outside(folder);
        var deep = Path.Combine(outside, "profond");
        Directory.CreateDirectory(deep);
        var own = site.File("fiches/groupe-de-parents");
        // "haut" leads to ailleurs/profond; "haut/../passwd" is then ailleurs/passwd for the system, while the
        // text "groupe-de-parents/haut/../passwd" would seem to stay in the write-up's folder.
        Directory.CreateSymbolicLink(Path.Combine(own, "haut"), deep);
        File.CreateSymbolicLink(Path.Combine(own, "affiche-bis.png"), "haut/../photo.png");
        site.Replace("fiches/groupe-de-parents/index.md", "![Affiche de la réunion](affiche.png)", "![x](affiche-bis.png)");

        var result = site.Build();

        Assert.Contains(result.Diagnostics, d => d.Code == DiagnosticCodes.PathOutsideSite.Id && d.Location.File == WriteUp);
        AssertNothingOutsideIsPublished(result);
        Assert.Equal(Path.Combine(outside, "photo.png"), ContainedPath.Resolve(Path.Combine(own, "affiche-bis.png")));
    }

    [Theory]
    [InlineData("pages")]
    [InlineData("fiches")]
    [InlineData("parcours")]
    [InlineData("vocabulaires")]
    public void A_linked_folder_of_the_content_that_leads_outside_is_ignored_and_reported(string name)
    {
        using var site = TestSite.FromFixture("minimal");
        using var folder = new TempFolder();
        var outside = folder.Combine(name);
        TempFolder.CopyFolder(site.File(name == "parcours" ? "pages" : name), outside);
        File.WriteAllText(Path.Combine(outside, "secret.md"),
            $"---\ntitre: {Secret}\nresume: Une page venue d'ailleurs.\n---\n{Secret}\n");
        if (Directory.Exists(site.File(name)))
            Directory.Delete(site.File(name), recursive: true);
        Directory.CreateSymbolicLink(site.File(name), outside);

        var result = site.Check();

        var refused = Assert.Single(result.Diagnostics, d => d.Code == DiagnosticCodes.PathOutsideSite.Id);
        Assert.Equal("content/" + name, refused.Location.File);
        Assert.DoesNotContain(result.Diagnostics, d => d.Location.File.Contains("secret", StringComparison.Ordinal));
        AssertNothingOutsideIsPublished(result);
        AssertNothingOutsideIsPublished(site.Build());
    }

    [Fact]
    public void A_site_yml_linked_to_a_system_file_is_refused_and_never_quoted()
    {
        using var site = TestSite.FromFixture("minimal");
        using var folder = new TempFolder();
        var outside = Outside(folder);
        File.Delete(site.File("site.yml"));
        File.CreateSymbolicLink(site.File("site.yml"), Path.Combine(outside, "passwd"));

        var result = site.Check();
        var refused = Assert.Single(result.Diagnostics);
        Assert.Equal(DiagnosticCodes.PathOutsideSite.Id, refused.Code);
        Assert.Equal("content/site.yml", refused.Location.File);

        foreach (var format in new[] { "texte", "github", "json" })
        {
            var output = new StringWriter();
            var error = new StringWriter();
            var code = CliApp.Run(["check", "--format", format, "--content", site.ContentPath, "--templates", Repository.Templates], output, error);
            Assert.Equal(1, code);
            Assert.DoesNotContain(Secret, output.ToString() + error.ToString());
            Assert.DoesNotContain("root:", output.ToString() + error.ToString());
            Assert.Contains("KB0307", output.ToString());
        }
    }

    [Fact]
    public void A_report_never_quotes_a_line_of_a_file_that_resolves_outside_the_content_folder()
    {
        using var site = TestSite.FromFixture("minimal");
        using var folder = new TempFolder();
        var outside = Outside(folder);
        File.CreateSymbolicLink(site.File("fiches/lien.md"), Path.Combine(outside, "passwd"));
        Directory.CreateSymbolicLink(site.File("dehors"), outside);

        Assert.False(site.Paths.MayQuote(site.File("fiches/lien.md")));
        Assert.False(site.Paths.MayQuote(site.File("dehors/passwd")));
        Assert.False(site.Paths.MayQuote(Path.Combine(outside, "passwd")));
        Assert.True(site.Paths.MayQuote(site.File("fiches/locataires-et-energie.md")));
        Assert.True(site.Paths.MayQuote(Path.Combine(Repository.Templates, "layouts", "base.html")));
    }

    [Fact]
    public void Links_that_stay_inside_the_content_folder_keep_working()
    {
        using var site = TestSite.FromFixture("minimal");
        var own = site.File("fiches/groupe-de-parents");
        Directory.CreateDirectory(Path.Combine(own, "images"));
        File.Move(Path.Combine(own, "affiche.png"), Path.Combine(own, "images", "affiche.png"));
        Directory.CreateSymbolicLink(Path.Combine(own, "raccourci"), "images");
        File.CreateSymbolicLink(Path.Combine(own, "affiche.png"), Path.Combine("images", "affiche.png"));
        site.Replace("fiches/groupe-de-parents/index.md", "Le [compte rendu](compte-rendu.txt) est joint.",
            "Le [compte rendu](compte-rendu.txt) est joint. ![Encore](raccourci/affiche.png)");
        // A folder of the content linked to another place in the content.
        Directory.Move(site.File("pages"), site.File("autres-pages"));
        Directory.CreateSymbolicLink(site.File("pages"), "autres-pages");

        var result = site.Build();

        result.AssertNoErrors();
        Assert.Contains("fiches/groupe-de-parents/affiche.png", result.Files!.Keys);
        Assert.Contains("fiches/groupe-de-parents/raccourci/affiche.png", result.Files!.Keys);
        Assert.Contains(result.Files!.Keys, k => k.StartsWith("a-propos/", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("assets/systeme", true)]
    [InlineData("partials/fuite.html", false)]
    public void Theme_files_linked_outside_the_templates_folder_are_neither_read_nor_copied(string link, bool folderLink)
    {
        using var site = TestSite.FromFixture("minimal");
        using var folder = new TempFolder();
        var outside = Outside(folder);
        var templates = folder.Combine("templates");
        TempFolder.CopyFolder(Repository.Templates, templates);
        var linkPath = Path.Combine(templates, link);
        if (folderLink)
            Directory.CreateSymbolicLink(linkPath, outside);
        else
            File.CreateSymbolicLink(linkPath, Path.Combine(outside, "passwd"));

        var result = SiteBuilder.Default.Run(new BuildOptions(SitePaths.From(site.ContentPath, templates, site.OutputPath), OutputMode.Memory)
        {
            Today = TestSite.Today,
        });

        var refused = Assert.Single(result.Diagnostics, d => d.Code == DiagnosticCodes.PathOutsideSite.Id);
        Assert.Equal(linkPath.Replace('\\', '/'), refused.Location.File);
        Assert.Null(result.Files);
        AssertNothingOutsideIsPublished(result);
    }

    [Fact]
    public void Resolve_follows_every_link_and_gives_up_on_loops()
    {
        using var folder = new TempFolder();
        var a = folder.Combine("a");
        Directory.CreateDirectory(Path.Combine(a, "b"));
        Directory.CreateSymbolicLink(folder.Combine("l1"), "a");
        Directory.CreateSymbolicLink(Path.Combine(a, "l2"), "../l1/b");
        File.CreateSymbolicLink(folder.Combine("boucle1"), "boucle2");
        File.CreateSymbolicLink(folder.Combine("boucle2"), "boucle1");

        var real = ContainedPath.Resolve(folder.Path)!;
        Assert.Equal(Path.Combine(real, "a", "b", "x"), ContainedPath.Resolve(folder.Combine("l1", "l2", "x")));
        Assert.Null(ContainedPath.Resolve(folder.Combine("boucle1")));
        Assert.False(ContainedPath.IsInside(folder.Combine("boucle1"), folder.Path));
        Assert.True(ContainedPath.IsInside(folder.Combine("l1", "l2"), a));
        Assert.False(ContainedPath.IsInside(folder.Combine("l1"), Path.Combine(a, "b")));
    }
}
