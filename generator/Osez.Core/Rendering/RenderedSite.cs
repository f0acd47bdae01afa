namespace Osez.Rendering;

/// <summary>The output of the render stage.</summary>
/// <param name="WriteUps">Published write-ups with their bodies, newest first.</param>
/// <param name="PageCount">Number of HTML pages produced.</param>
public sealed record RenderedSite(IReadOnlyList<RenderedWriteUp> WriteUps, int PageCount)
{
    /// <summary>Every HTML page, in planning order (for the sitemap).</summary>
    public IReadOnlyList<RenderedPage> Pages { get; init; } = [];

    /// <summary>The interface texts the pages were rendered with, for producers that write texts too.</summary>
    public UiStrings? Strings { get; init; }
}
