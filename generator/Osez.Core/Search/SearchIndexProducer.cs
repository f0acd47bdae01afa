using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Osez.Diagnostics;
using Osez.Features;
using Osez.Output;
using Osez.Rendering;
using Osez.Search.Lunr;
using Osez.Search.Shards;
using Osez.Site;

namespace Osez.Search;

/// <summary>
/// The "search" stage: builds the lunr index and writes it cut into shards of sorted terms, with the
/// manifest the search page loads first, the facet values and slugs by runs of write-ups, and one
/// small file per write-up: what its result shows, and its text for the snippet. Every file is a script,
/// so that the search page also works opened from disk; each is written as soon as it is made.
/// </summary>
public sealed class SearchIndexProducer : ISiteProducer
{
    /// <summary>Write-ups per file of facet values, and of slugs.</summary>
    public const int FacetChunk = 1000, SlugChunk = 1000;

    private const string Origin = "index de recherche";

    private readonly int _shardBytes;

    /// <param name="shardBytes">Raw bytes aimed at per shard (tests cut small corpora into many shards).</param>
    public SearchIndexProducer(int shardBytes = TermShards.TargetBytes) => _shardBytes = shardBytes;

    public string Stage => "search";

    public void Produce(SiteModel site, RenderedSite rendered, IOutputSink output, DiagnosticBag diagnostics)
    {
        var count = rendered.WriteUps.Count;
        var documents = new IReadOnlyList<string?>[count];
        Parallel.For(0, count, i => documents[i] = SearchFields.ValuesOf(rendered.WriteUps[i], site));
        // The catalogue and the content hash are one thread's work each: made while the index is built on the others.
        var named = Task.Run(() =>
        {
            var catalog = SearchCatalog.From(site, rendered);
            return (catalog, Folder: "donnees-" + ContentHash(documents, catalog));
        });
        var index = SearchIndexer.Build(documents);
        var (catalog, folder) = named.GetAwaiter().GetResult();
        var root = SearchUrls.DataFolder(folder);

        var (starts, kilobytes) = TermShards.WriteAll(index, (key, bytes) => output.Write(root + key + ".js", bytes, Origin), _shardBytes);

        var termList = TermShards.TermList(index);
        output.Write(root + SearchUrls.TermList + ".js", termList, Origin);
        WriteChunks(output, root, catalog, count);
        // Each thread reuses its builder: a card holds the write-up's whole text.
        Parallel.For(0, count, () => new StringBuilder(1 << 16), (i, _, json) =>
        {
            json.Clear();
            Card(json, i, catalog.WriteUps[i], documents[i][Body] ?? string.Empty);
            DataScript.End(json, output, root + SearchUrls.Card(i) + ".js", rendered.WriteUps[i].WriteUp.Source.DisplayPath);
            return json;
        }, _ => { });

        var manifest = new SearchManifest(folder, index.Fields, index.Pipeline, count,
            starts, kilobytes, (termList.Length + 1023) / 1024,
            FacetChunk, catalog.Facets, SlugChunk, Years(catalog));
        output.Write(SearchUrls.Index, manifest.ToScript(), Origin);
    }

    private static readonly int Body = SearchFields.All.ToList().IndexOf(SearchFields.Body);

    private static void WriteChunks(IOutputSink output, string root, SearchCatalog catalog, int count)
    {
        var ordinals = catalog.Facets.Select(f => f.Terms.Select((t, i) => (t[0], i)).ToDictionary(p => p.Item1, p => p.i, StringComparer.Ordinal)).ToList();
        for (var chunk = 0; chunk * FacetChunk < Math.Max(1, count); chunk++)
        {
            var from = chunk * FacetChunk;
            var to = Math.Min(count, from + FacetChunk);
            var key = SearchUrls.Facets(chunk);
            var json = DataScript.Begin(new StringBuilder(), key).Append('[');
            for (var f = 0; f < catalog.Facets.Count; f++)
            {
                if (f > 0)
                    json.Append(',');
                JsText.AppendJsonString(json, FacetCodes.Column(catalog.WriteUps, catalog.Facets[f], ordinals[f], from, to));
            }
            output.Write(root + key + ".js", DataScript.End(json.Append(']')), Origin);
        }
        for (var chunk = 0; chunk * SlugChunk < Math.Max(1, count); chunk++)
        {
            var key = SearchUrls.Slugs(chunk);
            var json = DataScript.Begin(new StringBuilder(), key).Append('[');
            for (var d = chunk * SlugChunk; d < Math.Min(count, (chunk + 1) * SlugChunk); d++)
            {
                if (d > chunk * SlugChunk)
                    json.Append(',');
                JsText.AppendJsonString(json, catalog.WriteUps[d].Slug);
            }
            output.Write(root + key + ".js", DataScript.End(json.Append(']')), Origin);
        }
    }

    /// <summary>One file per write-up (not two): on a busy disk, each file created costs as much as writing kilobytes.</summary>
    private static void Card(StringBuilder json, int reference, SearchEntry entry, string text)
    {
        DataScript.Begin(json, SearchUrls.Card(reference)).Append("{\"slug\":");
        JsText.AppendJsonString(json, entry.Slug);
        json.Append(",\"url\":");
        JsText.AppendJsonString(json, entry.Url);
        json.Append(",\"title\":");
        JsText.AppendJsonString(json, entry.Title);
        json.Append(",\"summary\":");
        JsText.AppendJsonString(json, entry.Summary);
        json.Append(",\"date\":");
        JsText.AppendJsonString(json, entry.Date);
        json.Append(",\"illustrative\":").Append(entry.Illustrative ? "true" : "false").Append(",\"text\":");
        JsText.AppendJsonString(json, text);
        json.Append('}');
    }

    /// <summary>[year, first ref] per year. Refs follow the site's order, newest first, so each year is one run.</summary>
    private static List<(int Year, int FirstRef)> Years(SearchCatalog catalog)
    {
        var years = new List<(int Year, int FirstRef)>();
        for (var d = 0; d < catalog.WriteUps.Count; d++)
        {
            var entry = catalog.WriteUps[d];
            if (d > 0 && string.CompareOrdinal(entry.Date, catalog.WriteUps[d - 1].Date) > 0)
                throw new InvalidOperationException("Search refs must follow the write-ups newest first.");
            if (years.Count == 0 || years[^1].Year != entry.Year)
                years.Add((entry.Year, d));
        }
        return years;
    }

    /// <summary>A short hash of everything the search files are made of, naming this build's data folder.</summary>
    private static string ContentHash(IReadOnlyList<IReadOnlyList<string?>> documents, SearchCatalog catalog)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var buffer = new byte[1 << 16];
        void Add(string? text)
        {
            text ??= "\u0001";
            var max = Encoding.UTF8.GetMaxByteCount(text.Length) + 1;
            if (buffer.Length < max)
                buffer = new byte[max];
            var written = Encoding.UTF8.GetBytes(text, buffer);
            buffer[written] = 0;
            hash.AppendData(buffer, 0, written + 1);
        }
        Add(string.Join(",", SearchManifest.FormatVersion, TermShards.TargetBytes, FacetChunk, SlugChunk));
        Add(string.Join("|", SearchFields.All.Select(f => f.Name + ":" + f.Boost.ToString(CultureInfo.InvariantCulture))));
        foreach (var facet in catalog.Facets)
            Add(facet.Param + "=" + string.Join(",", facet.Terms.Select(t => t[0])));
        for (var d = 0; d < documents.Count; d++)
        {
            foreach (var value in documents[d])
                Add(value);
            var entry = catalog.WriteUps[d];
            Add(string.Join("\u0002", entry.Slug, entry.Url, entry.Title, entry.Summary, entry.Date, entry.Illustrative ? "1" : "0",
                string.Join(";", entry.Terms.Select(t => t.Key + "=" + string.Join(",", t.Value)))));
        }
        return Convert.ToHexStringLower(hash.GetHashAndReset())[..12];
    }
}
