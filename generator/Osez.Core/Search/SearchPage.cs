using Osez.Rendering;
using Osez.Site;
using Scriban.Runtime;

namespace Osez.Search;

/// <summary>
/// The search page (<c>recherche/index.html</c>, layout <c>search</c>): the form, the facet filters of
/// every facet vocabulary, the years; results are drawn in the browser by <c>assets/recherche/recherche.js</c>.
/// </summary>
public static class SearchPage
{
    public static PageJob Job(SiteModel site, ViewFactory views) => new(SearchUrls.Page, "search", "page de recherche", () =>
    {
        var model = new ScriptObject
        {
            ["page"] = views.Page(SearchUrls.Page, "search", "Rechercher", site.Config.Description),
            ["head"] = string.Empty,
            ["years"] = site.WriteUps.Select(w => w.PublishedOn.Year).Distinct().OrderDescending().ToList(),
        };
        return model;
    });
}
