using System.Text.Json;
using System.Text.Json.Nodes;
using Osez.Search.Lunr;
using Osez.Tests.Support;

namespace Osez.Tests.Search;

/// <summary>A corpus built both here and by lunr.js in node (tests/node/lunr-parity.js), with queries run on both.</summary>
public sealed record ParityCorpus(string Pipeline, IReadOnlyList<LunrField> Fields, IReadOnlyList<ParityDocument> Documents, IReadOnlyList<string> Queries);

public sealed record ParityDocument(string Ref, IReadOnlyList<string?> Values, double Boost = 1);

/// <summary>What node answered: its index JSON, and the results of each query on its index and on ours.</summary>
public sealed record ParityOutcome(string CsharpJson, string NodeJson, JsonArray NodeResults, JsonArray CsharpResults);

public static class LunrParity
{
    public static ParityOutcome Run(ParityCorpus corpus, LunrPipeline pipeline, IReadOnlyList<string> searchLabels)
    {
        var builder = new LunrIndexBuilder(corpus.Fields, pipeline, searchLabels);
        foreach (var document in corpus.Documents)
            builder.Add(document.Ref, document.Values, document.Boost);
        var csharpJson = LunrIndexJson.Write(builder.Build());

        using var folder = new TempFolder();
        var indexPath = folder.Combine("csharp-index.json");
        File.WriteAllText(indexPath, csharpJson, new System.Text.UTF8Encoding(false));
        var input = new JsonObject
        {
            ["pipeline"] = corpus.Pipeline,
            ["fields"] = new JsonArray(corpus.Fields.Select(f => (JsonNode)new JsonObject { ["name"] = f.Name, ["boost"] = f.Boost }).ToArray()),
            ["documents"] = new JsonArray(corpus.Documents.Select(d => (JsonNode)new JsonObject
            {
                ["ref"] = d.Ref,
                ["values"] = new JsonArray(d.Values.Select(v => v is null ? null : (JsonNode)JsonValue.Create(v)).ToArray()),
                ["boost"] = d.Boost,
            }).ToArray()),
            ["queries"] = new JsonArray(corpus.Queries.Select(q => (JsonNode)JsonValue.Create(q)).ToArray()),
            ["csharpIndex"] = indexPath,
        };
        var inputPath = folder.Combine("input.json");
        File.WriteAllText(inputPath, input.ToJsonString(), new System.Text.UTF8Encoding(false));
        var output = JsonNode.Parse(Node.Run("lunr-parity.js", "index", inputPath))!;
        return new ParityOutcome(csharpJson, output["index"]!.GetValue<string>(), output["nodeResults"]!.AsArray(), output["csharpResults"]!.AsArray());
    }

    /// <summary>Asserts byte-identical JSON (pointing at the first difference) and identical query results.</summary>
    public static void AssertSame(ParityOutcome outcome)
    {
        if (outcome.CsharpJson != outcome.NodeJson)
        {
            var at = 0;
            while (at < Math.Min(outcome.CsharpJson.Length, outcome.NodeJson.Length) && outcome.CsharpJson[at] == outcome.NodeJson[at])
                at++;
            var from = Math.Max(0, at - 120);
            Assert.Fail($"Index JSON differs at char {at} (C# {outcome.CsharpJson.Length} chars, lunr.js {outcome.NodeJson.Length}):\n"
                + $"C#:      …{Slice(outcome.CsharpJson, from)}…\nlunr.js: …{Slice(outcome.NodeJson, from)}…");
        }
        Assert.Equal(outcome.NodeResults.ToJsonString(), outcome.CsharpResults.ToJsonString());
    }

    private static string Slice(string text, int from) => text.Substring(from, Math.Min(240, text.Length - from));
}
