using Osez.Vocabularies;

namespace Osez.Site;

/// <summary>
/// Where every page lives, relative to the site root. Links always name the file
/// ("…/index.html") so that the site also works opened from disk (file://).
/// </summary>
public static class SiteUrls
{
    public const string Home = "index.html";
    public const string NotFound = "404.html";
    public const string Assets = "assets/";

    /// <summary>The "Proposer une fiche" form.</summary>
    public const string Proposal = "proposer/index.html";

    public static string WriteUps(int page = 1) => page <= 1 ? "fiches/index.html" : $"fiches/index-{page}.html";

    public static string WriteUpFolder(string slug) => $"fiches/{slug}/";

    public static string WriteUp(string slug) => $"fiches/{slug}/index.html";

    public static string Vocabulary(Vocabulary vocabulary) => $"{vocabulary.Slug}/index.html";

    public static string Term(Vocabulary vocabulary, Term term, int page = 1)
        => page <= 1 ? $"{vocabulary.Slug}/{term.Id}/index.html" : $"{vocabulary.Slug}/{term.Id}/index-{page}.html";

    public static string Page(string slug) => $"{slug}/index.html";

    /// <summary>The pretty form of a URL for canonical links: "fiches/x/" for "fiches/x/index.html".</summary>
    public static string Pretty(string url) => url == Home ? string.Empty
        : url.EndsWith("/index.html", StringComparison.Ordinal) ? url[..^"index.html".Length] : url;

    /// <summary>"../../" for "fiches/x/index.html": the way back to the root from a page.</summary>
    public static string RootFrom(string url)
    {
        var depth = url.Count(c => c == '/');
        return string.Concat(Enumerable.Repeat("../", depth));
    }
}
