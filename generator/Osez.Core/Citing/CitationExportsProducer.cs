using System.Text;
using Osez.Diagnostics;
using Osez.Features;
using Osez.Output;
using Osez.Rendering;
using Osez.Site;

namespace Osez.Citing;

/// <summary>
/// Writes the citation exports of the whole collection (BibTeX, RIS and CSL-JSON in <c>donnees/</c>,
/// streamed to disk) and the chunked data the selection and search pages load to export and print any
/// list of write-ups (<see cref="ReferenceChunkFiles"/>). A write-up's own page carries its three texts.
/// </summary>
public sealed class CitationExportsProducer : ISiteProducer
{
    public string Stage => "citations";

    private const string CollectionOrigin = "références de toutes les fiches";

    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    public void Produce(SiteModel site, RenderedSite rendered, IOutputSink output, DiagnosticBag diagnostics)
    {
        if (rendered.Strings is not { } strings)
            return;
        var dates = new DateLabels(strings);
        var works = new CitedWorks(site, strings.Get("citing.reference_genre")).All;
        var reference = new FrenchReference(strings, dates);
        Parallel.Invoke(
            () => WriteCollection(output, works),
            () => new ReferenceChunkFiles(site, rendered, works, reference, dates).Write(output));
    }

    private static void WriteCollection(IOutputSink output, IReadOnlyList<CitedWork> works)
    {
        WriteText(output, CitingUrls.CollectionBibTex, writer => BibTex.WriteFile(writer, works));
        WriteText(output, CitingUrls.CollectionRis, writer => Ris.WriteFile(writer, works));
        using var stream = output.Create(CitingUrls.CollectionCslJson, CollectionOrigin);
        CslJson.WriteFile(stream, works);
    }

    private static void WriteText(IOutputSink output, string path, Action<TextWriter> write)
    {
        using var stream = output.Create(path, CollectionOrigin);
        using var writer = new StreamWriter(stream, Utf8, CslJson.FlushBytes);
        write(writer);
    }
}
