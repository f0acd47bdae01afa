using System.Text;

namespace Osez.Search.Shards;

/// <summary>
/// The facet values of the results, compactly: per facet, one string for a run of documents, their
/// values separated by a space, each value one character standing for the term's position in the
/// facet's list (<c>'#'</c> for 0, skipping <c>\</c> and the control range). The same code is read by
/// assets/recherche/index-partage.js.
/// </summary>
public static class FacetCodes
{
    public const char Separator = ' ';

    public static char Encode(int ordinal)
    {
        var code = 35 + ordinal;
        if (code >= 92)
            code++;
        if (code >= 127)
            code += 34;
        if (ordinal < 0 || code >= 0xD800)
            throw new ArgumentOutOfRangeException(nameof(ordinal), ordinal, "Too many terms in one facet.");
        return (char)code;
    }

    public static int Decode(char value)
    {
        int code = value;
        if (code >= 161)
            code -= 34;
        if (code >= 93)
            code--;
        return code - 35;
    }

    /// <summary>Documents [<paramref name="from"/>, <paramref name="to"/>) of one facet, as one string.</summary>
    public static string Column(IReadOnlyList<SearchEntry> entries, SearchFacet facet, IReadOnlyDictionary<string, int> ordinals, int from, int to)
    {
        var text = new StringBuilder((to - from) * 3);
        for (var d = from; d < to; d++)
        {
            if (d > from)
                text.Append(Separator);
            if (entries[d].Terms.TryGetValue(facet.Param, out var ids))
                foreach (var id in ids)
                    if (ordinals.TryGetValue(id, out var ordinal))
                        text.Append(Encode(ordinal));
        }
        return text.ToString();
    }
}
