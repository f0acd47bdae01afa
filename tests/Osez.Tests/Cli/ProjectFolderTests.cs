using System.Diagnostics;
using Osez.Tests.Support;

namespace Osez.Tests.Cli;

/// <summary>
/// The generator started from another folder, as build.sh and build.cmd start it (OSEZ_PROJET names the project): the
/// folders not named are the project's, the folders named are taken from where the person is.
/// </summary>
public sealed class ProjectFolderTests
{
    private static async Task<(int Code, string Out)> Run(string workingFolder, string? project, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workingFolder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "osez.dll"));
        foreach (var arg in args)
            start.ArgumentList.Add(arg);
        start.Environment.Remove("OSEZ_PROJET");
        if (project is not null)
            start.Environment["OSEZ_PROJET"] = project;
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
        var error = process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
        await process.WaitForExitAsync(TestContext.Current.CancellationToken);
        return (process.ExitCode, await output + await error);
    }

    [Fact]
    public async Task From_another_folder_the_project_content_is_checked()
    {
        using var site = TestSite.FromFixture("minimal");
        using var elsewhere = new TempFolder();
        var (code, output) = await Run(elsewhere.Path, site.Root, "check", "--templates", Repository.Templates);
        Assert.True(code == 0, output);
        Assert.Contains("0 erreur", output);
        // Without the project's folder, the same command looks where it is typed, and says so.
        var (lost, message) = await Run(elsewhere.Path, null, "check", "--templates", Repository.Templates);
        Assert.NotEqual(0, lost);
        Assert.Contains("introuvable", message);
    }

    [Fact]
    public async Task A_folder_the_person_names_is_taken_from_where_they_are()
    {
        using var site = TestSite.FromFixture("minimal");
        site.Replace("fiches/locataires-et-energie.md", "thematiques: [energie, logement-habitat]", "thematiques: [energie, inconnu]");
        using var project = new TempFolder();
        // The project's own content is elsewhere and empty: only the folder named, from where the person is, is read.
        var (code, output) = await Run(Path.GetDirectoryName(site.Root)!, project.Path,
            "check", "--content", Path.Combine(Path.GetFileName(site.Root), "content"), "--templates", Repository.Templates);
        Assert.Equal(1, code);
        Assert.Contains("KB0201", output);
    }
}
