using Osez.Browser;
using Osez.Content;
using Osez.Rendering;
using Osez.Validation;

namespace Osez.Features;

/// <summary>
/// What the features of a site bring to each stage, in the order the features are listed: the load stage runs
/// their content readers, validation their rules, the render stage their page sources, and their producers run
/// after the pages.
/// </summary>
public sealed class SiteParts
{
    private readonly List<IContentReader> _contentReaders = [];
    private readonly List<IValidationRule> _rules = [];
    private readonly List<IPageSource> _pages = [];
    private readonly List<ISiteProducer> _producers = [];
    private readonly List<GeneratedAsset> _assets = [];
    private readonly List<BrowserRules> _browserRules = [];

    /// <summary>Lets each feature register, in order.</summary>
    public static SiteParts Of(IEnumerable<ISiteFeature> features)
    {
        var parts = new SiteParts();
        foreach (var feature in features)
            feature.Register(parts);
        return parts;
    }

    public IReadOnlyList<IContentReader> ContentReaders => _contentReaders;

    public IReadOnlyList<IValidationRule> Rules => _rules;

    public IReadOnlyList<IPageSource> Pages => _pages;

    public IReadOnlyList<ISiteProducer> Producers => _producers;

    public IReadOnlyList<GeneratedAsset> Assets => _assets;

    public IReadOnlyList<BrowserRules> BrowserRules => _browserRules;

    /// <summary>Content of its own, read after the core's (<see cref="LoadedSite.Parts"/>).</summary>
    public void AddContentReader(IContentReader reader) => _contentReaders.Add(reader);

    /// <summary>A rule run after the core's rules.</summary>
    public void AddRule(IValidationRule rule) => _rules.Add(rule);

    /// <summary>Pages of its own, listed after the core's free pages, and values on the core's pages and views.</summary>
    public void AddPages(IPageSource pages) => _pages.Add(pages);

    /// <summary>Files made from the rendered site (an index, exports, feeds), a timed stage each.</summary>
    public void AddProducer(ISiteProducer producer) => _producers.Add(producer);

    /// <summary>A file made from the generator's own objects, written with the theme's assets by the render stage.</summary>
    public void AddAsset(GeneratedAsset asset) => _assets.Add(asset);

    /// <summary>Rules of the feature that its pages' scripts apply too, written into <see cref="RulesScript.Path"/>.</summary>
    public void AddBrowserRules(string name, object rules) => _browserRules.Add(new BrowserRules(name, rules));
}
