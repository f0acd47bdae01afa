using Osez.Citing;
using Osez.Contributing;
using Osez.Exploring;
using Osez.Features;
using Osez.LearningPaths;
using Osez.Map;
using Osez.Search;

namespace Osez.Building;

/// <summary>
/// The features of the site, the one place that names them all. Their order is the order of their pages after
/// the core's, of their rules after the core's, and of their producers after the pages.
/// </summary>
public static class SiteFeatures
{
    public static IReadOnlyList<ISiteFeature> Default { get; } =
    [
        new SearchFeature(),
        new LearningPathsFeature(),
        new CitingFeature(),
        new ContributingFeature(),
        new MapFeature(),
        new ExploringFeature(),
    ];
}
