using AngleSharp.Html.Parser;
using Osez.Building;
using Osez.Citing;
using Osez.Configuration;
using Osez.Corpus;
using Osez.Tests.Support;

namespace Osez.Tests.Citing;

/// <summary>
/// What the selection and search pages load: the references and texts of the write-ups in a few
/// chunks, each write-up in the chunk its slug gives, and no file per write-up.
/// </summary>
public sealed class ReferenceChunkTests
{
    private const int Count = 240;

    [Fact]
    public void Each_write_up_is_in_the_chunk_its_slug_gives_and_the_site_holds_no_file_per_write_up_for_citing()
    {
        using var folder = new TempFolder();
        CorpusWriter.Write(new CorpusOptions(Count, "1", folder.Combine("corpus"), Repository.Content, Stats: false));
        var output = folder.Combine("output");
        var result = SiteBuilder.Default.Run(new BuildOptions(SitePaths.From(folder.Combine("corpus", "content"), Repository.Templates, output), OutputMode.Disk));
        result.AssertNoErrors();

        var manifest = CitationData.Manifest(output);
        var chunkCount = ReferenceChunks.CountFor(Count);
        Assert.Equal(4, chunkCount);
        Assert.Equal(Count, manifest.GetProperty("fiches").GetInt32());
        Assert.Equal(chunkCount, manifest.GetProperty("references").GetArrayLength());
        Assert.Equal(chunkCount, manifest.GetProperty("contenus").GetArrayLength());

        var slugs = Directory.GetDirectories(Path.Combine(output, "fiches")).Select(Path.GetFileName).OfType<string>().ToList();
        Assert.Equal(Count, slugs.Count);
        var references = CitationData.Chunks(output, "references");
        var contents = CitationData.Chunks(output, "contenus");
        Assert.Equal(slugs.Order(StringComparer.Ordinal), references.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(slugs.Order(StringComparer.Ordinal), contents.Keys.Order(StringComparer.Ordinal));
        foreach (var slug in slugs)
        {
            Assert.Equal(ReferenceChunks.Of(slug, chunkCount), references[slug].Chunk);
            Assert.Equal(ReferenceChunks.Of(slug, chunkCount), contents[slug].Chunk);
            // A write-up's folder holds its page only; its references are in the page.
            Assert.Equal(["index.html"], Directory.GetFiles(Path.Combine(output, "fiches", slug)).Select(Path.GetFileName));
        }
        // Chunks are about the size aimed at: none empty, none more than twice the average.
        var sizes = references.Values.GroupBy(r => r.Chunk).Select(g => g.Count()).ToList();
        Assert.Equal(chunkCount, sizes.Count);
        Assert.All(sizes, size => Assert.InRange(size, 1, 2 * ReferenceChunks.WriteUpsPerChunk));

        // The text of a write-up in its chunk is the body of its page, for the printed handout.
        var sample = slugs[17];
        var page = new HtmlParser().ParseDocument(File.ReadAllText(Path.Combine(output, "fiches", sample, "index.html")));
        var body = new HtmlParser().ParseDocument("<div>" + contents[sample].Value.GetString() + "</div>");
        Assert.Equal(page.QuerySelector(".writeup__body")!.TextContent.Trim(), body.Body!.TextContent.Trim());
        var entry = references[sample].Value;
        Assert.Equal(page.QuerySelector("h1")!.TextContent, entry.GetProperty("titre").GetString());
        Assert.Equal($"fiches/{sample}/index.html", entry.GetProperty("chemin").GetString());
        var shownReference = new HtmlParser().ParseDocument("<p>" + entry.GetProperty("reference_html").GetString() + "</p>").QuerySelector("p")!;
        Assert.Equal(page.QuerySelector("#reference")!.InnerHtml, shownReference.InnerHtml);
        // The same texts as the page offers for download.
        var pageTexts = CitationData.PageTexts(output, sample);
        Assert.Equal(pageTexts[CitationFormats.BibTex.Name], entry.GetProperty("bibtex").GetString());
        Assert.Equal(pageTexts[CitationFormats.Ris.Name], entry.GetProperty("ris").GetString());

        // Citing data in all: the collection's three exports, the manifest and two files per chunk.
        var data = Directory.GetFiles(Path.Combine(output, "donnees"), "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(output, f).Replace('\\', '/')).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(3 + 1 + 2 * chunkCount + 3, data.Count);
        Assert.Contains("donnees/references.js", data);
        Assert.DoesNotContain("donnees/citations.js", data);
        Assert.Equal(chunkCount, data.Count(f => f.StartsWith("donnees/references/", StringComparison.Ordinal)));
        Assert.Equal(chunkCount, data.Count(f => f.StartsWith("donnees/contenus/", StringComparison.Ordinal)));
    }

    [Fact]
    public void A_chunk_file_is_named_after_its_content_so_a_changed_write_up_renames_only_its_chunks()
    {
        using var site = TestSite.FromShippedContent();
        var first = site.Build();
        first.AssertNoErrors();
        site.Replace("fiches/des-films-pour-changer-le-regard.md", "Partir de la colère, pas du projet", "Partir de la colère, jamais du projet");
        var second = site.Build();
        second.AssertNoErrors();
        string[] Chunks(BuildResult result, string kind) => [.. result.Files!.Keys.Where(k => k.StartsWith($"donnees/{kind}/", StringComparison.Ordinal))];
        // Ten write-ups make one chunk: the text changed, the references did not.
        Assert.Equal(Chunks(first, "references"), Chunks(second, "references"));
        Assert.NotEqual(Chunks(first, "contenus"), Chunks(second, "contenus"));
        Assert.Single(Chunks(second, "contenus"));
        Assert.Contains(Chunks(second, "contenus")[0][("donnees/".Length)..], Html.Text(second, "donnees/references.js"));
    }

    [Fact]
    public void The_chunk_of_a_slug_is_fnv_1a_modulo_the_count_as_the_pages_script_computes_it()
    {
        // Values worked out by hand from the FNV-1a definition (offset 2166136261, prime 16777619).
        Assert.Equal(0, ReferenceChunks.Of("a", 1));
        Assert.Equal((int)(0xE40C292Cu % 7), ReferenceChunks.Of("a", 7));
        Assert.Equal((int)(0xBF9CF968u % 200), ReferenceChunks.Of("foobar", 200));
        Assert.Equal(1, ReferenceChunks.CountFor(0));
        Assert.Equal(1, ReferenceChunks.CountFor(64));
        Assert.Equal(2, ReferenceChunks.CountFor(65));
        Assert.Equal(16, ReferenceChunks.CountFor(1_000));
        Assert.Equal(256, ReferenceChunks.CountFor(10_000));
        // A power of two: when the number doubles, a chunk's write-ups go to itself or to one new chunk.
        foreach (var slug in new[] { "a", "foobar", "des-films-pour-changer-le-regard" })
            Assert.Equal(ReferenceChunks.Of(slug, 128), ReferenceChunks.Of(slug, 256) % 128);
        // The page's script takes the same parameters from assets/regles.js, written from ReferenceChunks.
        var script = File.ReadAllText(Path.Combine(Repository.Templates, "assets", "citations.js"));
        Assert.Contains("OsezRegles.referenceChunks", script);
        var rules = System.Text.Encoding.UTF8.GetString(Osez.Building.SiteBuilder.Default.RulesScript.Bytes);
        Assert.Contains("\"referenceChunks\":{\"fnvOffset\":2166136261,\"fnvPrime\":16777619}", rules);
    }
}
