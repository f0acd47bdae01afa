using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Osez.Building;
using Osez.Diagnostics;
using Osez.Output;
using Osez.Rendering;
using Osez.Site;

namespace Osez.Citing;

/// <summary>
/// Writes the citation exports: BibTeX, RIS and CSL-JSON for each write-up (next to its page)
/// and for the whole collection (in <c>donnees/</c>), plus the scripts the selection and search
/// pages load to export any list of write-ups and to print them (scripts, so that they also load from disk).
/// </summary>
public sealed class CitationExportsProducer : ISiteProducer
{
    public string Stage => "citations";

    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    public void Produce(SiteModel site, RenderedSite rendered, IOutputSink output, DiagnosticBag diagnostics)
    {
        if (rendered.Strings is not { } strings)
            return;
        var dates = new DateLabels(strings);
        var views = new CitationViews(site, strings, dates);
        var reference = new FrenchReference(strings, dates);
        var works = views.Works.All;

        foreach (var work in works)
        {
            var origin = site.Find(work.Id)!.Source.DisplayPath;
            output.Write(CitingUrls.BibTex(work.Id), Utf8.GetBytes(BibTex.Entry(work)), origin);
            output.Write(CitingUrls.Ris(work.Id), Utf8.GetBytes(Ris.Record(work)), origin);
            output.Write(CitingUrls.CslJson(work.Id), Utf8.GetBytes(CslJson.File([work])), origin);
        }
        output.Write(CitingUrls.CollectionBibTex, Utf8.GetBytes(BibTex.File(works)), "références de toutes les fiches");
        output.Write(CitingUrls.CollectionRis, Utf8.GetBytes(Ris.File(works)), "références de toutes les fiches");
        output.Write(CitingUrls.CollectionCslJson, Utf8.GetBytes(CslJson.File(works)), "références de toutes les fiches");
        output.Write(CitingUrls.CitationScript, Utf8.GetBytes(DataScript(site, works, reference, dates)), "références de toutes les fiches");

        foreach (var item in rendered.WriteUps)
        {
            var script = "(window.OsezFicheContenus = window.OsezFicheContenus || {})["
                + JsonSerializer.Serialize(item.WriteUp.Slug) + "] = "
                + JsonSerializer.Serialize(item.Body.Html, CslJson.Options) + ";\n";
            output.Write(CitingUrls.BodyScript(item.WriteUp.Slug), Utf8.GetBytes(script), item.WriteUp.Source.DisplayPath);
        }
    }

    private static string Names(IReadOnlyList<string> names, string and) => names.Count <= 1
        ? string.Concat(names)
        : string.Join(", ", names.Take(names.Count - 1)) + " " + and + " " + names[^1];

    private static string DataScript(SiteModel site, IReadOnlyList<CitedWork> works, FrenchReference reference, DateLabels dates)
    {
        var entries = new JsonObject();
        foreach (var work in works)
        {
            var writeUp = site.Find(work.Id)!;
            entries[work.Id] = new JsonObject
            {
                ["titre"] = work.Title,
                ["chemin"] = work.Path,
                ["adresse"] = work.Url,
                ["auteurs"] = Names(writeUp.Authors.Select(a => a.DisplayName).ToList(), reference.And),
                ["date"] = dates.Day(work.Issued),
                ["resume"] = work.Abstract,
                ["illustratif"] = work.IsIllustrative,
                ["reference_html"] = reference.Html(work),
                ["reference_texte"] = reference.Text(work),
                ["contenu"] = CitingUrls.BodyScript(writeUp.Slug),
                ["bibtex"] = BibTex.Entry(work),
                ["ris"] = Ris.Record(work),
                ["csl"] = CslJson.Item(work),
            };
        }
        var data = new JsonObject
        {
            ["site"] = site.Config.Title,
            ["adresse"] = site.Config.BaseUrl,
            ["ordre"] = new JsonArray(works.Select(w => (JsonNode?)w.Id).ToArray()),
            ["fiches"] = entries,
        };
        return "/* Références des fiches, lues par assets/citations.js. Fichier produit à chaque construction du site. */\n"
            + "window.OsezCitationData = " + data.ToJsonString(CslJson.Options) + ";\n";
    }
}
