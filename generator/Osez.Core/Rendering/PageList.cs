using Osez.Site;

namespace Osez.Rendering;

/// <summary>Pages a feature adds and their addresses for templates, nothing else: no values on other pages, nothing kept for the render.</summary>
public sealed class PageList(Func<PageServices, IEnumerable<PageJob>> plan, IReadOnlyDictionary<string, string>? urls = null) : PageSet, IPageSource
{
    public PageSet Begin(SiteModel site, UiStrings strings) => this;

    public override IEnumerable<KeyValuePair<string, string>> Urls => urls ?? new Dictionary<string, string>();

    public override IEnumerable<PageJob> Plan(PageServices services) => plan(services);
}
