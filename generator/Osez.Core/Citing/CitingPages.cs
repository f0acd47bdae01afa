using Osez.Content;
using Osez.Diagnostics;
using Osez.Rendering;
using Osez.Rendering.Views;
using Osez.Site;
using Scriban.Runtime;

namespace Osez.Citing;

/// <summary>
/// The pages of the citing feature: the reader's selection, the open-data page, and a
/// redirect page at each former address of a renamed write-up.
/// </summary>
public sealed class CitingPages(SiteModel site, ViewFactory views, UiStrings strings)
{
    public IEnumerable<PageJob> Plan()
    {
        yield return new PageJob(CitingUrls.Selection, "selection", "page « Ma sélection »", () =>
            Model(views.Page(CitingUrls.Selection, "selection", strings.Get("selection.title"), strings.Get("selection.intro"))));

        yield return new PageJob(CitingUrls.OpenDataPage, "open-data", "page des données ouvertes", () =>
        {
            var model = Model(views.Page(CitingUrls.OpenDataPage, "open-data", strings.Get("open_data.title"), strings.Get("open_data.intro")));
            model["columns"] = WriteUpTable.Columns(site.Vocabularies);
            model["has_base_url"] = site.Config.HasBaseUrl;
            return model;
        });

        // A former address that is taken (by a write-up, or by an earlier claim) gets no page: validation reports it.
        var planned = new HashSet<string>(StringComparer.Ordinal);
        foreach (var writeUp in site.WriteUps)
            foreach (var former in writeUp.FormerSlugs)
                if (site.Find(former.Slug) is null && planned.Add(former.Slug))
                    yield return Redirect(writeUp, former);
    }

    private PageJob Redirect(WriteUp writeUp, FormerSlug former)
    {
        var url = SiteUrls.WriteUp(former.Slug);
        return new PageJob(url, "redirect", writeUp.Source.DisplayPath, () =>
        {
            var target = SiteUrls.WriteUp(writeUp.Slug);
            var page = views.Page(url, "redirect", strings.Get("redirect.title"), writeUp.Summary);
            // The canonical address is the write-up's new one: absolute with a base URL, relative otherwise.
            page = page with
            {
                CanonicalUrl = site.Config.HasBaseUrl ? $"{site.Config.BaseUrl}/{SiteUrls.Pretty(target)}" : page.Root + target,
            };
            var model = Model(page);
            model["writeup"] = views.WriteUp(writeUp);
            model["target"] = target;
            return model;
        });
    }

    private static ScriptObject Model(PageView page) => new() { ["page"] = page, ["head"] = string.Empty };
}
