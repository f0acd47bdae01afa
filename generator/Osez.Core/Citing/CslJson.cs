using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Osez.Citing;

/// <summary>CSL-JSON items (<c>type: report</c>), the format of Zotero, citeproc and Pandoc: a file is an array of items.</summary>
public sealed class CslJson : CitationFormat
{
    public override string Name => "csl-json";

    public override string Extension => ".json";

    public override string MediaType => "application/vnd.citationstyles.csl+json";

    /// <summary>A chunk holds the item itself (an object, not its text).</summary>
    public override string ChunkField => "csl";

    public override void WriteChunkField(Utf8JsonWriter json, CitedWork work)
    {
        json.WritePropertyName(ChunkField);
        WriteItem(json, work);
    }

    /// <summary><c>"json": true</c>: the script makes a JSON array of the items, indented by two spaces.</summary>
    public override void WriteJoining(Utf8JsonWriter json) => json.WriteBoolean("json", true);

    /// <summary>Readable output: accents are written as they are, not as \u escapes.</summary>
    public static JsonSerializerOptions Options { get; } = new()
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static JsonObject Item(CitedWork work)
    {
        var item = new JsonObject
        {
            ["id"] = work.Id,
            ["type"] = "report",
            ["title"] = work.Title,
            ["author"] = new JsonArray(work.Authors.Select(AuthorName).ToArray<JsonNode?>()),
            ["issued"] = DateParts(work.Issued),
            ["publisher"] = work.Publisher,
            ["container-title"] = work.SiteTitle,
            ["genre"] = work.Genre,
            ["abstract"] = work.Abstract,
            ["language"] = work.Language,
        };
        if (work.Url.Length > 0)
            item["URL"] = work.Url;
        if (work.Keywords.Count > 0)
            item["keyword"] = string.Join(", ", work.Keywords);
        if (work.Licence.Length > 0)
            item["license"] = work.Licence;
        return item;
    }

    /// <summary>
    /// Writes <see cref="Item"/> straight to <paramref name="json"/>: the same properties in the same order,
    /// without building the object first (every write-up page carries its reference in CSL-JSON).
    /// </summary>
    public static void WriteItem(Utf8JsonWriter json, CitedWork work)
    {
        json.WriteStartObject();
        json.WriteString("id", work.Id);
        json.WriteString("type", "report");
        json.WriteString("title", work.Title);
        json.WriteStartArray("author");
        foreach (var author in work.Authors)
        {
            json.WriteStartObject();
            if (author.IsCollective)
                json.WriteString("literal", author.Literal);
            else
            {
                json.WriteString("family", author.Family);
                if (author.Given.Length > 0)
                    json.WriteString("given", author.Given);
            }
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteStartObject("issued");
        json.WriteStartArray("date-parts");
        json.WriteStartArray();
        json.WriteNumberValue(work.Issued.Year);
        json.WriteNumberValue(work.Issued.Month);
        json.WriteNumberValue(work.Issued.Day);
        json.WriteEndArray();
        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteString("publisher", work.Publisher);
        json.WriteString("container-title", work.SiteTitle);
        json.WriteString("genre", work.Genre);
        json.WriteString("abstract", work.Abstract);
        json.WriteString("language", work.Language);
        if (work.Url.Length > 0)
            json.WriteString("URL", work.Url);
        if (work.Keywords.Count > 0)
            json.WriteString("keyword", string.Join(", ", work.Keywords));
        if (work.Licence.Length > 0)
            json.WriteString("license", work.Licence);
        json.WriteEndObject();
    }

    /// <summary>The file of one write-up's reference, as a string.</summary>
    public override string File(CitedWork work)
    {
        using var buffer = new MemoryStream();
        WriteFile(buffer, [work]);
        return System.Text.Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
    }

    /// <summary>The same file for many items, written to <paramref name="stream"/> as they are made.</summary>
    public override void WriteFile(Stream stream, IEnumerable<CitedWork> works)
    {
        using (var json = new Utf8JsonWriter(stream, WriterOptions))
        {
            json.WriteStartArray();
            foreach (var work in works)
            {
                WriteItem(json, work);
                if (json.BytesPending > FlushBytes)
                    json.Flush();
            }
            json.WriteEndArray();
        }
        stream.Write("\n"u8);
    }

    /// <summary>What <see cref="Options"/> gives, for writers that stream.</summary>
    public static JsonWriterOptions WriterOptions { get; } = new() { Indented = true, Encoder = Options.Encoder };

    /// <summary>Bytes a streaming writer keeps before handing them on.</summary>
    public const int FlushBytes = 1 << 16;

    private static JsonObject AuthorName(CitedAuthor author) => author.IsCollective
        ? new JsonObject { ["literal"] = author.Literal }
        : author.Given.Length == 0
            ? new JsonObject { ["family"] = author.Family }
            : new JsonObject { ["family"] = author.Family, ["given"] = author.Given };

    private static JsonObject DateParts(DateOnly date) => new()
    {
        ["date-parts"] = new JsonArray(new JsonArray(date.Year, date.Month, date.Day)),
    };
}
