namespace Osez.Rendering;

/// <summary>An HTML page the render stage produced: its path from the site root and its layout.</summary>
public sealed record RenderedPage(string Url, string Layout);
