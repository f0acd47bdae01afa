using System.Text.Json.Nodes;
using Osez.Configuration;
using Osez.Corpus;
using Osez.Diagnostics;
using Osez.Output;
using Osez.Search;
using Osez.Search.French;
using Osez.Search.Lunr;
using Osez.Search.Shards;
using Osez.Tests.Support;

namespace Osez.Tests.Search;

/// <summary>
/// The sharded index answers every query exactly as lunr.js answers it over the whole index (same
/// refs, order, scores and match data), in node with the real lunr.js: on a generated corpus of
/// 2,000 write-ups as the site ships it, and on the awkward corpus cut into many tiny shards. Controls
/// break one merge rule each and must make the comparison fail (tests/node/index-decoupe-parite.js).
/// </summary>
public sealed class ShardParityTests
{
    /// <summary>Plain, multi-word, accented, +/-, field-scoped, prefix and wildcard, fuzzy, boosts, parse errors.</summary>
    private static readonly string[] Queries =
    [
        "logement", "équipe", "equipe", "ÉQUIPE", "l'équipe", "l’équipe", "aujourd'hui", "santé mentale", "sante mentale",
        "familles monoparentales", "insertion professionnelle", "œuvre", "oeuvre", "précarité", "precarite", "accompagnées",
        "2021", "les", "le la les", "xylophone", "vacances d'été", "été",
        "+logement -santé", "+logement +famille", "logement -famille", "-logement", "-xylophone", "-logement -famille",
        "+xylophone logement", "+logement -logement",
        "titre:logement", "resume:famille", "texte:équipe resume:famille", "+titre:jeunes -texte:dette", "termes:santé",
        "équi*", "Équi*", "equi*", "log*", "con*", "acc*", "a*", "l*", "*ment", "lo*ment", "log*^5 famille", "+log* -san*", "titre:log*",
        "famile~1", "log~1", "enfnat~1", "sante~2", "precarite~1 +logement", "titre:famille~1", "acc*~1",
        "logement^10 famille", "logement^0.1 famille", "équipe^3",
        "+-logement", "titre:", "title:logement", "~1", "log~x", "-", "+",
        "—", "…", "« logement »", "burn-out", "sans-abri", "c'est-à-dire", "", "*",
    ];

    /// <summary>What the search page sends for typed text (with and without the prefix of the word being typed).</summary>
    private static readonly string[] PageQueries =
    [
        "logement", "l'équipe santé", "équi*", "famile~1", "vacances d'été", "log", "accompagn", "santé ment", "les",
        "precarite~1 logement", "l*", "log~2",
    ];

    [Fact]
    public void Generated_corpus_of_2000_write_ups_gives_the_same_results_sharded_as_whole()
    {
        using var folder = new TempFolder();
        CorpusWriter.Write(new CorpusOptions(2000, "1", folder.Combine("corpus"), Repository.Content, Stats: false));
        var rendered = RenderedTestSite.From(SitePaths.From(folder.Combine("corpus", "content"), Repository.Templates, folder.Combine("unused")));
        var full = LunrIndexJson.Write(SearchIndexer.Build(rendered.Site, rendered.Rendered));

        var diagnostics = new DiagnosticBag();
        var output = new MemoryOutput(diagnostics);
        new SearchIndexProducer().Produce(rendered.Site, rendered.Rendered, output, diagnostics);
        Assert.False(diagnostics.HasErrors);
        var site = folder.Combine("site");
        foreach (var (path, bytes) in output.Files)
        {
            var target = Path.Combine(site, path);
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.WriteAllBytes(target, bytes);
        }
        var manifest = Path.Combine(site, SearchUrls.Index);
        var dataFolder = Directory.GetDirectories(Path.Combine(site, "recherche")).Single();

        var outcome = Run(folder, full, manifest, dataFolder, controls: true);

        AssertNoMismatch(outcome);
        var shards = Directory.GetFiles(dataFolder, "t*.js").Length;
        Assert.True(shards >= 20, $"only {shards} shards: the corpus should be cut into many");
        // The queries reach what they should: hits for plain words, several shards for broad patterns, errors.
        var hits = outcome["hits"]!.AsObject();
        Assert.True(hits["logement"]!.GetValue<int>() > 500);
        Assert.Equal(2000, hits["-xylophone"]!.GetValue<int>());
        Assert.StartsWith("error: QueryParseError", hits["+-logement"]!.GetValue<string>());
        Assert.True(hits["famile~1"]!.GetValue<int>() > 0 && hits["*ment"]!.GetValue<int>() > 0);
        var loaded = outcome["shardsLoaded"]!.AsObject();
        Assert.Equal(1, loaded["logement"]!.GetValue<int>());
        Assert.True(loaded["a*"]!.GetValue<int>() > 1, "a* should span several shards");
        Assert.Equal(0, loaded["—"]!.GetValue<int>());
        AssertControlsFail(outcome);
    }

    [Fact]
    public void Awkward_corpus_cut_into_tiny_shards_gives_the_same_results_sharded_as_whole()
    {
        using var folder = new TempFolder();
        var builder = new LunrIndexBuilder(SearchFields.All, FrenchPipeline.CreateIndexing(), FrenchPipeline.SearchLabels);
        var texts = AwkwardTexts();
        for (var i = 0; i < texts.Count; i++)
            builder.Add(SearchIndexer.Reference(i), texts[i], i % 3 == 1 ? 2 : 1);
        var index = builder.Build();
        var data = folder.Combine("data");
        Directory.CreateDirectory(data);
        var (starts, kilobytes) = TermShards.WriteAll(index, (key, bytes) => File.WriteAllBytes(Path.Combine(data, key + ".js"), bytes), targetBytes: 60);
        File.WriteAllBytes(Path.Combine(data, SearchUrls.TermList + ".js"), TermShards.TermList(index));
        var manifest = Path.Combine(data, "manifest.js");
        File.WriteAllBytes(manifest, new SearchManifest(".", index.Fields, index.Pipeline, texts.Count, starts, kilobytes, 1, 1000, [], 1000, []).ToScript());
        Assert.True(starts.Length > 20, $"only {starts.Length} shards");

        var outcome = Run(folder, LunrIndexJson.Write(index), manifest, data, controls: false);

        AssertNoMismatch(outcome);
        Assert.True(outcome["hits"]!["equipe"]!.GetValue<int>() >= 2);
    }

    private static JsonNode Run(TempFolder folder, string fullJson, string manifest, string dataFolder, bool controls)
    {
        var fullPath = folder.Combine("full.json");
        File.WriteAllText(fullPath, fullJson);
        var input = new JsonObject
        {
            ["full"] = fullPath,
            ["manifest"] = manifest,
            ["folder"] = dataFolder,
            ["queries"] = new JsonArray(Queries.Select(q => (JsonNode)JsonValue.Create(q)).ToArray()),
            ["pageQueries"] = new JsonArray(PageQueries.Select(q => (JsonNode)JsonValue.Create(q)).ToArray()),
            ["controls"] = controls,
        };
        var inputPath = folder.Combine("input.json");
        File.WriteAllText(inputPath, input.ToJsonString());
        return JsonNode.Parse(Node.Run("index-decoupe-parite.js", inputPath))!;
    }

    private static void AssertNoMismatch(JsonNode outcome)
    {
        var mismatches = outcome["mismatches"]!.AsArray();
        Assert.True(mismatches.Count == 0, $"{mismatches.Count} of {outcome["compared"]} comparisons differ:\n"
            + string.Join("\n", mismatches.Take(10).Select(m => m!.ToJsonString())));
        Assert.True(outcome["compared"]!.GetValue<int>() >= 2 * Queries.Length);
    }

    private static void AssertControlsFail(JsonNode outcome)
    {
        var controls = outcome["controls"]!.AsObject();
        Assert.Equal(5, controls.Count);
        foreach (var (name, mismatches) in controls)
            Assert.True(mismatches!.GetValue<int>() > 0, $"the control « {name} » did not break any query: the comparison cannot see it");
    }

    /// <summary>Accents, NFD, NBSP, dashes, numbers, apostrophes, elisions, empty and missing fields, surrogates.</summary>
    private static List<IReadOnlyList<string?>> AwkwardTexts() =>
    [
        ["L'ÉQUIPE d'habitants — bilan 2019", "Réunion,\u00A0« vacances d’été » : 3\u202F400\u00A0€ réunis.", "santé, logement", "Les personnes épuisées\u2026 aujourd’hui jusqu'à l’association.\r\nn° 1er\ttab"],
        ["Œuvre collective : cœur, Æsop, ﬁn", "", null, "e\u0301te\u0301 (NFD) — été – étés, aide-soignantes, 0 007 4294967294 4294967295 équipe"],
        [null, "— … ! ?", "", "İstanbul, niño, ΣΑΣ, zero\u200Bwidth, bom\uFEFFhere, emoji 👍 done, quote \"x\" back\\slash logement"],
        ["de la des", null, "famille", "L\u2019association des parents d’élèves ; qu'il vienne ; lorsqu’on ; presqu'île ; prud'hommes ; familles"],
        ["", "", "", ""],
        ["Équipe", "équipe equipe ÉQUIPE", "logement", "activités activites précarité precarite infirmière infirmiere santé mentale"],
        ["Logement d'abord", "Le logement, l'accompagnement", "logement", "accompagnées accompagner accompagnement logements loger logé enfants enfant"],
    ];
}
