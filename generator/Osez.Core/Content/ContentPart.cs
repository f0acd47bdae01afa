namespace Osez.Content;

/// <summary>What an <see cref="IContentReader"/> read: a feature's own content, found again by its type.</summary>
/// <param name="FilesRead">The files it read, counted in the build's summary.</param>
public abstract record ContentPart(int FilesRead);
