using Osez.Features;
using Osez.Rendering;

namespace Osez.Search;

/// <summary>The search: its page, and the index the page loads, made from the rendered bodies.</summary>
public sealed class SearchFeature : ISiteFeature
{
    public void Register(SiteParts site)
    {
        site.AddPages(new PageList(pages => [SearchPage.Job(pages.Site, pages.Views)], new Dictionary<string, string> { ["search"] = SearchUrls.Page }));
        site.AddProducer(new SearchIndexProducer());
        site.AddBrowserRules("search", French.FrenchPipeline.Rules);
    }
}
