using Osez.Diagnostics;

namespace Osez.Yaml;

/// <summary>
/// A YAML node with its source location. The tree holds strings only: nothing in a
/// content file can create an object, and every value can be traced to its line.
/// </summary>
public abstract class YNode(SourceLocation location)
{
    public SourceLocation Location { get; } = location;

    /// <summary>French name of the node's kind, for messages ("un texte", "une liste"...).</summary>
    public abstract string KindName { get; }
}

/// <summary>A scalar value, kept as written.</summary>
public sealed class YScalar(SourceLocation location, string value, bool isPlain) : YNode(location)
{
    public string Value { get; } = value;

    /// <summary>True when written without quotes (so <c>true</c>, <c>~</c> or <c>12</c> may be typed values).</summary>
    public bool IsPlain { get; } = isPlain;

    public bool IsNull => IsPlain && Value is "" or "~" or "null" or "Null" or "NULL";

    public override string KindName => IsNull ? "une valeur vide" : "un texte";

    public override string ToString() => Value;
}

/// <summary>A list.</summary>
public sealed class YSequence(SourceLocation location, IReadOnlyList<YNode> items) : YNode(location)
{
    public IReadOnlyList<YNode> Items { get; } = items;

    public override string KindName => "une liste";
}

/// <summary>A key-value entry of a mapping.</summary>
public sealed record YEntry(YScalar Key, YNode Value);

/// <summary>A mapping whose keys are unique strings, in source order.</summary>
public sealed class YMapping(SourceLocation location, IReadOnlyList<YEntry> entries) : YNode(location)
{
    public IReadOnlyList<YEntry> Entries { get; } = entries;

    public override string KindName => "un ensemble de champs";

    public YEntry? Find(string key)
    {
        foreach (var entry in Entries)
            if (entry.Key.Value == key)
                return entry;
        return null;
    }

    public YNode? this[string key] => Find(key)?.Value;
}
