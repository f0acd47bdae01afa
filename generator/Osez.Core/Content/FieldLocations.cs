using Osez.Diagnostics;

namespace Osez.Content;

/// <summary>Where each front-matter field was written, by dotted path ("periode.fin"), for later checks.</summary>
public sealed class FieldLocations(SourceLocation fallback)
{
    private readonly Dictionary<string, SourceLocation> _locations = new(StringComparer.Ordinal);

    public SourceLocation Fallback { get; } = fallback;

    public void Set(string path, SourceLocation location) => _locations[path] = location;

    private readonly HashSet<string> _invalid = new(StringComparer.Ordinal);

    /// <summary>Records that the field was written but its value could not be read (already reported).</summary>
    public void MarkInvalid(string path) => _invalid.Add(path);

    /// <summary>True when the field was written with a value that could not be read.</summary>
    public bool IsInvalid(string path) => _invalid.Contains(path);

    public SourceLocation Of(string path) => _locations.TryGetValue(path, out var location) ? location : Fallback;
}
