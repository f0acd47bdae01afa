using Osez.Diagnostics;

namespace Osez.Content;

/// <summary>Where each front-matter field was written, by dotted path ("periode.fin"), for later checks.</summary>
public sealed class FieldLocations(SourceLocation fallback)
{
    private readonly Dictionary<string, SourceLocation> _locations = new(StringComparer.Ordinal);

    public SourceLocation Fallback { get; } = fallback;

    public void Set(string path, SourceLocation location) => _locations[path] = location;

    public SourceLocation Of(string path) => _locations.TryGetValue(path, out var location) ? location : Fallback;
}
