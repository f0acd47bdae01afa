namespace Osez.Search.Lunr;

/// <summary>
/// A built index, as lunr.js 2.3.9 serialises it (<c>index.toJSON()</c>); see <see cref="LunrIndexJson"/>.
/// </summary>
/// <param name="Fields">Field names in declaration order.</param>
/// <param name="FieldVectors">One per (document, field), in insertion order: "field/ref" and its [termIndex, score] pairs by ascending term index.</param>
/// <param name="Postings">Every term, sorted by UTF-16 code unit, with its index and, per field, the refs that hold it in insertion order.</param>
/// <param name="Pipeline">Labels of the search pipeline.</param>
public sealed record LunrIndex(
    IReadOnlyList<string> Fields,
    IReadOnlyList<LunrFieldVector> FieldVectors,
    IReadOnlyList<LunrPosting> Postings,
    IReadOnlyList<string> Pipeline)
{
    public const string Version = "2.3.9";
}

/// <summary>The scores of one (field, document) pair.</summary>
public sealed record LunrFieldVector(string FieldRef, IReadOnlyList<(int TermIndex, double Score)> Elements);

/// <summary>A term of the inverted index: its index, and for each field (in field order) the refs holding it.</summary>
public sealed record LunrPosting(string Term, int Index, IReadOnlyList<IReadOnlyList<string>> RefsByField);
