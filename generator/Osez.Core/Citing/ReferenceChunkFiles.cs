using System.Buffers;
using System.Text;
using System.Text.Json;
using Osez.Output;
using Osez.Rendering;
using Osez.Site;

namespace Osez.Citing;

/// <summary>
/// Writes what the selection page and the search exports load, in chunks of at most
/// <see cref="ReferenceChunks.WriteUpsPerChunk"/> write-ups on average: the references of each write-up
/// (<c>donnees/references/N-hash.js</c>), its text for the printed handout
/// (<c>donnees/contenus/N-hash.js</c>), and the manifest that names them (<c>donnees/references.js</c>).
/// Each chunk is made and written on its own, on every core: memory stays at a few chunks.
/// </summary>
public sealed class ReferenceChunkFiles(SiteModel site, RenderedSite rendered, IReadOnlyList<CitedWork> works, FrenchReference reference, DateLabels dates)
{
    /// <summary>Changes when the manifest or the chunks change shape (read by <c>assets/citations.js</c>).</summary>
    public const int FormatVersion = 2;

    private const string Origin = "références des fiches (sélection)";

    public void Write(IOutputSink output)
    {
        var count = ReferenceChunks.CountFor(works.Count);
        var workChunks = Group(works, w => w.Id, count);
        var bodyChunks = Group(rendered.WriteUps, r => r.WriteUp.Slug, count);
        var referenceFiles = new string[count];
        var contentFiles = new string[count];
        Parallel.For(0, 2 * count, () => new ChunkBuffers(), (i, _, buffers) =>
        {
            if (i < count)
                referenceFiles[i] = WriteChunk(output, buffers, CitingUrls.ReferenceChunkKey(i), hash => CitingUrls.ReferenceChunk(i, hash),
                    json => WriteReferences(json, workChunks[i]));
            else
                contentFiles[i - count] = WriteChunk(output, buffers, CitingUrls.ContentChunkKey(i - count), hash => CitingUrls.ContentChunk(i - count, hash),
                    json => WriteContents(json, bodyChunks[i - count]));
            return buffers;
        }, _ => { });
        output.Write(CitingUrls.ReferencesManifest, Manifest(referenceFiles, contentFiles), Origin);
    }

    private static List<T>[] Group<T>(IReadOnlyList<T> items, Func<T, string> slug, int count)
    {
        var chunks = new List<T>[count];
        for (var i = 0; i < count; i++)
            chunks[i] = new List<T>(ReferenceChunks.WriteUpsPerChunk * 2);
        foreach (var item in items)
            chunks[ReferenceChunks.Of(slug(item), count)].Add(item);
        return chunks;
    }

    /// <summary>
    /// The buffers of one thread, reused from chunk to chunk. The JSON writer gets a buffer of its own: given the
    /// stream, it would grow a new one for every chunk (a chunk of bodies is over a megabyte, all on the large object heap).
    /// </summary>
    private sealed class ChunkBuffers
    {
        public readonly MemoryStream Script = new(1 << 20);
        public readonly ArrayBufferWriter<byte> Json = new(1 << 20);
    }

    /// <summary>Writes one chunk script and gives its file name, relative to <c>donnees/</c>.</summary>
    private static string WriteChunk(IOutputSink output, ChunkBuffers buffers, string key, Func<string, string> path, Action<Utf8JsonWriter> write)
    {
        var buffer = buffers.Script;
        buffer.SetLength(0);
        buffers.Json.ResetWrittenCount();
        ChunkScript.Begin(buffer, key);
        using (var json = new Utf8JsonWriter(buffers.Json, new JsonWriterOptions { Encoder = CslJson.Options.Encoder }))
            write(json);
        buffer.Write(buffers.Json.WrittenSpan);
        ChunkScript.End(buffer);
        var bytes = buffer.GetBuffer().AsSpan(0, (int)buffer.Length);
        var file = path(ChunkScript.Hash(bytes));
        output.Write(file, bytes, Origin);
        return file[CitingUrls.DataFolder.Length..];
    }

    private bool French => site.Config.Language.StartsWith("fr", StringComparison.OrdinalIgnoreCase);

    /// <summary>{ slug: { titre, chemin, auteurs, date, illustratif, reference_html, then a field per format: bibtex, ris, csl } }.</summary>
    private void WriteReferences(Utf8JsonWriter json, List<CitedWork> chunk)
    {
        json.WriteStartObject();
        foreach (var work in chunk)
        {
            var writeUp = site.Find(work.Id)!;
            json.WriteStartObject(work.Id);
            // Printed as the pages print them (French typography), since the handout and the selection show them.
            json.WriteString("titre", French ? Text.FrenchTypography.Plain(work.Title) : work.Title);
            json.WriteString("chemin", work.Path);
            json.WriteString("auteurs", Names(writeUp.Authors.Select(a => a.DisplayName).ToList(), reference.And));
            json.WriteString("date", dates.Day(work.Issued));
            json.WriteBoolean("illustratif", work.IsIllustrative);
            json.WriteString("reference_html", French ? Text.FrenchTypography.Html(reference.Html(work)) : reference.Html(work));
            foreach (var format in CitationFormats.All)
                format.WriteChunkField(json, work);
            json.WriteEndObject();
        }
        json.WriteEndObject();
    }

    /// <summary>{ slug: body HTML }.</summary>
    private static void WriteContents(Utf8JsonWriter json, List<RenderedWriteUp> chunk)
    {
        json.WriteStartObject();
        foreach (var item in chunk)
            json.WriteString(item.WriteUp.Slug, item.HtmlUtf8);
        json.WriteEndObject();
    }

    private static string Names(IReadOnlyList<string> names, string and) => names.Count <= 1
        ? string.Concat(names)
        : string.Join(", ", names.Take(names.Count - 1)) + " " + and + " " + names[^1];

    private byte[] Manifest(string[] referenceFiles, string[] contentFiles)
    {
        using var buffer = new MemoryStream();
        buffer.Write(Encoding.UTF8.GetBytes(
            "/* Références des fiches, lues par assets/citations.js (Ma sélection, exports de la recherche).\n"
            + "   Fichier produit à chaque construction du site. Une fiche est dans le morceau n° (FNV-1a 32 bits de son\n"
            + "   identifiant) modulo (nombre de morceaux, une puissance de deux). */\nwindow.OsezReferences="));
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = CslJson.Options.Encoder }))
        {
            json.WriteStartObject();
            json.WriteNumber("format", FormatVersion);
            json.WriteString("site", site.Config.Title);
            json.WriteNumber("fiches", works.Count);
            json.WriteStartArray("references");
            foreach (var file in referenceFiles)
                json.WriteStringValue(file);
            json.WriteEndArray();
            json.WriteStartArray("contenus");
            foreach (var file in contentFiles)
                json.WriteStringValue(file);
            json.WriteEndArray();
            // How to make a file of several write-ups in each format, from their fields in the chunks.
            json.WriteStartObject("formats");
            foreach (var format in CitationFormats.All)
            {
                json.WriteStartObject(format.Name);
                json.WriteString("extension", format.Extension);
                json.WriteString("type", format.MediaType);
                json.WriteString("champ", format.ChunkField);
                format.WriteJoining(json);
                json.WriteEndObject();
            }
            json.WriteEndObject();
            json.WriteEndObject();
        }
        buffer.Write(";\n"u8);
        return buffer.ToArray();
    }
}
