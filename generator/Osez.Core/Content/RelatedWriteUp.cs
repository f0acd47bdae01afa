using Osez.Diagnostics;

namespace Osez.Content;

/// <summary>A declared link to another write-up, with why it is worth reading alongside.</summary>
public sealed record RelatedWriteUp(string Slug, string Why, SourceLocation Location);
