using Osez.Site;

namespace Osez.Rendering;

/// <summary>
/// What a feature adds to the render stage: pages of its own, values on the core's pages (the home page, a
/// write-up's page) and on every write-up's view. Rendering knows these, never the features behind them.
/// </summary>
public interface IPageSource
{
    /// <summary>Starts one render; what its pages share (an index of the site, say) is made here, once.</summary>
    PageSet Begin(SiteModel site, UiStrings strings);
}
