using Osez.Site;

namespace Osez.Rendering;

/// <summary>Pages a feature adds, and nothing else: no values on other pages, nothing kept for the render.</summary>
public sealed class PageList(Func<PageServices, IEnumerable<PageJob>> plan) : PageSet, IPageSource
{
    public PageSet Begin(SiteModel site, UiStrings strings) => this;

    public override IEnumerable<PageJob> Plan(PageServices services) => plan(services);
}
