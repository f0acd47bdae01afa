using Osez.Configuration;
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

    /// <summary>What the features' content readers read (<see cref="IContentReader"/>), in their order.</summary>
    public IReadOnlyList<ContentPart> Parts { get; init; } = [];

    /// <summary>The part of type <typeparamref name="T"/>; null when no reader made one (its feature is not built).</summary>
    public T? Part<T>() where T : ContentPart => Parts.OfType<T>().FirstOrDefault();
}
