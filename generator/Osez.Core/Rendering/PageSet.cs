using Osez.Content;
using Osez.Rendering.Views;
using Scriban.Runtime;

namespace Osez.Rendering;

/// <summary>What one render gets from an <see cref="IPageSource"/>; a feature overrides only what it brings.</summary>
public abstract class PageSet
{
    /// <summary>What a write-up's view carries for the feature (how to cite it). Once per write-up, on any thread.</summary>
    public virtual WriteUpView Complete(WriteUpView view, WriteUp writeUp) => view;

    /// <summary>The feature's own pages, in the order they are listed (the sitemap keeps it).</summary>
    public virtual IEnumerable<PageJob> Plan(PageServices services) => [];

    /// <summary>Adds the feature's values to the model of one of the core's pages (<paramref name="page"/> tells which), on a render thread.</summary>
    public virtual void AddTo(PageJob page, ScriptObject model, PageServices services)
    {
    }
}
