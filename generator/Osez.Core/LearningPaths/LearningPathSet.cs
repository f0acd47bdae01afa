using Osez.Content;

namespace Osez.LearningPaths;

/// <summary>The learning paths of <c>content/parcours/</c>, as the load stage read them.</summary>
public sealed record LearningPathSet(IReadOnlyList<LearningPath> All) : ContentPart(All.Count)
{
    /// <summary>The site's learning paths; none when the feature did not read any.</summary>
    public static IReadOnlyList<LearningPath> Of(LoadedSite site) => site.Part<LearningPathSet>()?.All ?? [];
}
