using System.Text.Json;
using AngleSharp.Html.Parser;
using Osez.Citing;

namespace Osez.Tests.Support;

/// <summary>
/// Reads the citation texts of a built site where readers get them: a write-up page's embedded
/// texts (offered as downloads by its script), and the chunks the selection and search pages load
/// (through their manifest, as assets/citations.js does). Files are written out for the node parsers.
/// </summary>
public static class CitationData
{
    /// <summary>Format name ("bibtex", "ris", "csl-json") to text, from a write-up page's HTML.</summary>
    public static IReadOnlyDictionary<string, string> PageTexts(string html)
    {
        var page = new HtmlParser().ParseDocument(html);
        var data = page.QuerySelector("script[type='application/json'][data-cite-files]");
        Assert.True(data is not null, "the page holds no citation texts");
        using var json = JsonDocument.Parse(data.TextContent);
        return json.RootElement.EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetString()!, StringComparer.Ordinal);
    }

    /// <summary>The texts of a write-up page of a site built on disk.</summary>
    public static IReadOnlyDictionary<string, string> PageTexts(string siteFolder, string slug)
        => PageTexts(File.ReadAllText(Path.Combine(siteFolder, "fiches", slug, "index.html")));

    /// <summary>The manifest of the chunks: <c>donnees/references.js</c>.</summary>
    public static JsonElement Manifest(string siteFolder)
    {
        var script = File.ReadAllText(Path.Combine(siteFolder, "donnees", "references.js"));
        const string Prefix = "window.OsezReferences=";
        var start = script.IndexOf(Prefix, StringComparison.Ordinal);
        Assert.True(start >= 0 && script.EndsWith(";\n", StringComparison.Ordinal), "unexpected donnees/references.js");
        return JsonDocument.Parse(script[(start + Prefix.Length)..^2]).RootElement.Clone();
    }

    /// <summary>Every entry of every chunk of a kind ("references" or "contenus"), by slug, with the chunk it was found in.</summary>
    public static IReadOnlyDictionary<string, (int Chunk, JsonElement Value)> Chunks(string siteFolder, string kind)
    {
        var found = new Dictionary<string, (int, JsonElement)>(StringComparer.Ordinal);
        var files = Manifest(siteFolder).GetProperty(kind).EnumerateArray().Select(f => f.GetString()!).ToList();
        for (var n = 0; n < files.Count; n++)
        {
            var (key, json) = ChunkScript.Parse(File.ReadAllText(Path.Combine(siteFolder, "donnees", files[n])));
            Assert.Equal($"{kind}/{n}", key);
            foreach (var entry in JsonDocument.Parse(json).RootElement.EnumerateObject())
                Assert.True(found.TryAdd(entry.Name, (n, entry.Value.Clone())), $"{entry.Name} is in two chunks");
        }
        return found;
    }

    /// <summary>
    /// The three texts of one write-up as a reference chunk holds them (CSL-JSON as the file the
    /// selection page exports for one write-up).
    /// </summary>
    public static IReadOnlyDictionary<string, string> ChunkTexts(JsonElement entry) => new Dictionary<string, string>(StringComparer.Ordinal)
    {
        [CitationFormats.BibTex.Name] = entry.GetProperty("bibtex").GetString()!,
        [CitationFormats.Ris.Name] = entry.GetProperty("ris").GetString()!,
        [CitationFormats.CslJson.Name] = "[" + entry.GetProperty("csl").GetRawText() + "]",
    };

    /// <summary>Writes the texts as <c>name.bib</c>, <c>name.ris</c> and <c>name.json</c> in <paramref name="folder"/>; gives their paths by format.</summary>
    public static IReadOnlyDictionary<string, string> WriteFiles(string folder, string name, IReadOnlyDictionary<string, string> texts)
    {
        var extensions = CitationFormats.All.ToDictionary(f => f.Name, f => f.Extension);
        Directory.CreateDirectory(folder);
        var paths = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (format, extension) in extensions)
        {
            var path = Path.Combine(folder, name + extension);
            File.WriteAllText(path, texts[format]);
            paths[format] = path;
        }
        return paths;
    }
}
