using Osez.Diagnostics;
using Osez.Output;
using Osez.Rendering;
using Osez.Site;

namespace Osez.Features;

/// <summary>
/// Produces files beyond the HTML pages from the rendered site (search index, feeds, exports).
/// Each producer is one stage of the build, timed under its <see cref="Stage"/> name.
/// </summary>
public interface ISiteProducer
{
    string Stage { get; }

    void Produce(SiteModel site, RenderedSite rendered, IOutputSink output, DiagnosticBag diagnostics);
}
