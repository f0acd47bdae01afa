using Osez.Configuration;
using Osez.Content;
using Osez.Diagnostics;
using Osez.Features;
using Osez.Rendering;
using Osez.Site;

namespace Osez.LearningPaths;

/// <summary>
/// Learning paths (<c>content/parcours/</c>): read with the content, checked (their steps, their texts), a list
/// page and a page each; the home page lists them and a write-up's page names those it belongs to.
/// </summary>
public sealed class LearningPathsFeature : ISiteFeature, IContentReader, IPageSource
{
    public void Register(SiteParts site)
    {
        site.AddContentReader(this);
        site.AddRule(new LearningPathsNamePublishedWriteUps());
        site.AddRule(new LearningPathsHoldNoPersonalData());
        site.AddPages(this);
    }

    public ContentPart Read(SitePaths paths, DiagnosticBag diagnostics) => new LearningPathSet(LearningPathReader.LoadAll(paths, diagnostics));

    public PageSet Begin(SiteModel site, UiStrings strings) => new LearningPathPages(site, strings);
}
