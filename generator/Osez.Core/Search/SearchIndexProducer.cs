using System.Text;
using Osez.Building;
using Osez.Diagnostics;
using Osez.Output;
using Osez.Rendering;
using Osez.Search.Lunr;
using Osez.Site;

namespace Osez.Search;

/// <summary>
/// The "search" stage: writes the lunr index, the catalogue shown by results and the text of each
/// write-up (for snippets), each as a script so that the search page also works opened from disk.
/// </summary>
public sealed class SearchIndexProducer : ISiteProducer
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    public string Stage => "search";

    public void Produce(SiteModel site, RenderedSite rendered, IOutputSink output, DiagnosticBag diagnostics)
    {
        const string origin = "index de recherche";
        var documents = rendered.WriteUps.Select(w => SearchFields.ValuesOf(w, site)).ToList();
        var index = SearchIndexer.Build(documents);
        output.Write(SearchUrls.Index, Utf8.GetBytes(Script("index", LunrIndexJson.Write(index))), origin);
        output.Write(SearchUrls.WriteUps, Utf8.GetBytes(Script("writeUps", SearchCatalog.From(site, rendered).ToJson())), origin);
        var body = SearchFields.All.ToList().IndexOf(SearchFields.Body);
        for (var i = 0; i < rendered.WriteUps.Count; i++)
        {
            var item = rendered.WriteUps[i];
            var text = documents[i][body] ?? string.Empty;
            var script = $"{Prefix}texts=window.{SearchUrls.IndexGlobal}.texts||{{}};window.{SearchUrls.IndexGlobal}.texts[{SearchCatalog.Literal(item.WriteUp.Slug)}]={SearchCatalog.Literal(text)};\n";
            output.Write(SearchUrls.Text(item.WriteUp.Slug), Utf8.GetBytes(script), item.WriteUp.Source.DisplayPath);
        }
    }

    private static string Prefix => $"window.{SearchUrls.IndexGlobal}=window.{SearchUrls.IndexGlobal}||{{}};window.{SearchUrls.IndexGlobal}.";

    /// <summary>"window.OsezSearchData.index=&lt;json&gt;;": the JSON is kept byte for byte.</summary>
    public static string Script(string name, string json) => $"{Prefix}{name}={json};\n";

    /// <summary>The JSON inside a script written by <see cref="Script"/>.</summary>
    public static string JsonOf(string script, string name)
    {
        var prefix = $"{Prefix}{name}=";
        if (!script.StartsWith(prefix, StringComparison.Ordinal) || !script.EndsWith(";\n", StringComparison.Ordinal))
            throw new FormatException("Not a search data script.");
        return script[prefix.Length..^2];
    }
}
