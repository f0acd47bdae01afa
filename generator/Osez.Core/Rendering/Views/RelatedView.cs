namespace Osez.Rendering.Views;

/// <summary>A link to another write-up with why it is worth reading.</summary>
public sealed record RelatedView(string Title, string Url, string Why);
