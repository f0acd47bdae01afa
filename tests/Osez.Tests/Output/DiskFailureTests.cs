using System.Diagnostics;
using Osez.Building;
using Osez.Diagnostics;
using Osez.Output;
using Osez.Tests.Support;

namespace Osez.Tests.Output;

/// <summary>
/// A disk that fills up or turns read-only during a build: a KB0505 in plain words, never a crash, and the previous
/// site left exactly as it was, whatever the moment of the failure.
/// </summary>
public sealed class DiskFailureTests
{
    private const int NoSpace = 28;

    private static BuildResult BuildFailingAt(TestSite site, Func<string, bool> failsAt, Exception? failure = null)
        => SiteBuilder.Default.Run(new BuildOptions(site.Paths, OutputMode.Disk)
        {
            Today = TestSite.Today,
            DiskOutput = (output, diagnostics) => new DiskOutput(output, diagnostics, Environment.ProcessId, point =>
            {
                if (failsAt(point))
                    throw failure ?? new IOException("No space left on device", NoSpace);
            }),
        });

    private static void AssertUnchanged(TestSite site, Dictionary<string, byte[]> before)
    {
        var after = OutputLinks.Read(site.OutputPath);
        Assert.Equal(before.Keys.Order(StringComparer.Ordinal), after.Keys.Order(StringComparer.Ordinal));
        foreach (var (path, bytes) in before)
            Assert.True(bytes.AsSpan().SequenceEqual(after[path]), $"{path} changed");
        Assert.Equal(["content", "output"], Directory.EnumerateFileSystemEntries(site.Root).Select(Path.GetFileName)
            .Where(n => n != ".output.recyclage").Order(StringComparer.Ordinal));
    }

    public static TheoryData<string> FailurePoints() =>
    [
        "page:1", "page:7", "page:30", "page:last",
        "assets/site.css", "donnees/fiches.csv", "sitemap.xml", "flux.xml",
        "commit:journal", "commit:ancien", "commit:nouveau",
    ];

    [Theory]
    [MemberData(nameof(FailurePoints))]
    public void A_full_disk_at_any_point_is_reported_and_leaves_the_previous_site_as_it_was(string point)
    {
        using var site = TestSite.FromFixture("minimal");
        site.Build(OutputMode.Disk).AssertNoErrors();
        site.Build(OutputMode.Disk).AssertNoErrors();
        var before = OutputLinks.Read(site.OutputPath);
        var total = site.Build().Files!.Count;
        site.Replace("fiches/locataires-et-energie.md", "titre: \"", "titre: \"Nouveau : ");

        var writes = 0;
        var result = BuildFailingAt(site, p =>
        {
            if (p.StartsWith("commit:", StringComparison.Ordinal))
                return p == point;
            var n = Interlocked.Increment(ref writes);
            return point == p || point == $"page:{n}" || (point == "page:last" && n == total - 1);
        });

        var failed = Assert.Single(result.Diagnostics, d => d.Code == DiagnosticCodes.OutputFailed.Id);
        Assert.Equal(site.OutputPath, failed.Location.File);
        Assert.Contains("le disque est plein", failed.Message);
        Assert.Contains("L'ancien site est conservé.", failed.Hint);
        Assert.False(result.Written);
        AssertUnchanged(site, before);

        site.Build(OutputMode.Disk).AssertNoErrors();
        Assert.Contains("Nouveau : ", site.OutputFile("fiches/locataires-et-energie/index.html"));
    }

    [Fact]
    public void Writing_refused_and_a_read_only_disk_say_so()
    {
        using var site = TestSite.FromFixture("minimal");
        site.Build(OutputMode.Disk).AssertNoErrors();
        var before = OutputLinks.Read(site.OutputPath);

        var refused = BuildFailingAt(site, p => p == "index.html", new UnauthorizedAccessException("Access to the path is denied."));
        Assert.Contains(refused.Diagnostics, d => d.Code == DiagnosticCodes.OutputFailed.Id && d.Message.Contains("le droit d'écrire y est refusé", StringComparison.Ordinal));
        var readOnly = BuildFailingAt(site, p => p == "commit:nouveau", new IOException("Read-only file system", 30));
        Assert.Contains(readOnly.Diagnostics, d => d.Code == DiagnosticCodes.OutputFailed.Id && d.Message.Contains("lecture seule", StringComparison.Ordinal));
        AssertUnchanged(site, before);
    }

    [Fact]
    public void Only_disk_failures_are_reported_as_such_a_bug_among_them_is_not_hidden()
    {
        var io = new IOException("No space left on device", NoSpace);
        Assert.Same(io, OutputFailure.Find(new AggregateException(io, new IOException("idem", NoSpace))));
        Assert.Same(io, OutputFailure.Find(new AggregateException(new AggregateException(io))));
        Assert.Null(OutputFailure.Find(new AggregateException(io, new NullReferenceException())));
        Assert.Null(OutputFailure.Find(new InvalidOperationException()));
    }

    /// <summary>
    /// The same on a real file system: a small tmpfs, filled so that the failure falls at a different point in each
    /// run, then made read-only. Needs the right to mount (root on Linux); skipped with the reason otherwise.
    /// </summary>
    [Fact]
    public void On_a_real_small_disk_every_run_fails_cleanly_and_keeps_the_previous_site()
    {
        using var site = TestSite.FromFixture("minimal");
        var disk = Path.Combine(site.Root, "disque");
        Directory.CreateDirectory(disk);
        if (!OperatingSystem.IsLinux())
            Assert.Skip("Le test sur un petit disque réel demande Linux (tmpfs).");
        var mounted = Run("mount", "-t", "tmpfs", "-o", "size=1200k", "tmpfs", disk);
        if (mounted.Code != 0)
            Assert.Skip($"Monter un tmpfs n'est pas permis ici : {mounted.Error.Trim()}");
        try
        {
            var output = Path.Combine(disk, "site");
            BuildResult BuildOnDisk() => SiteBuilder.Default.Run(new BuildOptions(
                Osez.Configuration.SitePaths.From(site.ContentPath, Repository.Templates, output), OutputMode.Disk) { Today = TestSite.Today });
            BuildOnDisk().AssertNoErrors();
            var before = OutputLinks.Read(output);
            var siteBytes = before.Values.Sum(b => (long)b.Length);
            site.Replace("fiches/locataires-et-energie.md", "titre: \"", "titre: \"Nouveau : ");

            // Nine runs, each with less room left than a site needs: the disk fills up at a different point each time.
            var filler = Path.Combine(disk, "remplissage");
            var recycled = DiskOutput.RecycledFolder(output);
            for (var run = 0; run < 9; run++)
            {
                // What a failed run left to rewrite would let the next one need less room: each run starts afresh.
                if (Directory.Exists(recycled))
                    Directory.Delete(recycled, recursive: true);
                var room = siteBytes * (8 - run) / 10;
                FillWith(filler + run, new DriveInfo(disk).AvailableFreeSpace - room);

                var result = BuildOnDisk();

                var failed = Assert.Single(result.Diagnostics, d => d.Code == DiagnosticCodes.OutputFailed.Id);
                Assert.Contains("le disque est plein", failed.Message);
                Assert.False(result.Written);
                AssertSame(before, OutputLinks.Read(output));
                File.Delete(filler + run);
            }

            Assert.Equal(0, Run("mount", "-o", "remount,ro", disk).Code);
            var readOnly = BuildOnDisk();
            Assert.Contains(readOnly.Diagnostics, d => d.Code == DiagnosticCodes.OutputFailed.Id && d.Message.Contains("lecture seule", StringComparison.Ordinal));
            AssertSame(before, OutputLinks.Read(output));
        }
        finally
        {
            Run("umount", "-l", disk);
        }
    }

    /// <summary>Writes real blocks (a sparse file would take no room on a tmpfs).</summary>
    private static void FillWith(string file, long bytes)
    {
        var block = new byte[64 * 1024];
        using var stream = new FileStream(file, FileMode.Create);
        try
        {
            for (long written = 0; written < bytes; written += block.Length)
                stream.Write(block, 0, (int)Math.Min(block.Length, bytes - written));
            stream.Flush();
        }
        catch (IOException)
        {
            // Full already: as good.
        }
    }

    private static void AssertSame(Dictionary<string, byte[]> before, Dictionary<string, byte[]> after)
    {
        Assert.Equal(before.Keys.Order(StringComparer.Ordinal), after.Keys.Order(StringComparer.Ordinal));
        foreach (var (path, bytes) in before)
            Assert.True(bytes.AsSpan().SequenceEqual(after[path]), $"{path} changed");
    }

    private static (int Code, string Error) Run(string command, params string[] arguments)
    {
        try
        {
            var start = new ProcessStartInfo(command) { RedirectStandardError = true, RedirectStandardOutput = true };
            foreach (var argument in arguments)
                start.ArgumentList.Add(argument);
            using var process = Process.Start(start)!;
            var error = process.StandardError.ReadToEnd();
            process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            return (process.ExitCode, error);
        }
        catch (System.ComponentModel.Win32Exception ex)
        {
            return (-1, ex.Message);
        }
    }
}
