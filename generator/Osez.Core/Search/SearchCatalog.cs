using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using Osez.Rendering;
using Osez.Site;

namespace Osez.Search;

/// <summary>
/// What the search page shows and filters on, by index ref (the rank in <see cref="WriteUps"/>):
/// address, title, summary, date and the terms of each facet vocabulary.
/// </summary>
public sealed record SearchCatalog(IReadOnlyList<SearchFacet> Facets, IReadOnlyList<SearchEntry> WriteUps)
{
    private static readonly JsonSerializerOptions Json = new()
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
    };

    public static SearchCatalog From(SiteModel site, RenderedSite rendered)
    {
        var facets = site.Vocabularies.All.Where(v => v.IsFacet).ToList();
        var entries = rendered.WriteUps.Select(r =>
        {
            var w = r.WriteUp;
            var terms = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
            foreach (var vocabulary in facets)
            {
                var ids = w.TermsOf(vocabulary.Key).Select(t => t.Id).Where(id => vocabulary.Find(id) is not null)
                    .Distinct(StringComparer.Ordinal).ToList();
                if (ids.Count > 0)
                    terms[vocabulary.Slug] = ids;
            }
            return new SearchEntry(w.Slug, SiteUrls.WriteUp(w.Slug), w.Title, w.Summary,
                w.PublishedOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), w.PublishedOn.Year, w.IsIllustrative, terms);
        }).ToList();
        var used = entries.SelectMany(e => e.Terms).GroupBy(t => t.Key, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.SelectMany(t => t.Value).ToHashSet(StringComparer.Ordinal), StringComparer.Ordinal);
        var facetList = facets.Select(v => new SearchFacet(v.Slug, v.Key, v.Label,
            v.Terms.Where(t => used.TryGetValue(v.Slug, out var ids) && ids.Contains(t.Id)).Select(t => new[] { t.Id, t.Label }).ToList()))
            .ToList();
        return new SearchCatalog(facetList, entries);
    }

    /// <summary>The catalogue as JSON (what <c>OsezSearchData.writeUps</c> holds).</summary>
    public string ToJson() => JsonSerializer.Serialize(this, Json);

    /// <summary>A string as a JSON/JavaScript literal, for the text scripts.</summary>
    public static string Literal(string text) => JsonSerializer.Serialize(text, Json);
}

/// <summary>A facet vocabulary: <see cref="Param"/> names it in the search page's address (?thematiques=...).</summary>
/// <param name="Terms">[id, label] of the terms used by at least one write-up, in vocabulary order.</param>
public sealed record SearchFacet(string Param, string Key, string Label, IReadOnlyList<string[]> Terms);

/// <summary>One write-up as results show it; <see cref="Terms"/> maps a facet's param to term ids.</summary>
public sealed record SearchEntry(
    string Slug, string Url, string Title, string Summary, string Date, int Year, bool Illustrative,
    IReadOnlyDictionary<string, IReadOnlyList<string>> Terms);
