using Osez.Configuration;
using Osez.LearningPaths;
using Osez.Vocabularies;

namespace Osez.Content;

/// <summary>Everything read from the content folder: the output of the load stage.</summary>
public sealed record LoadedSite(
    SitePaths Paths,
    SiteConfig Config,
    VocabularySet Vocabularies,
    IReadOnlyList<WriteUp> WriteUps,
    IReadOnlyList<ContentPage> Pages,
    int FilesRead)
{
    /// <summary>Write-ups whose file exists but could not be read (their own errors say why): not "unknown" to links.</summary>
    public IReadOnlySet<string> UnreadableWriteUps { get; init; } = new HashSet<string>();

    /// <summary>Learning paths from <c>content/parcours/</c>.</summary>
    public IReadOnlyList<LearningPath> LearningPaths { get; init; } = [];
}
