using System.Text;
using System.Text.Json.Nodes;
using Osez.Search;
using Osez.Search.Shards;
using Osez.Tests.Support;

namespace Osez.Tests.Search;

/// <summary>What the search stage writes: a manifest, then shards, facet values, slugs and a file per write-up in a folder named after the content.</summary>
public sealed class SearchFilesTests
{
    private static (IReadOnlyDictionary<string, byte[]> Files, JsonNode Manifest, string Folder) Build(TestSite site)
    {
        var result = site.Build();
        Assert.True(result.Written || result.Files is not null, DiagnosticAssertions.Describe(result.Diagnostics));
        var files = result.Files!;
        var (key, json) = DataScript.Parse(Encoding.UTF8.GetString(files[SearchUrls.Index]));
        Assert.Equal("manifest", key);
        var manifest = JsonNode.Parse(json)!;
        return (files, manifest, SearchUrls.DataFolder(manifest["folder"]!.GetValue<string>()));
    }

    private static JsonNode Data(IReadOnlyDictionary<string, byte[]> files, string folder, string name)
    {
        var (key, json) = DataScript.Parse(Encoding.UTF8.GetString(files[folder + name + ".js"]));
        Assert.Equal(name, key);
        return JsonNode.Parse(json)!;
    }

    [Fact]
    public void The_search_fixture_gets_a_manifest_and_every_file_it_names()
    {
        using var site = TestSite.FromFixture("recherche");
        var (files, manifest, folder) = Build(site);

        Assert.Equal(5, manifest["documents"]!.GetValue<int>());
        Assert.Equal(["titre", "resume", "termes", "texte"], manifest["fields"]!.AsArray().Select(f => f!.GetValue<string>()));
        var starts = manifest["shards"]!["starts"]!.AsArray().Select(s => s!.GetValue<string>()).ToList();
        Assert.Equal(starts.Order(StringComparer.Ordinal), starts);
        for (var k = 0; k < starts.Count; k++)
        {
            var shard = Data(files, folder, SearchUrls.Shard(k)).AsArray();
            Assert.Equal(starts[k], shard[0]![0]!.GetValue<string>());
        }
        Assert.Equal(starts.Count, files.Keys.Count(p => p.StartsWith(folder, StringComparison.Ordinal)
            && System.Text.RegularExpressions.Regex.IsMatch(p[folder.Length..], @"^t\d+\.js$")));

        // Refs are the write-ups newest first: the files of the write-ups and the slugs follow that order.
        var slugs = Data(files, folder, SearchUrls.Slugs(0)).AsArray().Select(s => s!.GetValue<string>()).ToList();
        Assert.Equal(5, slugs.Count);
        var dates = Enumerable.Range(0, 5).Select(i => Data(files, folder, SearchUrls.Card(i))).ToList();
        Assert.Equal(slugs, dates.Select(c => c["slug"]!.GetValue<string>()));
        Assert.Equal(dates.Select(c => c["date"]!.GetValue<string>()).OrderDescending(StringComparer.Ordinal), dates.Select(c => c["date"]!.GetValue<string>()));
        Assert.Contains("épuisées", Data(files, folder, SearchUrls.Card(slugs.IndexOf("une-equipe-de-nuit-reprend-souffle")))["text"]!.GetValue<string>());
        // One file per write-up for the results, no more.
        Assert.Equal(5, files.Keys.Count(p => p.StartsWith(folder + "fiches/", StringComparison.Ordinal)));

        // Facet values: one string per facet, the write-ups separated by a space, each term one character.
        var facets = Data(files, folder, SearchUrls.Facets(0)).AsArray();
        var parameters = manifest["facets"]!["params"]!.AsArray().Select(p => p!.GetValue<string>()).ToList();
        Assert.Equal(parameters.Count, facets.Count);
        var themes = parameters.IndexOf("thematiques");
        var column = facets[themes]!.GetValue<string>().Split(FacetCodes.Separator);
        Assert.Equal(5, column.Length);
        var ids = manifest["facets"]!["terms"]![themes]!.AsArray().Select(t => t!.GetValue<string>()).ToList();
        var tenants = slugs.IndexOf("des-locataires-s-organisent");
        Assert.Contains("logement-habitat", column[tenants].Select(c => ids[FacetCodes.Decode(c)]));
    }

    [Fact]
    public void Facet_codes_round_trip_and_avoid_characters_that_need_escaping()
    {
        for (var ordinal = 0; ordinal < 3000; ordinal++)
        {
            var code = FacetCodes.Encode(ordinal);
            Assert.Equal(ordinal, FacetCodes.Decode(code));
            Assert.True(code > ' ' && code != '"' && code != '\\' && code is not (>= '\u007F' and <= '\u00A0'), $"{ordinal} -> U+{(int)code:X4}");
        }
    }

    [Fact]
    public void The_data_folder_changes_with_the_content_and_only_then()
    {
        using var site = TestSite.FromFixture("recherche");
        var first = Build(site).Folder;
        Assert.Equal(first, Build(site).Folder);
        site.Replace("fiches/parents-et-college.md", "collège", "lycée");
        Assert.NotEqual(first, Build(site).Folder);
    }
}
