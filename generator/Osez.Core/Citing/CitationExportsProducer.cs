using Osez.Features;
using Osez.Diagnostics;
using Osez.Output;
using Osez.Rendering;
using Osez.Site;

namespace Osez.Citing;

/// <summary>
/// Writes the citation exports of the whole collection (one file per format of <see cref="CitationFormats.All"/>
/// in <c>donnees/</c>, streamed to disk) and the chunked data the selection and search pages load to export and
/// print any list of write-ups (<see cref="ReferenceChunkFiles"/>). A write-up's own page carries its texts.
/// </summary>
public sealed class CitationExportsProducer : ISiteProducer
{
    public string Stage => "citations";

    private const string CollectionOrigin = "références de toutes les fiches";

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
        foreach (var format in CitationFormats.All)
        {
            using var stream = output.Create(CitingUrls.Collection(format), CollectionOrigin);
            format.WriteFile(stream, works);
        }
    }
}
