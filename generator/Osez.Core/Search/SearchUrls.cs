namespace Osez.Search;

/// <summary>Where the search page and its data live in the built site.</summary>
public static class SearchUrls
{
    public const string Page = "recherche/index.html";

    /// <summary>
    /// The manifest of the index, as a script (loadable from file://): how the index is cut and the
    /// folder of this build's data. The page loads it first, and the rest on demand.
    /// </summary>
    public const string Index = "recherche/index-recherche.js";

    /// <summary>The folder of one build's search data (named after its content).</summary>
    public static string DataFolder(string folder) => $"recherche/{folder}/";

    /// <summary>A shard of the index: the postings of a run of sorted terms.</summary>
    public static string Shard(int number) => $"t{number}";

    /// <summary>Every term of the index, sorted (only loaded for fuzzy queries).</summary>
    public const string TermList = "mots";

    /// <summary>The facet values of a run of write-ups (by ref).</summary>
    public static string Facets(int chunk) => $"f{chunk}";

    /// <summary>The slugs of a run of write-ups (by ref), for the list of every result.</summary>
    public static string Slugs(int chunk) => $"a{chunk}";

    /// <summary>What a result shows of one write-up (slug, address, title, summary, date) and its text, for the snippet.</summary>
    public static string Card(int reference) => $"fiches/{reference}";
}
