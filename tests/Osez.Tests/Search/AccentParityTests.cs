using System.Text.Json.Nodes;
using Osez.Configuration;
using Osez.Corpus;
using Osez.Search;
using Osez.Search.Lunr;
using Osez.Tests.Support;

namespace Osez.Tests.Search;

/// <summary>
/// A word typed with or without its accents finds exactly the same write-ups (same order, same
/// scores): for every word of the shipped content and of a generated corpus, its folded form, every
/// spelling of it met in the texts and its capitals are run through the search page's own query code
/// (assets/recherche/requete.js) with the real lunr.js, submitted and while typing
/// (tests/node/accent-parite.js). A control puts back the former stemmer (stem then fold, and fold then
/// stem) in the search pipeline and must make the comparison fail.
/// </summary>
public sealed class AccentParityTests
{
    [Fact]
    public void Every_word_of_the_shipped_content_finds_the_same_write_ups_with_or_without_accents()
    {
        var rendered = RenderedTestSite.From(SitePaths.From(Repository.Content, Repository.Templates, Path.GetTempPath()));
        var outcome = Run(rendered);
        AssertParity(outcome, minimumWords: 2000);
    }

    [Fact]
    public void Every_word_of_a_generated_corpus_finds_the_same_write_ups_with_or_without_accents()
    {
        using var folder = new TempFolder();
        CorpusWriter.Write(new CorpusOptions(1000, "1", folder.Combine("corpus"), Repository.Content, Stats: false));
        var rendered = RenderedTestSite.From(SitePaths.From(folder.Combine("corpus", "content"), Repository.Templates, folder.Combine("unused")));
        AssertParity(Run(rendered), minimumWords: 10000);
    }

    private static JsonNode Run(RenderedTestSite rendered)
    {
        using var folder = new TempFolder();
        var indexPath = folder.Combine("index.json");
        File.WriteAllText(indexPath, LunrIndexJson.Write(SearchIndexer.Build(rendered.Site, rendered.Rendered)));
        var texts = rendered.Rendered.WriteUps.SelectMany(w => SearchFields.ValuesOf(w, rendered.Site)).Where(t => t is not null);
        var input = new JsonObject
        {
            ["index"] = indexPath,
            ["texts"] = new JsonArray(texts.Select(t => (JsonNode)JsonValue.Create(t)!).ToArray()),
        };
        var inputPath = folder.Combine("input.json");
        File.WriteAllText(inputPath, input.ToJsonString());
        return JsonNode.Parse(Node.Run("accent-parite.js", inputPath))!;
    }

    private static void AssertParity(JsonNode outcome, int minimumWords)
    {
        var differing = outcome["differingCount"]!.GetValue<int>();
        Assert.True(differing == 0, $"{differing} words find other write-ups with or without accents:\n"
            + string.Join("\n", outcome["differing"]!.AsArray().Select(d => d!.ToJsonString())));
        var words = outcome["words"]!.GetValue<int>();
        Assert.True(words >= minimumWords, $"only {words} words compared");
        // Words spelt with accents in the texts were compared with their unaccented forms, and found something.
        Assert.True(outcome["accented"]!.GetValue<int>() > words / 20, "too few accented words");
        Assert.True(outcome["withHits"]!.GetValue<int>() > outcome["groups"]!.GetValue<int>() / 2);
        Assert.True(outcome["stemmerControl"]!.GetValue<int>() > 0, "the former stemmer did not break any word: the comparison cannot see it");
    }
}
