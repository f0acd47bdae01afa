using System.Text;
using Osez.Search.Lunr;

namespace Osez.Search.Shards;

/// <summary>
/// What the search page loads first (recherche/index-recherche.js): how the index is cut, where the
/// data of this build lives, and what is needed to read it. Everything else is loaded on demand.
/// </summary>
/// <param name="Folder">The folder of this build's data, relative to recherche/ (named after the content: a new build never mixes with an old cached file).</param>
/// <param name="ShardStarts">The first term of each shard, in order (terms are sorted by UTF-16 code unit).</param>
/// <param name="ShardKilobytes">The raw size of each shard, rounded up, so that the page can refuse a pattern that would load too much.</param>
/// <param name="Years">[year, first ref] for each year, newest first: refs are in date order, so a year is a run of refs.</param>
public sealed record SearchManifest(
    string Folder,
    IReadOnlyList<string> Fields,
    IReadOnlyList<string> Pipeline,
    int Documents,
    IReadOnlyList<string> ShardStarts,
    IReadOnlyList<int> ShardKilobytes,
    int TermListKilobytes,
    int FacetChunk,
    IReadOnlyList<SearchFacet> Facets,
    int SlugChunk,
    IReadOnlyList<(int Year, int FirstRef)> Years)
{
    /// <summary>
    /// The layout of the search files. It is part of the data folder's name: change it whenever the
    /// files' format changes, so that browsers never mix files written by two versions.
    /// </summary>
    public const int FormatVersion = 1;

    public byte[] ToScript()
    {
        var json = new StringBuilder(1024 + ShardStarts.Sum(s => s.Length + 8));
        DataScript.Begin(json, "manifest");
        json.Append("{\"format\":").Append(FormatVersion).Append(",\"folder\":");
        JsText.AppendJsonString(json, Folder);
        json.Append(",\"version\":");
        JsText.AppendJsonString(json, LunrIndex.Version);
        json.Append(",\"fields\":");
        JsText.AppendJsonStrings(json, Fields);
        json.Append(",\"pipeline\":");
        JsText.AppendJsonStrings(json, Pipeline);
        json.Append(",\"documents\":").Append(Documents);
        json.Append(",\"shards\":{\"starts\":");
        JsText.AppendJsonStrings(json, ShardStarts);
        json.Append(",\"kilobytes\":[").AppendJoin(',', ShardKilobytes).Append("]},\"termList\":{\"kilobytes\":").Append(TermListKilobytes);
        json.Append("},\"facets\":{\"chunk\":").Append(FacetChunk).Append(",\"params\":");
        JsText.AppendJsonStrings(json, Facets.Select(f => f.Param).ToList());
        json.Append(",\"terms\":[");
        for (var i = 0; i < Facets.Count; i++)
        {
            if (i > 0)
                json.Append(',');
            JsText.AppendJsonStrings(json, Facets[i].Terms.Select(t => t[0]).ToList());
        }
        json.Append("]},\"slugs\":{\"chunk\":").Append(SlugChunk).Append("},\"years\":[");
        json.AppendJoin(',', Years.Select(y => $"[{y.Year},{y.FirstRef}]"));
        json.Append("]}");
        return DataScript.End(json);
    }
}
