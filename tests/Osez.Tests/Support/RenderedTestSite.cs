using Osez.Building;
using Osez.Configuration;
using Osez.Output;
using Osez.Rendering;
using Osez.Site;

namespace Osez.Tests.Support;

/// <summary>A site loaded and rendered (nothing written), for tests of what the producers receive.</summary>
public sealed record RenderedTestSite(SiteModel Site, RenderedSite Rendered)
{
    /// <summary>The builder's own stages, up to the pages, rendered into nothing.</summary>
    public static RenderedTestSite From(SitePaths paths)
    {
        var builder = SiteBuilder.Default;
        var run = builder.Begin(new BuildOptions(paths, OutputMode.None));
        var loaded = builder.Load(run) ?? throw new InvalidOperationException("site did not load");
        var theme = builder.LoadTheme(run, loaded) ?? throw new InvalidOperationException("theme did not load");
        var site = new SiteModel(loaded, includeDrafts: false);
        using var output = new NullOutput(run.Diagnostics);
        var rendered = builder.RenderPages(run, site, theme, builder.RenderBodies(run, site, theme), output);
        Assert.False(run.Diagnostics.HasErrors, string.Join("\n", run.Diagnostics.Sorted().Select(d => d.Message)));
        return new RenderedTestSite(site, rendered!);
    }
}
