namespace Osez.Rendering.Views;

/// <summary>The terms a write-up takes in one vocabulary.</summary>
public sealed record FacetView(string Key, string Label, string SingularLabel, string Url, IReadOnlyList<TermView> Terms);
