using System.Text.Json;
using AngleSharp.Html.Parser;
using Osez.Building;
using Osez.Citing;
using Osez.Diagnostics;
using Osez.Rendering;
using Osez.Tests.Support;

namespace Osez.Tests.Citing;

/// <summary>
/// A reference format is described once (<see cref="CitationFormats.All"/>): every place that offers formats
/// offers each of them, with the same name, extension and MIME type.
/// </summary>
public sealed class CitationFormatTests
{
    [Fact]
    public void Formats_have_distinct_names_and_files_and_a_label_in_the_interface_texts()
    {
        var formats = CitationFormats.All;
        Assert.Equal(formats.Count, formats.Select(f => f.Name).Distinct().Count());
        Assert.Equal(formats.Count, formats.Select(f => f.Extension).Distinct().Count());
        Assert.Equal(formats.Count, formats.Select(f => f.ChunkField).Distinct().Count());
        var strings = UiStrings.Load(Repository.Templates, "fr", p => p, new DiagnosticBag())!;
        Assert.All(formats, f => Assert.NotEqual($"[{f.LabelKey}]", strings.Get(f.LabelKey)));
    }

    [Fact]
    public void Every_place_that_offers_formats_offers_each_one_as_described()
    {
        using var site = TestSite.FromShippedContent();
        site.Build(OutputMode.Disk).AssertNoErrors();
        var names = CitationFormats.All.Select(f => f.Name).ToList();
        var parser = new HtmlParser();
        var writeUp = parser.ParseDocument(site.OutputFile("fiches/des-films-pour-changer-le-regard/index.html"));
        var selection = parser.ParseDocument(site.OutputFile("selection/index.html"));
        var search = parser.ParseDocument(site.OutputFile("recherche/index.html"));
        var list = parser.ParseDocument(site.OutputFile("fiches/index.html"));

        var downloads = writeUp.QuerySelectorAll("[data-cite-download]").ToList();
        Assert.Equal(names, downloads.Select(a => a.GetAttribute("data-cite-download")));
        Assert.Equal(CitationFormats.All.Select(f => f.MediaType), downloads.Select(a => a.GetAttribute("data-type")));
        Assert.Equal(CitationFormats.All.Select(f => "des-films-pour-changer-le-regard" + f.Extension), downloads.Select(a => a.GetAttribute("data-file")));
        Assert.Equal(names, CitationData.PageTexts(site.OutputPath, "des-films-pour-changer-le-regard").Keys);
        Assert.Equal(names, selection.QuerySelectorAll("[data-export]").Select(b => b.GetAttribute("data-export")));
        Assert.Equal(names, search.QuerySelectorAll("[data-citations-export]").Select(b => b.GetAttribute("data-citations-export")));
        Assert.Equal(CitationFormats.All.Select(f => "../" + CitingUrls.Collection(f)),
            list.QuerySelectorAll(".collection-exports a[download]").Select(a => a.GetAttribute("href")));
        Assert.All(CitationFormats.All, f => Assert.True(File.Exists(Path.Combine(site.OutputPath, CitingUrls.Collection(f)))));

        // The manifest tells assets/citations.js how to make a file of several write-ups in each format.
        var described = CitationData.Manifest(site.OutputPath).GetProperty("formats");
        Assert.Equal(names, described.EnumerateObject().Select(p => p.Name));
        foreach (var format in CitationFormats.All)
        {
            var entry = described.GetProperty(format.Name);
            Assert.Equal(format.Extension, entry.GetProperty("extension").GetString());
            Assert.Equal(format.MediaType, entry.GetProperty("type").GetString());
            Assert.Equal(format.ChunkField, entry.GetProperty("champ").GetString());
            Assert.True(entry.TryGetProperty("separateur", out _) || entry.GetProperty("json").ValueKind == JsonValueKind.True, format.Name);
        }
        using var data = JsonDocument.Parse(site.OutputFile("donnees/fiches.json"));
        Assert.Equal(CitationFormats.All.Select(CitingUrls.Collection), data.RootElement.GetProperty("references").EnumerateObject().Select(p => p.Value.GetString()));
    }
}
