using Osez.Diagnostics;

namespace Osez.Content;

/// <summary>An address a write-up had before its file was renamed, with where it is declared.</summary>
public sealed record FormerSlug(string Slug, SourceLocation Location);
