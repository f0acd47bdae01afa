namespace Osez.Rendering.Views;

/// <summary>A landmark of a write-up that its schema describes without code of its own (a generic field): its label and values.</summary>
public sealed record FactView(string Key, string Label, IReadOnlyList<string> Values);
