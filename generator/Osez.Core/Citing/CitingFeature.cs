using Osez.Content;
using Osez.Features;
using Osez.Rendering;
using Osez.Rendering.Views;
using Osez.Site;

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
    }

    public PageSet Begin(SiteModel site, UiStrings strings) => new Pages(site, strings);

    private sealed class Pages(SiteModel site, UiStrings strings) : PageSet
    {
        private readonly CitationViews _citations = new(site, strings, new DateLabels(strings));

        public override WriteUpView Complete(WriteUpView view, WriteUp writeUp) => view with { Citation = _citations.For(writeUp) };

        public override IEnumerable<PageJob> Plan(PageServices services) => new CitingPages(site, services.Views, strings).Plan();
    }
}
