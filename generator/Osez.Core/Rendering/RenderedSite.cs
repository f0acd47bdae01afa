namespace Osez.Rendering;

/// <summary>The output of the render stage.</summary>
/// <param name="WriteUps">Published write-ups with their bodies, newest first.</param>
/// <param name="PageCount">Number of HTML pages produced.</param>
public sealed record RenderedSite(IReadOnlyList<RenderedWriteUp> WriteUps, int PageCount)
{
    /// <summary>Every HTML page, in planning order (for the sitemap).</summary>
    public IReadOnlyList<RenderedPage> Pages { get; init; } = [];

    /// <summary>The views of write-ups the pages were rendered with, by slug (a later build may reuse them).</summary>
    public IReadOnlyDictionary<string, Views.WriteUpView> Views { get; init; } = new Dictionary<string, Views.WriteUpView>();

    /// <summary>The interface texts the pages were rendered with, for producers that write texts too.</summary>
    public UiStrings? Strings { get; init; }
}
