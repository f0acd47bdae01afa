using Osez.Diagnostics;

namespace Osez.Vocabularies;

/// <summary>
/// A controlled vocabulary declared by a file of <c>content/vocabulaires/</c>: the front-matter key
/// it fills, how many terms a write-up may take, and the terms themselves.
/// </summary>
public sealed record Vocabulary
{
    /// <summary>Front-matter key, dotted for nested keys ("territoire.departement").</summary>
    public required string Key { get; init; }

    /// <summary>URL segment of the vocabulary's pages (from the file name).</summary>
    public required string Slug { get; init; }

    public required string Label { get; init; }
    public required string SingularLabel { get; init; }
    public required string Description { get; init; }
    public required bool Required { get; init; }
    public required int Min { get; init; }
    public required int Max { get; init; }
    public required int Order { get; init; }

    /// <summary>Offered as a search filter.</summary>
    public required bool IsFacet { get; init; }

    public required IReadOnlyList<Term> Terms { get; init; }
    public required SourceLocation Location { get; init; }

    /// <summary>A write-up takes one value (written as a single value, not a list).</summary>
    public bool IsSingle => Max == 1;

    private Dictionary<string, Term>? _byId;

    public Term? Find(string id)
    {
        _byId ??= Terms.ToDictionary(t => t.Id, StringComparer.Ordinal);
        return _byId.GetValueOrDefault(id);
    }
}
