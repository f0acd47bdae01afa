namespace Osez.Building;

/// <summary>
/// The producers of a full build, in the order they run after the pages are rendered.
/// A feature that writes files beyond the HTML pages (search index, feeds, exports) adds itself here.
/// </summary>
public static class SiteProducers
{
    public static IReadOnlyList<ISiteProducer> All { get; } =
    [
        new Search.SearchIndexProducer(),
        new Citing.CitationExportsProducer(),
        new Citing.OpenDataProducer(),
        new Citing.FeedProducer(),
        new Citing.SitemapProducer(),
    ];
}
