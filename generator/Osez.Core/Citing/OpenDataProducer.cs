using System.Text;
using System.Text.Json.Nodes;
using Osez.Building;
using Osez.Content;
using Osez.Diagnostics;
using Osez.Output;
using Osez.Rendering;
using Osez.Site;

namespace Osez.Citing;

/// <summary>
/// Writes every published write-up's metadata as open data: <c>donnees/fiches.json</c> (structured,
/// vocabulary terms with id and label) and <c>donnees/fiches.csv</c> (one row per write-up, one column
/// per field, terms as labels). Both are documented on <c>donnees/index.html</c>.
/// </summary>
public sealed class OpenDataProducer : ISiteProducer
{
    public string Stage => "open-data";

    public void Produce(SiteModel site, RenderedSite rendered, IOutputSink output, DiagnosticBag diagnostics)
    {
        var works = new CitedWorks(site, rendered.Strings?.Get("citing.reference_genre") ?? string.Empty);
        output.Write(CitingUrls.MetadataJson, new UTF8Encoding(false).GetBytes(Json(site, works)), "données ouvertes");
        // With a byte order mark, so that spreadsheet programs read the accents right.
        output.Write(CitingUrls.MetadataCsv, new UTF8Encoding(true).GetPreamble().Concat(new UTF8Encoding(false).GetBytes(Csv(site, works))).ToArray(), "données ouvertes");
    }

    public static string Csv(SiteModel site, CitedWorks works)
    {
        var builder = new StringBuilder();
        AppendRow(builder, WriteUpTable.Columns(site.Vocabularies).Select(c => c.Name));
        foreach (var writeUp in site.WriteUps)
            AppendRow(builder, WriteUpTable.Row(writeUp, works[writeUp], site.Vocabularies));
        return builder.ToString();
    }

    /// <summary>RFC 4180: comma-separated, fields quoted when needed, CR LF line ends.</summary>
    private static void AppendRow(StringBuilder builder, IEnumerable<string> cells)
    {
        builder.AppendJoin(',', cells.Select(Quote)).Append("\r\n");
    }

    private static string Quote(string cell)
    {
        var flat = cell.ReplaceLineEndings(" ");
        return flat.AsSpan().IndexOfAny(",\"\r\n") >= 0 || flat.StartsWith(' ') || flat.EndsWith(' ')
            ? "\"" + flat.Replace("\"", "\"\"", StringComparison.Ordinal) + "\""
            : flat;
    }

    public static string Json(SiteModel site, CitedWorks works)
    {
        var items = new JsonArray();
        foreach (var writeUp in site.WriteUps)
            items.Add(Item(site, writeUp, works[writeUp]));
        var root = new JsonObject
        {
            ["site"] = site.Config.Title,
            ["editeur"] = site.Config.Publisher,
            ["adresse"] = site.Config.BaseUrl,
            ["documentation"] = CitingUrls.OpenDataPage,
            ["nombre_de_fiches"] = site.WriteUps.Count,
            ["fiches"] = items,
        };
        return root.ToJsonString(CslJson.Options) + "\n";
    }

    private static JsonObject Item(SiteModel site, WriteUp writeUp, CitedWork work)
    {
        var item = new JsonObject
        {
            ["slug"] = writeUp.Slug,
            ["titre"] = writeUp.Title,
            ["resume"] = writeUp.Summary,
            ["url"] = work.Url.Length > 0 ? work.Url : work.Path,
            ["date_publication"] = WriteUpTable.Iso(writeUp.PublishedOn),
            ["date_mise_a_jour"] = writeUp.UpdatedOn is { } updated ? WriteUpTable.Iso(updated) : null,
            ["auteurs"] = new JsonArray(writeUp.Authors.Select(a => (JsonNode?)(a.IsCollective
                ? new JsonObject { ["collectif"] = a.Collective, ["structure"] = a.Organisation }
                : new JsonObject { ["nom"] = a.LastName, ["prenom"] = a.FirstName, ["fonction"] = a.Role, ["structure"] = a.Organisation })).ToArray()),
            ["periode"] = writeUp.Period is { } period
                ? new JsonObject { ["debut"] = period.Start.ToString(), ["fin"] = period.End?.ToString(), ["en_cours"] = period.End is null }
                : null,
            ["taille_groupe"] = writeUp.GroupSize is { } size ? new JsonObject { ["min"] = size.Min, ["max"] = size.Max } : null,
        };
        foreach (var vocabulary in site.Vocabularies.All)
        {
            var terms = writeUp.TermsOf(vocabulary.Key).Select(t => t.Id).Distinct(StringComparer.Ordinal)
                .Select(id => (JsonNode?)new JsonObject { ["id"] = id, ["libelle"] = vocabulary.Find(id)?.Label ?? id }).ToArray();
            item[vocabulary.Key] = new JsonArray(terms);
        }
        item["licence"] = writeUp.Licence;
        item["illustratif"] = writeUp.IsIllustrative;
        item["citation"] = new JsonObject
        {
            ["bibtex"] = CitingUrls.BibTex(writeUp.Slug),
            ["ris"] = CitingUrls.Ris(writeUp.Slug),
            ["csl_json"] = CitingUrls.CslJson(writeUp.Slug),
        };
        return item;
    }
}
