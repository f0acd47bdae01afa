using Osez.Building;
using Osez.Configuration;
using Osez.Diagnostics;
using Osez.Tests.Support;

namespace Osez.Tests.Output;

public sealed class OutputFolderGuardTests
{
    private static BuildResult BuildInto(TestSite site, string output)
        => SiteBuilder.Default.Run(new BuildOptions(SitePaths.From(site.ContentPath, Repository.Templates, output), OutputMode.Disk) { Today = TestSite.Today });

    [Fact]
    public void Refuses_the_content_folder_and_its_parents_and_deletes_nothing()
    {
        using var site = TestSite.FromFixture("minimal");
        var before = Directory.EnumerateFiles(site.Root, "*", SearchOption.AllDirectories).Count();
        foreach (var output in new[] { site.ContentPath, site.Root, Path.Combine(site.ContentPath, "fiches"), Path.Combine(site.ContentPath, "fiches") + "/../" })
        {
            var result = BuildInto(site, output);
            Assert.Contains(result.Diagnostics, d => d.Code == DiagnosticCodes.OutputRefused.Id);
            Assert.False(result.Written);
        }
        Assert.Equal(before, Directory.EnumerateFiles(site.Root, "*", SearchOption.AllDirectories).Count());
    }

    [Fact]
    public void Refuses_a_folder_that_a_build_did_not_produce()
    {
        using var site = TestSite.FromFixture("minimal");
        var documents = Path.Combine(site.Root, "documents");
        Directory.CreateDirectory(documents);
        File.WriteAllText(Path.Combine(documents, "important.txt"), "à garder");
        var result = BuildInto(site, documents);
        Assert.Contains(result.Diagnostics, d => d.Code == DiagnosticCodes.OutputRefused.Id);
        Assert.Equal("à garder", File.ReadAllText(Path.Combine(documents, "important.txt")));
    }

    [Fact]
    public void Refuses_a_repository_root()
    {
        using var site = TestSite.FromFixture("minimal");
        var repository = Path.Combine(site.Root, "depot");
        Directory.CreateDirectory(Path.Combine(repository, ".git"));
        var result = BuildInto(site, repository);
        Assert.Contains(result.Diagnostics, d => d.Code == DiagnosticCodes.OutputRefused.Id);
        Assert.True(Directory.Exists(Path.Combine(repository, ".git")));
    }

    [Fact]
    public void Accepts_an_empty_folder_and_then_its_own_output()
    {
        using var site = TestSite.FromFixture("minimal");
        Directory.CreateDirectory(site.OutputPath);
        Assert.True(site.Build(OutputMode.Disk).Written);
        Assert.True(site.Build(OutputMode.Disk).Written);
    }
}
