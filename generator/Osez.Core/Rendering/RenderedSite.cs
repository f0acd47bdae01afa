namespace Osez.Rendering;

/// <summary>The output of the render stage.</summary>
/// <param name="WriteUps">Published write-ups with their bodies, newest first.</param>
/// <param name="PageCount">Number of HTML pages produced.</param>
public sealed record RenderedSite(IReadOnlyList<RenderedWriteUp> WriteUps, int PageCount);
