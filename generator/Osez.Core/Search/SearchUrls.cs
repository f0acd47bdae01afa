namespace Osez.Search;

/// <summary>Where the search page and its data live in the built site.</summary>
public static class SearchUrls
{
    public const string Page = "recherche/index.html";

    /// <summary>The lunr index, as a script that sets <c>OsezSearchData.index</c> (loadable from file://).</summary>
    public const string Index = "recherche/index-recherche.js";

    /// <summary>What results show (title, summary, date, facet values), as a script setting <c>OsezSearchData.writeUps</c>.</summary>
    public const string WriteUps = "recherche/fiches.js";

    /// <summary>The text of one write-up, loaded for the results shown (snippets).</summary>
    public static string Text(string slug) => $"recherche/textes/{slug}.js";

    public const string IndexGlobal = "OsezSearchData";
}
