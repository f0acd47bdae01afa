using Osez.Content;
using Osez.Features;
using Osez.Rendering;
using Osez.Rendering.Views;
using Osez.Site;
using Scriban.Runtime;

namespace Osez.Citing;

/// <summary>
/// Citing the write-ups: how to cite each one (on its page and in lists), the selection and open-data pages,
/// redirects from former addresses, then the exports, open data, feed and sitemap made from the rendered site.
/// </summary>
public sealed class CitingFeature : ISiteFeature, IPageSource
{
    public void Register(SiteParts site)
    {
        site.AddPages(this);
        site.AddProducer(new CitationExportsProducer());
        site.AddProducer(new OpenDataProducer());
        site.AddProducer(new FeedProducer());
        site.AddProducer(new SitemapProducer());
        site.AddBrowserRules("referenceChunks", ReferenceChunks.Rules);
    }

    public PageSet Begin(SiteModel site, UiStrings strings) => new Pages(site, strings);

    private sealed class Pages(SiteModel site, UiStrings strings) : PageSet
    {
        private readonly CitationViews _citations = new(site, strings, new DateLabels(strings));

        public override IEnumerable<KeyValuePair<string, string>> Urls =>
        [
            new("selection", CitingUrls.Selection),
            new("open_data", CitingUrls.OpenDataPage),
            new("feed", CitingUrls.Feed),
            new("sitemap", CitingUrls.Sitemap),
            new("metadata_csv", CitingUrls.MetadataCsv),
            new("metadata_json", CitingUrls.MetadataJson),
        ];

        /// <summary>The reference formats readers download, for every template (<c>citation_formats</c>).</summary>
        public override void AddGlobals(ScriptObject globals) => globals["citation_formats"] = CitationFormats.All.Select(f => new CitationFormatView(
            f.Name, strings.Get(f.LabelKey), f.Extension, f.MediaType, CitingUrls.Collection(f), CitingUrls.CollectionFile(f))).ToList();

        public override WriteUpView Complete(WriteUpView view, WriteUp writeUp) => view with { Citation = _citations.For(writeUp) };

        public override IEnumerable<PageJob> Plan(PageServices services) => new CitingPages(site, services.Views, strings).Plan();
    }
}
