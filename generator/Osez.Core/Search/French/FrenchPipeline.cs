using Osez.Search.Lunr;

namespace Osez.Search.French;

/// <summary>
/// The French pipelines of the site's index. Indexing: trimmer-fr, osez-elision-fr,
/// osez-stopwords-fr, osez-stemmer-fr. Searching: the same (the browser drops a word whose terms
/// are all stop words). The browser registers every label (lunr-languages' <c>lunr.fr.js</c> for
/// trimmer-fr, <c>assets/recherche/lunr-osez-fr.js</c> for the others).
/// </summary>
public static class FrenchPipeline
{
    /// <summary>A new indexing pipeline (each instance has its own stemmer and cache: one per build thread).</summary>
    public static LunrPipeline CreateIndexing()
        => new([FrenchTrimmer.Instance, FrenchElision.Instance, FrenchStopWords.Instance, new FrenchStemming()]);

    /// <summary>
    /// What <c>assets/recherche/lunr-osez-fr.js</c> reads from <c>assets/regles.js</c> to register the same
    /// functions: the stop words and the elision. (trimmer-fr, the stemmer and the folding are lunr-languages' own.)
    /// </summary>
    public static object Rules => new
    {
        stopWords = FrenchStopWords.List.Split(' '),
        apostrophes = FrenchElision.Apostrophes,
        elidedPrefix = FrenchElision.Prefix,
    };

    /// <summary>The labels of the search pipeline, written into the index.</summary>
    public static IReadOnlyList<string> SearchLabels { get; } = ["trimmer-fr", "osez-elision-fr", "osez-stopwords-fr", "osez-stemmer-fr"];
}
