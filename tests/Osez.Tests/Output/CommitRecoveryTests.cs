using Osez.Building;
using Osez.Diagnostics;
using Osez.Output;
using Osez.Tests.Support;

namespace Osez.Tests.Output;

/// <summary>
/// A build killed during its commit: whatever step it reached, the next build (even one that fails on its content)
/// leaves output/ holding a complete site, and no folder of the killed build behind.
/// </summary>
public sealed class CommitRecoveryTests
{
    // Process numbers never go that high: the "killed" build is surely not running any more.
    private const int DeadProcess = int.MaxValue - 1;

    private sealed class Killed : Exception;

    private static void AssertHolds(string output, IReadOnlyDictionary<string, byte[]> site)
    {
        var written = OutputLinks.Read(output);
        Assert.Equal(site.Keys.Append(OutputFolderGuard.MarkerFile).Order(StringComparer.Ordinal), written.Keys.Order(StringComparer.Ordinal));
        foreach (var (path, bytes) in site)
            Assert.True(bytes.AsSpan().SequenceEqual(written[path]), $"{path} is not the expected site's");
    }

    /// <summary>Only the site's own folders are left: output, content, and at most the folder waiting to be rewritten.</summary>
    private static void AssertNoLeftovers(TestSite site)
    {
        var names = Directory.EnumerateFileSystemEntries(site.Root).Select(Path.GetFileName).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(["content", "output"], names.Where(n => n != ".output.recyclage"));
    }

    /// <summary>Writes <paramref name="files"/> as a build of a process that is then killed before <paramref name="step"/> of its commit.</summary>
    private static void CommitKilledBefore(string output, IReadOnlyDictionary<string, byte[]> files, string step)
    {
        var disk = new DiskOutput(output, new DiagnosticBag(), DeadProcess, point =>
        {
            if (point == "commit:" + step)
                throw new Killed();
        });
        foreach (var (path, bytes) in files)
            disk.Write(path, bytes, "test");
        Assert.Throws<Killed>(disk.Commit);
        // Not disposed: a killed process cleans nothing up.
    }

    [Theory]
    [InlineData("journal", false)]
    [InlineData("ancien", true)]
    [InlineData("nouveau", true)]
    [InlineData("recyclage", true)]
    [InlineData("fin", true)]
    public void A_commit_killed_at_any_step_is_finished_by_the_next_build_even_a_failing_one(string step, bool newSiteWins)
    {
        using var site = TestSite.FromFixture("minimal");
        site.Build(OutputMode.Disk).AssertNoErrors();
        var first = site.Build().Files!;
        site.Replace("fiches/locataires-et-energie.md", "titre: \"", "titre: \"Nouveau : ");
        var second = site.Build().Files!;

        CommitKilledBefore(site.OutputPath, second, step);
        if (step == "nouveau")
            Assert.False(Directory.Exists(site.OutputPath));

        // The next build fails on its content, and still puts the output folder in order.
        site.Replace("fiches/locataires-et-energie.md", "titre: \"", "titre: ");
        site.Replace("fiches/locataires-et-energie.md", "statut: publie", "statut: [");
        var failed = site.Build(OutputMode.Disk);
        Assert.Contains(failed.Diagnostics, d => d.Severity == Severity.Error);
        Assert.False(failed.Written);
        AssertHolds(site.OutputPath, newSiteWins ? second : first);
        AssertNoLeftovers(site);

        // And the one after that works as usual.
        site.Replace("fiches/locataires-et-energie.md", "statut: [", "statut: publie");
        site.Replace("fiches/locataires-et-energie.md", "titre: ", "titre: \"Troisième : ");
        var third = site.Build().Files!;
        site.Build(OutputMode.Disk).AssertNoErrors();
        AssertHolds(site.OutputPath, third);
        AssertNoLeftovers(site);
    }

    [Fact]
    public void Without_a_journal_a_missing_output_is_restored_from_the_site_a_killed_build_moved_aside()
    {
        using var site = TestSite.FromFixture("minimal");
        site.Build(OutputMode.Disk).AssertNoErrors();
        var first = site.Build().Files!;
        // What the commit of earlier versions left when killed between its two renames.
        Directory.Move(site.OutputPath, Path.Combine(site.Root, $"output.ancien-{DeadProcess}-0123456789abcdef0123456789abcdef"));
        site.Replace("fiches/locataires-et-energie.md", "statut: publie", "statut: [");

        var result = site.Build(OutputMode.Disk);

        Assert.False(result.Written);
        AssertHolds(site.OutputPath, first);
        AssertNoLeftovers(site);
    }

    [Fact]
    public void Old_sites_of_dead_processes_are_removed_but_nothing_that_is_not_ours_or_still_running()
    {
        using var site = TestSite.FromFixture("minimal");
        site.Build(OutputMode.Disk).AssertNoErrors();
        site.Build(OutputMode.Disk).AssertNoErrors();
        for (var i = 0; i < 3; i++)
        {
            var old = Path.Combine(site.Root, $"output.ancien-{DeadProcess}-{i}");
            TempFolder.CopyFolder(site.OutputPath, old);
        }
        // A half-deleted old site still holds its marker (deleted last): it goes too.
        var half = Path.Combine(site.Root, $"output.ancien-{DeadProcess}-moitie");
        Directory.CreateDirectory(Path.Combine(half, "fiches"));
        File.WriteAllText(Path.Combine(half, OutputFolderGuard.MarkerFile), "");
        // Not ours (no marker), or of a running process (this one): never touched.
        var notOurs = Path.Combine(site.Root, $"output.ancien-{DeadProcess}-autre");
        Directory.CreateDirectory(notOurs);
        File.WriteAllText(Path.Combine(notOurs, "notes.txt"), "à garder");
        var running = Path.Combine(site.Root, $"output.ancien-{Environment.ProcessId}-en-cours");
        TempFolder.CopyFolder(site.OutputPath, running);
        // A journal naming folders that are not there: nothing to do but remove it.
        File.WriteAllText(Path.Combine(site.Root, $".output.bascule-{DeadProcess}-perdu"), "");

        site.Build(OutputMode.Disk).AssertNoErrors();

        Assert.Equal(new[] { ".output.recyclage", "content", "output", Path.GetFileName(running), Path.GetFileName(notOurs) }.Order(StringComparer.Ordinal),
            Directory.EnumerateFileSystemEntries(site.Root).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        Assert.Equal("à garder", File.ReadAllText(Path.Combine(notOurs, "notes.txt")));
        Assert.True(File.Exists(Path.Combine(running, "index.html")));
    }

    [Fact]
    public void A_journal_is_never_followed_into_an_output_folder_that_is_not_ours()
    {
        using var site = TestSite.FromFixture("minimal");
        site.Build(OutputMode.Disk).AssertNoErrors();
        var second = site.Build().Files!;
        CommitKilledBefore(site.OutputPath, second, "ancien");
        // Meanwhile someone replaced output/ with their own files: the guard refuses it, and recovery never runs.
        Directory.Delete(site.OutputPath, recursive: true);
        Directory.CreateDirectory(site.OutputPath);
        File.WriteAllText(Path.Combine(site.OutputPath, "important.txt"), "à garder");

        var result = site.Build(OutputMode.Disk);

        Assert.Contains(result.Diagnostics, d => d.Code == DiagnosticCodes.OutputRefused.Id);
        Assert.Equal(["important.txt"], Directory.EnumerateFileSystemEntries(site.OutputPath).Select(Path.GetFileName));
    }
}
