using Osez.Content;
using Osez.Rendering.Views;
using Scriban.Runtime;

namespace Osez.Rendering;

/// <summary>What one render gets from an <see cref="IPageSource"/>; a feature overrides only what it brings.</summary>
public abstract class PageSet
{
    /// <summary>
    /// The addresses of the feature's pages and files that every template may link to, by the key templates use
    /// (<c>{{ page.root }}{{ urls.search }}</c>); added to the core's (<see cref="SiteRenderer"/>).
    /// </summary>
    public virtual IEnumerable<KeyValuePair<string, string>> Urls => [];

    /// <summary>Values of the feature that every template sees (the reference formats, say), set once per render.</summary>
    public virtual void AddGlobals(ScriptObject globals)
    {
    }

    /// <summary>What a write-up's view carries for the feature (how to cite it). Once per write-up, on any thread.</summary>
    public virtual WriteUpView Complete(WriteUpView view, WriteUp writeUp) => view;

    /// <summary>The feature's own pages, in the order they are listed (the sitemap keeps it).</summary>
    public virtual IEnumerable<PageJob> Plan(PageServices services) => [];

    /// <summary>Adds the feature's values to the model of one of the core's pages (<paramref name="page"/> tells which), on a render thread.</summary>
    public virtual void AddTo(PageJob page, ScriptObject model, PageServices services)
    {
    }
}
