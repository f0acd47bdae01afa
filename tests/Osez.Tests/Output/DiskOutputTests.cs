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
        Assert.Equal([".output.recyclage", "ailleurs", "content", "output"], Directory.EnumerateFileSystemEntries(site.Root).Select(Path.GetFileName).Order(StringComparer.Ordinal));

        // The replaced site, links included, is now the folder the next build rewrites: its links go, unfollowed.
        site.Build(OutputMode.Disk).AssertNoErrors();
        Assert.Equal("ne pas effacer", File.ReadAllText(precious));
        Assert.True(File.Exists(Path.Combine(outside, "a-garder.txt")));
        Assert.False(Path.Exists(Path.Combine(site.OutputPath, "fiches", "lien-dossier")));
    }

    [Fact]
    public void A_build_killed_before_the_end_leaves_a_folder_that_the_next_build_takes_over()
    {
        using var site = TestSite.FromFixture("minimal");
        // Process numbers never go that high: this build is surely not running any more.
        var abandoned = Path.Combine(site.Root, $".output.en-cours-{int.MaxValue - 1}-0123456789abcdef0123456789abcdef");
        Directory.CreateDirectory(Path.Combine(abandoned, "fiches"));
        File.WriteAllText(Path.Combine(abandoned, ".osez-site"), "");
        File.WriteAllText(Path.Combine(abandoned, "fiches", "a-moitie.html"), "page à moitié écrite");
        // Named alike but not ours (no marker): never touched.
        var notOurs = Path.Combine(site.Root, $".output.en-cours-{int.MaxValue - 1}-autre");
        Directory.CreateDirectory(notOurs);
        File.WriteAllText(Path.Combine(notOurs, "notes.txt"), "à garder");

        site.Build(OutputMode.Disk).AssertNoErrors();

        Assert.False(Path.Exists(abandoned));
        Assert.Equal("à garder", File.ReadAllText(Path.Combine(notOurs, "notes.txt")));
        Assert.False(Path.Exists(Path.Combine(site.OutputPath, "fiches", "a-moitie.html")));
        Assert.True(File.Exists(Path.Combine(site.OutputPath, "fiches", "index.html")));
        Assert.Equal([".output.en-cours-" + (int.MaxValue - 1) + "-autre", "content", "output"],
            Directory.EnumerateFileSystemEntries(site.Root).Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void A_rebuild_rewrites_the_replaced_site_in_place_without_writing_through_links_or_keeping_old_files()
    {
        using var site = TestSite.FromFixture("minimal");
        site.Build(OutputMode.Disk).AssertNoErrors();
        site.Build(OutputMode.Disk).AssertNoErrors();
        var recycled = Path.Combine(site.Root, ".output.recyclage");
        Assert.True(File.Exists(Path.Combine(recycled, "index.html")));

        // What a previous site may hold that the next one must not: a page it no longer has, a page made longer
        // than the new one, links in place of pages.
        var outside = Path.Combine(site.Root, "ailleurs");
        Directory.CreateDirectory(outside);
        var precious = Path.Combine(outside, "a-garder.txt");
        File.WriteAllText(precious, "ne pas effacer");
        Directory.CreateDirectory(Path.Combine(recycled, "fiches", "ancienne-fiche"));
        File.WriteAllText(Path.Combine(recycled, "fiches", "ancienne-fiche", "index.html"), "ancienne page");
        File.AppendAllText(Path.Combine(recycled, "fiches", "index.html"), new string('x', 100_000));
        var sameLength = File.ReadAllBytes(Path.Combine(recycled, "404.html"));
        "XXXXX"u8.CopyTo(sameLength.AsSpan(sameLength.Length / 2));
        File.WriteAllBytes(Path.Combine(recycled, "404.html"), sameLength);
        File.Delete(Path.Combine(recycled, "index.html"));
        File.CreateSymbolicLink(Path.Combine(recycled, "index.html"), precious);
        Directory.Delete(Path.Combine(recycled, "assets"), recursive: true);
        Directory.CreateSymbolicLink(Path.Combine(recycled, "assets"), outside);

        site.Replace("fiches/locataires-et-energie.md", "titre: \"", "titre: \"Nouveau : ");
        site.Build(OutputMode.Disk).AssertNoErrors();

        Assert.Equal("ne pas effacer", File.ReadAllText(precious));
        Assert.Equal(["a-garder.txt"], Directory.EnumerateFileSystemEntries(outside).Select(Path.GetFileName));
        var written = OutputLinks.Read(site.OutputPath);
        var expected = site.Build().Files!;
        Assert.Equal(expected.Keys.Append(".osez-site").Order(StringComparer.Ordinal), written.Keys.Order(StringComparer.Ordinal));
        foreach (var (path, bytes) in expected)
            Assert.True(bytes.AsSpan().SequenceEqual(written[path]), $"{path} differs from a build into memory");
        Assert.Contains("Nouveau : ", File.ReadAllText(Path.Combine(site.OutputPath, "fiches", "locataires-et-energie", "index.html")));
        Assert.False(Directory.Exists(Path.Combine(site.OutputPath, "fiches", "ancienne-fiche")));
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
