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
    public void Only_a_folder_of_stray_files_is_suggested_to_be_emptied()
    {
        using var site = TestSite.FromFixture("minimal");
        var project = Assert.Single(BuildInto(site, site.Root).Diagnostics, d => d.Code == DiagnosticCodes.OutputRefused.Id);
        Assert.DoesNotContain("videz ce dossier", project.Hint);
        var documents = Path.Combine(site.Root, "documents");
        Directory.CreateDirectory(documents);
        File.WriteAllText(Path.Combine(documents, "important.txt"), "à garder");
        var stray = Assert.Single(BuildInto(site, documents).Diagnostics, d => d.Code == DiagnosticCodes.OutputRefused.Id);
        Assert.Contains("videz ce dossier s'il ne contient rien à garder", stray.Hint);
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

    public static TheoryData<string> DangerousFolders()
    {
        var folders = new TheoryData<string>
        {
            Path.GetPathRoot(Path.GetTempPath())!,
            Environment.GetFolderPath(Environment.SpecialFolder.UserProfile),
            Path.GetDirectoryName(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile).TrimEnd(Path.DirectorySeparatorChar))!,
        };
        if (OperatingSystem.IsWindows())
            folders.Add(Environment.GetFolderPath(Environment.SpecialFolder.Windows));
        else
        {
            folders.Add("//");
            folders.Add("/usr");
            folders.Add("/etc/");
            folders.Add("/tmp/..");
        }
        if (OperatingSystem.IsLinux())
            folders.Add("/proc");
        return folders;
    }

    [Theory]
    [MemberData(nameof(DangerousFolders))]
    public void Refuses_a_disk_root_a_system_folder_or_the_home_folder_with_a_message_and_no_crash(string output)
    {
        using var site = TestSite.FromFixture("minimal");
        var result = BuildInto(site, output);
        var refused = Assert.Single(result.Diagnostics, d => d.Code == DiagnosticCodes.OutputRefused.Id);
        Assert.Contains("est refusé : ", refused.Message);
        Assert.False(result.Written);
    }

    [Fact]
    public void Refuses_an_empty_system_folder_and_a_link_to_the_disk_root()
    {
        using var site = TestSite.FromFixture("minimal");
        var link = Path.Combine(site.Root, "racine");
        Directory.CreateSymbolicLink(link, Path.GetPathRoot(Path.GetTempPath())!);
        var result = BuildInto(site, link);
        Assert.Contains(result.Diagnostics, d => d.Code == DiagnosticCodes.OutputRefused.Id && d.Message.Contains("racine du disque", StringComparison.Ordinal));
        Assert.Equal(new DirectoryInfo(link).LinkTarget, Path.GetPathRoot(Path.GetTempPath()));
        if (!OperatingSystem.IsWindows() && Directory.Exists("/mnt") && !Directory.EnumerateFileSystemEntries("/mnt").Any())
            Assert.Contains(BuildInto(site, "/mnt").Diagnostics, d => d.Code == DiagnosticCodes.OutputRefused.Id);
    }

    [Fact]
    public void The_command_line_refuses_output_slash_with_exit_code_1_and_no_stack_trace()
    {
        using var site = TestSite.FromFixture("minimal");
        var output = new StringWriter();
        var error = new StringWriter();
        var code = Osez.Cli.CliApp.Run(["build", "--content", site.ContentPath, "--templates", Repository.Templates, "--output", "/"], output, error);
        Assert.Equal(1, code);
        // Reports of a build go to the error stream: its standard output is the site's summary alone.
        Assert.Contains("KB0504", error.ToString());
        Assert.Contains("racine du disque", error.ToString());
        Assert.DoesNotContain("   at ", output.ToString() + error.ToString());
    }
}
