using Osez.Building;
using Osez.Tests.Support;

namespace Osez.Tests.Output;

public sealed class DiskOutputTests
{
    [Fact]
    public void Replacing_a_site_never_deletes_what_a_link_inside_it_points_to()
    {
        using var site = TestSite.FromFixture("minimal");
        site.Build(OutputMode.Disk).AssertNoErrors();
        var outside = Path.Combine(site.Root, "ailleurs");
        Directory.CreateDirectory(outside);
        var precious = Path.Combine(outside, "a-garder.txt");
        File.WriteAllText(precious, "ne pas effacer");
        Directory.CreateSymbolicLink(Path.Combine(site.OutputPath, "fiches", "lien-dossier"), outside);
        File.CreateSymbolicLink(Path.Combine(site.OutputPath, "lien-fichier.txt"), precious);

        site.Build(OutputMode.Disk).AssertNoErrors();

        Assert.Equal("ne pas effacer", File.ReadAllText(precious));
        Assert.False(Path.Exists(Path.Combine(site.OutputPath, "lien-fichier.txt")));
        Assert.True(File.Exists(Path.Combine(site.OutputPath, "fiches", "index.html")));
        Assert.Equal(["ailleurs", "content", "output"], Directory.EnumerateFileSystemEntries(site.Root).Select(Path.GetFileName).Order());
    }

    [Fact]
    public void Pages_in_many_folders_written_in_parallel_all_arrive()
    {
        using var folder = new TempFolder();
        var output = folder.Combine("site");
        var diagnostics = new Osez.Diagnostics.DiagnosticBag();
        using (var disk = new Osez.Output.DiskOutput(output, diagnostics))
        {
            Parallel.For(0, 2000, i => disk.Write($"fiches/f{i % 300}/p{i}.html", "<p>"u8.ToArray().Concat(BitConverter.GetBytes(i)).ToArray(), "test"));
            disk.Commit();
        }
        Assert.Empty(diagnostics.Sorted());
        Assert.Equal(2000, Directory.EnumerateFiles(Path.Combine(output, "fiches"), "*.html", SearchOption.AllDirectories).Count());
        Assert.Equal(BitConverter.GetBytes(1999), File.ReadAllBytes(Path.Combine(output, "fiches", "f199", "p1999.html"))[3..]);
    }
}
