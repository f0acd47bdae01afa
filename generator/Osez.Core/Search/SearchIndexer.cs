using Osez.Rendering;
using Osez.Search.French;
using Osez.Search.Lunr;
using Osez.Site;

namespace Osez.Search;

/// <summary>Builds the site's lunr index: one document per published write-up, ref = its rank in <see cref="SearchCatalog"/>.</summary>
public static class SearchIndexer
{
    public static LunrIndex Build(SiteModel site, RenderedSite rendered)
        => Build(rendered.WriteUps.Select(w => SearchFields.ValuesOf(w, site)).ToList());

    /// <param name="documents">The field values of each write-up (<see cref="SearchFields.ValuesOf"/>), in catalogue order.</param>
    public static LunrIndex Build(IReadOnlyList<IReadOnlyList<string?>> documents)
    {
        var builder = new LunrIndexBuilder(SearchFields.All, FrenchPipeline.CreateIndexing(), FrenchPipeline.SearchLabels);
        for (var i = 0; i < documents.Count; i++)
            builder.Add(Reference(i), documents[i]);
        return builder.Build();
    }

    /// <summary>Short numeric refs keep the index small: every posting repeats the ref.</summary>
    public static string Reference(int rank) => rank.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
