namespace Osez.Markdown;

/// <summary>A Markdown body turned into HTML, with what the rest of the build needs from it.</summary>
/// <param name="Html">Safe HTML: raw HTML of the source keeps only what <see cref="RawHtmlRules"/> allows, dangerous links are removed.</param>
/// <param name="Headings">Headings in document order, with their anchors.</param>
/// <param name="Assets">Files of the write-up's folder that the body uses (paths relative to that folder).</param>
/// <param name="LinkedWriteUps">Slugs of the write-ups the body links to.</param>
public sealed record RenderedMarkdown(
    string Html,
    IReadOnlyList<Heading> Headings,
    IReadOnlyList<string> Assets,
    IReadOnlyList<string> LinkedWriteUps)
{
    /// <summary>The readable text, without markup or addresses (for the search index).</summary>
    public string Text { get; init; } = string.Empty;
}
