using System.Net;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Osez.Browser.Tests.Support;

namespace Osez.Browser.Tests;

/// <summary>
/// Every write-up as Zotero saves it, judged by Zotero's own code (its translation server and translators): what a
/// trainer gets with "Save to Zotero" on a write-up's page, on a listing page, and by importing the collection's files,
/// is what the write-up's CSL-JSON export says.
/// </summary>
public sealed partial class ZoteroTests(ZoteroSite site, ITestOutputHelper output) : IClassFixture<ZoteroSite>
{
    [Fact]
    public async Task Each_write_up_page_is_saved_as_its_csl_json_export_says()
    {
        SkipWhereMissing();
        var writeUps = site.WriteUps();
        Assert.True(writeUps.Count >= 10 + ZoteroSite.Generated.Length, $"{writeUps.Count} fiches");
        Assert.All(ZoteroSite.Generated, g => Assert.Contains(writeUps, w => w.Slug == g.Slug));
        var byTarget = writeUps.ToDictionary(w => w.Slug, w => w.Csl);
        var aliases = site.Aliases();
        Assert.Contains(aliases, a => a.Alias == "zotero-ancien-nom-du-chantier" && a.Target == "zotero-deux-collectifs");
        Assert.Contains(aliases, a => a.Alias == "des-locataires-face-aux-charges-de-chauffage");

        var pages = writeUps.Select(w => (Address: w.Slug, w.Csl))
            .Concat(aliases.Select(a => (Address: a.Alias, Csl: byTarget[a.Target])))
            .ToList();
        var failures = new List<string>();
        using var slots = new SemaphoreSlim(3);
        await Task.WhenAll(pages.Select(async page =>
        {
            await slots.WaitAsync();
            try
            {
                var (status, json) = await site.Zotero.WebAsync($"{site.PagesBase}fiches/{page.Address}/");
                var what = $"fiches/{page.Address}/";
                if (status != HttpStatusCode.OK || json is not JsonArray { Count: 1 } items)
                {
                    lock (failures)
                        failures.Add($"{what} : {(int)status} {json}");
                    return;
                }
                var differences = Differences(items[0]!.AsObject(), page.Csl, fromPage: true);
                lock (failures)
                    failures.AddRange(differences.Select(d => $"{what} : {d}"));
            }
            finally
            {
                slots.Release();
            }
        }));
        Assert.True(failures.Count == 0, string.Join("\n", failures));
        output.WriteLine($"{pages.Count} pages enregistrées par Zotero ({writeUps.Count} fiches, {aliases.Count} anciennes adresses) ; démarrage : {site.StartTime.TotalSeconds:0.0} s");
    }

    [Fact]
    public async Task The_write_up_with_a_collective_after_two_persons_keeps_its_three_names_in_order()
    {
        SkipWhereMissing();
        var (status, json) = await site.Zotero.WebAsync($"{site.PagesBase}fiches/des-habitants-relais-pour-l-acces-aux-droits-a-la-reunion/");
        Assert.Equal(HttpStatusCode.OK, status);
        var item = json!.AsArray().Single()!.AsObject();
        output.WriteLine(item.ToJsonString(new() { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }));
        Assert.Equal(["Payet | Véronique", "Hoarau | Jean-Marc", "= Les habitantes et habitants relais"], Creators(item));
        Assert.Equal("report", (string?)item["itemType"]);
        Assert.Equal("Fiche d’expérience", (string?)item["reportType"]);
    }

    [Theory]
    [InlineData("fiches/", "des-habitants-relais-pour-l-acces-aux-droits-a-la-reunion", "zotero-un-collectif-en-tete")]
    [InlineData("", null, null)]
    [InlineData("parcours/demarrer-un-groupe-d-habitants/", null, null)]
    public async Task A_listing_page_offers_a_choice_and_gives_the_chosen_write_ups_as_their_exports_say(string path, string? first, string? second)
    {
        SkipWhereMissing();
        var csl = site.WriteUps().ToDictionary(w => w.Slug, w => w.Csl);
        var html = File.ReadAllText(Path.Combine(site.Folder, path, "index.html"));
        var spans = CoinsSpan().Matches(html).Count;
        Assert.True(spans >= 2, $"{path} : {spans} COinS");

        var (status, json) = await site.Zotero.WebAsync(site.PagesBase + path);
        Assert.True(status == HttpStatusCode.MultipleChoices, $"{path} : {(int)status} {json}");
        var choice = json!.AsObject();
        var offered = choice["items"]!.AsObject().Select(p => (Key: p.Key, Title: p.Value!.GetValue<string>())).ToList();
        Assert.Equal(spans, offered.Count);
        var titles = csl.Values.Select(c => (string)c["title"]!).ToHashSet();
        Assert.All(offered, o => Assert.Contains(o.Title, titles));

        // Two write-ups chosen: named ones, or the first two the page offers.
        var wanted = first is null || second is null
            ? offered.Take(2).Select(o => csl.Values.Single(c => (string)c["title"]! == o.Title)).ToList()
            : [csl[first], csl[second]];
        var keys = wanted.Select(c => offered.Single(o => o.Title == (string)c["title"]!).Key).ToHashSet();
        var items = new JsonObject();
        foreach (var (key, title) in offered.Where(o => keys.Contains(o.Key)))
            items[key] = title;
        choice["items"] = items;
        var saved = await site.Zotero.ChooseAsync(choice);
        Assert.Equal(2, saved.Count);
        var failures = new List<string>();
        foreach (var item in saved.Select(i => i!.AsObject()))
        {
            var expected = wanted.Single(c => (string)c["title"]! == (string?)item["title"]);
            failures.AddRange(Differences(item, expected, fromPage: false).Select(d => $"{path} « {item["title"]} » : {d}"));
        }
        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    [Theory]
    [InlineData("citations.ris")]
    [InlineData("citations.bib")]
    [InlineData("citations.json")]
    public async Task A_collection_export_imports_every_write_up_with_its_type_and_creators(string file)
    {
        SkipWhereMissing();
        var csl = site.WriteUps().Select(w => w.Csl).ToList();
        var imported = await site.Zotero.ImportAsync(Path.Combine(site.Folder, "donnees", file));
        var reports = imported.Select(i => i!.AsObject()).Where(i => (string?)i["itemType"] == "report").ToList();
        var others = imported.Select(i => i!.AsObject()).Where(i => (string?)i["itemType"] != "report").ToList();
        Assert.Equal(csl.Count, reports.Count);
        // RIS and BibTeX carry the licence as a note (Zotero makes it a child note); CSL-JSON in « rights ».
        if (file.EndsWith(".json", StringComparison.Ordinal))
            Assert.Empty(others);
        else
            Assert.All(others, o => Assert.Equal("note", (string?)o["itemType"]));
        var failures = new List<string>();
        foreach (var expected in csl)
        {
            var title = (string)expected["title"]!;
            var matching = reports.Where(r => (string?)r["title"] == title).ToList();
            if (matching.Count != 1)
            {
                failures.Add($"« {title} » : {matching.Count} éléments");
                continue;
            }
            var item = matching[0];
            if (!Creators(item).SequenceEqual(Creators(expected)))
                failures.Add($"« {title} » : auteurs {string.Join(" ; ", Creators(item))} au lieu de {string.Join(" ; ", Creators(expected))}");
            Same(failures, title, "reportType", item, (string?)expected["genre"]);
            Same(failures, title, "institution", item, (string?)expected["publisher"]);
            Same(failures, title, "url", item, (string?)expected["URL"]);
        }
        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    private void SkipWhereMissing()
    {
        if (site.Missing is { } reason)
            Assert.Skip(reason);
    }

    /// <summary>
    /// What differs between the item Zotero saved and the write-up's CSL-JSON item: type, creators, title, date,
    /// institution, language, URL, and from a write-up's page also report type, abstract and licence (a listing page's
    /// COinS carry neither the report type nor the abstract).
    /// </summary>
    private static List<string> Differences(JsonObject item, JsonObject csl, bool fromPage)
    {
        var differences = new List<string>();
        if ((string?)item["itemType"] != "report")
            differences.Add($"type {item["itemType"]}");
        var creators = Creators(item);
        var expected = Creators(csl);
        if (!creators.SequenceEqual(expected))
            differences.Add($"auteurs {string.Join(" ; ", creators)} au lieu de {string.Join(" ; ", expected)}");
        if (item["creators"]!.AsArray().Any(c => (string?)c!["creatorType"] != "author"))
            differences.Add("un créateur n'est pas un auteur");
        Same(differences, "", "title", item, (string?)csl["title"]);
        var parts = csl["issued"]!["date-parts"]![0]!.AsArray().Select(p => p!.GetValue<int>()).ToArray();
        var date = $"{parts[0]:0000}-{parts[1]:00}-{parts[2]:00}";
        if (((string?)item["date"])?.Replace('/', '-') != date)
            differences.Add($"date {item["date"]} au lieu de {date}");
        Same(differences, "", "institution", item, (string?)csl["publisher"]);
        Same(differences, "", "language", item, (string?)csl["language"]);
        Same(differences, "", "url", item, (string?)csl["URL"]);
        if (fromPage)
        {
            Same(differences, "", "reportType", item, (string?)csl["genre"]);
            Same(differences, "", "abstractNote", item, (string?)csl["abstract"]);
            Same(differences, "", "rights", item, (string?)csl["license"]);
        }
        return differences;
    }

    private static void Same(List<string> differences, string title, string field, JsonObject item, string? expected)
    {
        var actual = (string?)item[field];
        if (actual != expected)
            differences.Add($"{(title.Length > 0 ? $"« {title} » : " : "")}{field} « {actual} » au lieu de « {expected} »");
    }

    /// <summary>
    /// The names in order, comparable between Zotero and CSL-JSON: "Family | Given" for a person, "= Name" for a
    /// name in one field (a Zotero <c>name</c>, a CSL <c>literal</c>).
    /// </summary>
    private static List<string> Creators(JsonObject item)
    {
        if (item["author"] is JsonArray authors)
            return authors.Select(a => a!["literal"] is { } literal ? $"= {literal}" : $"{a["family"]} | {a["given"]}").ToList();
        return item["creators"]!.AsArray()
            .Select(c => c!["name"] is { } name ? $"= {name}" : $"{c["lastName"]} | {c["firstName"]}").ToList();
    }

    [GeneratedRegex("""<span class="Z3988" title="[^"]*">""")]
    private static partial Regex CoinsSpan();
}
