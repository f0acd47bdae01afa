using Osez.Diagnostics;

namespace Osez.Content;

/// <summary>A vocabulary term as written in a front matter, with where it was written.</summary>
public sealed record TermRef(string Id, SourceLocation Location);
