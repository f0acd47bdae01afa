using System.Buffers;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;

namespace Osez.Citing;

/// <summary>
/// One write-up's reference as the files a reader downloads from its page, one per format of
/// <see cref="CitationFormats.All"/>. The page carries them as data and its script offers them as files:
/// no file per write-up on disk.
/// </summary>
public static class CitationTexts
{
    // Escapes what means something to HTML (<, >, &, quotes) so the JSON can sit in a <script> element,
    // and keeps accents as they are.
    private static readonly JavaScriptEncoder PageEncoder = JavaScriptEncoder.Create(UnicodeRanges.All);

    /// <summary>
    /// <c>{"bibtex": "...", "ris": "...", "csl-json": "..."}</c> (by format name), safe inside
    /// <c>&lt;script type="application/json"&gt;</c>: no "&lt;" can close the element.
    /// </summary>
    public static string PageJson(CitedWork work)
    {
        var buffer = new ArrayBufferWriter<byte>(4096);
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = PageEncoder }))
        {
            json.WriteStartObject();
            foreach (var format in CitationFormats.All)
                json.WriteString(format.Name, format.File(work));
            json.WriteEndObject();
        }
        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }
}
