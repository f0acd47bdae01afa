namespace Osez.Rendering;

/// <summary>
/// A file a feature writes into the site's assets from the generator's own objects (the rules the pages' scripts
/// apply, say), next to the theme's assets: written by the render stage, so a page never appears without it.
/// </summary>
/// <param name="Path">Where it goes in the site (<c>assets/...</c>).</param>
/// <param name="Content">Its bytes, asked for once per build.</param>
/// <param name="Origin">What it is, for the messages about writing it.</param>
public sealed record GeneratedAsset(string Path, Func<ReadOnlyMemory<byte>> Content, string Origin);
