namespace Osez.Content;

/// <summary>Where a content item comes from.</summary>
/// <param name="FullPath">Absolute path of the Markdown file.</param>
/// <param name="DisplayPath">Path relative to the site root with '/' separators, as shown in messages and used in edit links.</param>
/// <param name="Folder">For a write-up written as <c>slug/index.md</c>, the folder that holds its images; otherwise null.</param>
public sealed record SourceDocument(string FullPath, string DisplayPath, string? Folder);
