using Osez.Diagnostics;

namespace Osez.Vocabularies;

/// <summary>One allowed value of a vocabulary.</summary>
public sealed record Term(string Id, string Label, string Description, SourceLocation Location);
