namespace Osez.Markdown;

/// <summary>A heading of a rendered body, for tables of contents and citations of a passage.</summary>
public sealed record Heading(int Level, string Id, string Text);
