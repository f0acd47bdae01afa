namespace Osez.Rendering.Views;

/// <summary>A vocabulary term as templates see it, with the number of published write-ups using it.</summary>
public sealed record TermView(string Id, string Label, string Description, string Url, int Count);
