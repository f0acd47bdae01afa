namespace Osez.Search.Lunr;

/// <summary>
/// A built lunr.js 2.3.9 index, held compactly: the sorted terms and, per field, each term's postings
/// (document and score). <see cref="LunrIndexJson"/> writes it as <c>JSON.stringify(index)</c> does
/// (field vectors included, derived from the postings); the sharded search files are cut from it.
/// </summary>
/// <param name="Fields">Field names in declaration order.</param>
/// <param name="Refs">Document refs, in the order the documents were added (a posting's document is an index here).</param>
/// <param name="Terms">Every term, sorted by UTF-16 code unit (ordinal).</param>
/// <param name="TermIndexes">lunr's <c>_index</c> of each term of <see cref="Terms"/> (numbered by first appearance).</param>
/// <param name="Postings">Per field, in field order: the postings of each term of <see cref="Terms"/>.</param>
/// <param name="Pipeline">Labels of the search pipeline.</param>
public sealed record LunrIndex(
    IReadOnlyList<string> Fields,
    IReadOnlyList<string> Refs,
    string[] Terms,
    int[] TermIndexes,
    LunrFieldPostings[] Postings,
    IReadOnlyList<string> Pipeline)
{
    public const string Version = "2.3.9";

    /// <summary>A score as lunr stores it: <c>Math.round(x * 1000) / 1000</c>, kept here as its thousandths.</summary>
    public static double Score(int thousandths) => thousandths / 1000.0;
}

/// <summary>
/// The postings of one field, term after term (compressed sparse rows): the postings of term t are
/// <c>Documents[Offsets[t]..Offsets[t+1]]</c>, documents ascending, with their scores in thousandths.
/// </summary>
public sealed record LunrFieldPostings(int[] Offsets, int[] Documents, int[] Scores)
{
    public int Count(int term) => Offsets[term + 1] - Offsets[term];
}
