using System.Buffers;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;

namespace Osez.Citing;

/// <summary>
/// One write-up's reference as the three files a reader downloads from its page, made by the formatters
/// (<see cref="Citing.BibTex"/>, <see cref="Citing.Ris"/>, <see cref="Citing.CslJson"/>).
/// The page carries them as data and its script offers them as files: no file per write-up on disk.
/// </summary>
public sealed record CitationTexts(string BibTex, string Ris, string CslJson)
{
    // Escapes what means something to HTML (<, >, &, quotes) so the JSON can sit in a <script> element,
    // and keeps accents as they are.
    private static readonly JavaScriptEncoder PageEncoder = JavaScriptEncoder.Create(UnicodeRanges.All);

    public static CitationTexts Of(CitedWork work) => new(Citing.BibTex.Entry(work), Citing.Ris.Record(work), Citing.CslJson.File([work]));

    /// <summary>
    /// <c>{"bibtex": "...", "ris": "...", "csl-json": "..."}</c>, safe inside
    /// <c>&lt;script type="application/json"&gt;</c>: no "&lt;" can close the element.
    /// </summary>
    public string ToPageJson()
    {
        var buffer = new ArrayBufferWriter<byte>(BibTex.Length + Ris.Length + CslJson.Length + 256);
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = PageEncoder }))
        {
            json.WriteStartObject();
            json.WriteString(CitationFormats.BibTex, BibTex);
            json.WriteString(CitationFormats.Ris, Ris);
            json.WriteString(CitationFormats.CslJson, CslJson);
            json.WriteEndObject();
        }
        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }
}
