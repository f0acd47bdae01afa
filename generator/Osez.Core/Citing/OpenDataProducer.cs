using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Osez.Content;
using Osez.Diagnostics;
using Osez.Features;
using Osez.Output;
using Osez.Rendering;
using Osez.Site;

namespace Osez.Citing;

/// <summary>
/// Writes every published write-up's metadata as open data: <c>donnees/fiches.json</c> (structured,
/// vocabulary terms with id and label) and <c>donnees/fiches.csv</c> (one row per write-up, one column
/// per field, terms as labels). Both are documented on <c>donnees/index.html</c>, and streamed to disk
/// write-up by write-up.
/// </summary>
public sealed class OpenDataProducer : ISiteProducer
{
    public string Stage => "open-data";

    public void Produce(SiteModel site, RenderedSite rendered, IOutputSink output, DiagnosticBag diagnostics)
    {
        var works = new CitedWorks(site, rendered.Strings?.Get("citing.reference_genre") ?? string.Empty);
        // Each file is one thread's work: both are written at once.
        Parallel.Invoke(
            () =>
            {
                using var json = output.Create(CitingUrls.MetadataJson, Origin);
                WriteJson(json, site, works);
            },
            () =>
            {
                using var csv = output.Create(CitingUrls.MetadataCsv, Origin);
                WriteCsv(csv, site, works);
            });
    }

    private const string Origin = "données ouvertes";

    /// <summary>RFC 4180: comma-separated, cells as <see cref="CsvCell"/> writes them, CR LF line ends; with a byte
    /// order mark, so that spreadsheet programs read the accents right. Written row by row.</summary>
    public static void WriteCsv(Stream stream, SiteModel site, CitedWorks works)
    {
        using var writer = new StreamWriter(stream, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true), CslJson.FlushBytes);
        WriteRow(writer, WriteUpTable.Columns(site.Vocabularies).Select(c => c.Name));
        foreach (var writeUp in site.WriteUps)
            WriteRow(writer, WriteUpTable.Row(writeUp, works[writeUp], site.Vocabularies));
    }

    private static void WriteRow(TextWriter writer, IEnumerable<string> cells)
    {
        var first = true;
        foreach (var cell in cells)
        {
            if (!first)
                writer.Write(',');
            writer.Write(CsvCell.Of(cell));
            first = false;
        }
        writer.Write("\r\n");
    }

    /// <summary>The site, then one object per write-up, written as each is made.</summary>
    public static void WriteJson(Stream stream, SiteModel site, CitedWorks works)
    {
        using (var json = new Utf8JsonWriter(stream, CslJson.WriterOptions))
        {
            json.WriteStartObject();
            json.WriteString("site", site.Config.Title);
            json.WriteString("editeur", site.Config.Publisher);
            json.WriteString("adresse", site.Config.BaseUrl);
            json.WriteString("documentation", CitingUrls.OpenDataPage);
            // Each write-up's reference is the entry whose key (BibTeX), ID (RIS) or id (CSL-JSON) is its slug.
            json.WriteStartObject("references");
            foreach (var format in CitationFormats.All)
                json.WriteString(format.Key, CitingUrls.Collection(format));
            json.WriteEndObject();
            json.WriteNumber("nombre_de_fiches", site.WriteUps.Count);
            json.WriteStartArray("fiches");
            foreach (var writeUp in site.WriteUps)
            {
                Item(site, writeUp, works[writeUp]).WriteTo(json);
                if (json.BytesPending > CslJson.FlushBytes)
                    json.Flush();
            }
            json.WriteEndArray();
            json.WriteEndObject();
        }
        stream.Write("\n"u8);
    }

    private static JsonObject Item(SiteModel site, WriteUp writeUp, CitedWork work)
    {
        var item = new JsonObject
        {
            ["slug"] = writeUp.Slug,
            ["titre"] = writeUp.Title,
            ["resume"] = writeUp.Summary,
            ["url"] = work.Url.Length > 0 ? work.Url : work.Path,
            ["date_publication"] = WriteUpTable.Iso(writeUp.PublishedOn),
            ["date_mise_a_jour"] = writeUp.UpdatedOn is { } updated ? WriteUpTable.Iso(updated) : null,
            ["auteurs"] = new JsonArray(writeUp.Authors.Select(a => (JsonNode?)(a.IsCollective
                ? new JsonObject { ["collectif"] = a.Collective, ["structure"] = a.Organisation }
                : new JsonObject { ["nom"] = a.LastName, ["prenom"] = a.FirstName, ["fonction"] = a.Role, ["structure"] = a.Organisation })).ToArray()),
            ["periode"] = writeUp.Period is { } period
                ? new JsonObject { ["debut"] = period.Start.ToString(), ["fin"] = period.End?.ToString(), ["en_cours"] = period.End is null }
                : null,
            ["taille_groupe"] = writeUp.GroupSize is { } size ? new JsonObject { ["min"] = size.Min, ["max"] = size.Max } : null,
        };
        foreach (var vocabulary in site.Vocabularies.All)
        {
            var terms = writeUp.TermsOf(vocabulary.Key).Select(t => t.Id).Distinct(StringComparer.Ordinal)
                .Select(id => (JsonNode?)new JsonObject { ["id"] = id, ["libelle"] = vocabulary.Find(id)?.Label ?? id }).ToArray();
            item[vocabulary.Key] = new JsonArray(terms);
        }
        item["licence"] = writeUp.Licence;
        item["illustratif"] = writeUp.IsIllustrative;
        return item;
    }
}
