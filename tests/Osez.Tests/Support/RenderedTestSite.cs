using Osez.Building;
using Osez.Configuration;
using Osez.Content;
using Osez.Diagnostics;
using Osez.Output;
using Osez.Rendering;
using Osez.Site;

namespace Osez.Tests.Support;

/// <summary>A site loaded and rendered (nothing written), for tests of what the producers receive.</summary>
public sealed record RenderedTestSite(SiteModel Site, RenderedSite Rendered)
{
    public static RenderedTestSite From(SitePaths paths)
    {
        var diagnostics = new DiagnosticBag();
        var loaded = ContentLoader.Load(paths, diagnostics, readers: SiteBuilder.Default.Parts.ContentReaders) ?? throw new InvalidOperationException("site did not load");
        var strings = UiStrings.Load(paths.Templates, loaded.Config.Language, paths.Display, diagnostics)!;
        var templates = TemplateSet.Load(paths.Templates, paths.Display, diagnostics);
        var site = new SiteModel(loaded, includeDrafts: false);
        using var output = new NullOutput(diagnostics);
        var rendered = new SiteRenderer(site, templates, strings) { Features = SiteBuilder.Default.Parts.Pages }.Render(output, diagnostics);
        Assert.False(diagnostics.HasErrors, string.Join("\n", diagnostics.Sorted().Select(d => d.Message)));
        return new RenderedTestSite(site, rendered);
    }
}
