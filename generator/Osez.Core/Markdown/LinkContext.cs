namespace Osez.Markdown;

/// <summary>What the Markdown renderer needs to know to resolve links of one document.</summary>
/// <param name="DisplayPath">Source path, for diagnostics.</param>
/// <param name="BodyFirstLine">File line of the body's first line.</param>
/// <param name="Root">Relative path from the page being rendered to the site root ("../../").</param>
/// <param name="AssetFolder">Folder whose files the document may use (a write-up's own folder), or null.</param>
public sealed record LinkContext(string DisplayPath, int BodyFirstLine, string Root, string? AssetFolder);
