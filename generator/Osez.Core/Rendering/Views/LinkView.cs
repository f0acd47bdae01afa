namespace Osez.Rendering.Views;

/// <summary>A titled link; <see cref="Url"/> is relative to the site root.</summary>
public sealed record LinkView(string Title, string Url);
