using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Xml.Linq;
using AngleSharp.Html.Parser;
using Osez.Building;
using Osez.Configuration;
using Osez.Content;
using Osez.Diagnostics;
using Osez.Output;
using Osez.Rendering;
using Osez.Site;
using Osez.Tests.Robustness.Attacks;
using Osez.Tests.Support;
using Osez.Yaml;

namespace Osez.Tests.Rendering;

/// <summary>
/// Every value that reaches a page is escaped for where it lands (text, attribute, style, script data, XML), even one
/// that validation would have refused, and whatever the interface texts of the theme hold.
/// </summary>
public sealed class EscapingTests
{
    /// <summary>Breaks out of a text, a quoted attribute, a style element and a script element, then runs a script.</summary>
    private const string Payload = "\"'></style></script><script>alert('" + OutputOracle.Marker + "')</script><img src=x onerror=alert('" + OutputOracle.Marker + "')><!--";

    [Fact]
    public void Site_settings_and_fields_that_bypass_validation_are_still_escaped_in_every_context()
    {
        using var site = TestSite.FromFixture("minimal");
        var builder = SiteBuilder.Default;
        var run = builder.Begin(new BuildOptions(site.Paths, OutputMode.Memory));
        var diagnostics = run.Diagnostics;
        var loaded = builder.Load(run)!;
        // As if site.yml and a write-up had got past their readers: the pages must stay harmless on their own.
        var hostile = loaded with
        {
            Config = loaded.Config with
            {
                Title = "Site " + Payload,
                Subtitle = Payload,
                Description = Payload,
                Publisher = "Éditeur " + Payload,
                BaseUrl = "https://exemple.org/" + Payload,
                Language = "fr" + Payload,
                RepositoryUrl = "https://github.com/exemple/" + Payload,
                Branch = Payload,
            },
            WriteUps = loaded.WriteUps.Select(w => w with
            {
                Contact = new Contact("Centre " + Payload, "accueil@exemple.org" + Payload, "01 23 45 67 89" + Payload, "https://exemple.org/" + Payload),
            }).ToList(),
        };
        var model = new SiteModel(hostile, includeDrafts: false);
        // The interface texts of the real language: the hostile one has none.
        var theme = new Theme(UiStrings.Load(site.Paths.Templates, "fr", site.Paths.Display, diagnostics)!, TemplateSet.Load(site.Paths.Templates, site.Paths.Display, diagnostics));
        using var output = new MemoryOutput(diagnostics);
        var rendered = builder.RenderPages(run, model, theme, builder.RenderBodies(run, model, theme), output)!;
        builder.Produce(run, model, rendered, output);
        Assert.False(diagnostics.HasErrors, DiagnosticAssertions.Describe(diagnostics.Sorted()));

        AssertHarmless(output.Files);
        var page = new HtmlParser().ParseDocument(Encoding.UTF8.GetString(output.Files["fiches/locataires-et-energie/index.html"]));
        // Each value reads back exactly: escaped, not stripped.
        Assert.Equal("fr" + Payload, page.DocumentElement.GetAttribute("lang"));
        Assert.Equal("Site " + Payload, page.QuerySelector(".site-title")!.TextContent);
        Assert.Equal(["https://exemple.org/" + Payload + "/fiches/locataires-et-energie/"], Html.Meta(page, "og:url"));
        Assert.Equal("https://exemple.org/" + Payload, page.QuerySelector(".writeup__contact a")!.GetAttribute("href"));
        Assert.Contains("Éditeur " + Payload, page.QuerySelector(".site-footer")!.TextContent);
        // In the print style, the address is a CSS string that nothing closes.
        var style = Assert.Single(page.Head!.QuerySelectorAll("style")).TextContent;
        Assert.DoesNotContain("<", style);
        Assert.Contains("@bottom-left { content: \"https://exemple.org/\\22 \\27 \\3E \\3C /style\\3E ", style);
        Assert.EndsWith("\"; font: 8pt sans-serif; color: #555; } }", style);

        // Feed, sitemap and data files stay well-formed and carry the values as text.
        var feed = XDocument.Parse(Encoding.UTF8.GetString(output.Files["flux.xml"]));
        Assert.Equal("fr" + Payload, feed.Root!.Attribute(XNamespace.Xml + "lang")!.Value);
        Assert.Equal("Site " + Payload, feed.Root.Element(XName.Get("title", "http://www.w3.org/2005/Atom"))!.Value);
        var sitemap = XDocument.Parse(Encoding.UTF8.GetString(output.Files["sitemap.xml"]));
        Assert.All(sitemap.Descendants(XName.Get("loc", "http://www.sitemaps.org/schemas/sitemap/0.9")),
            loc => Assert.StartsWith("https://exemple.org/" + Payload + "/", loc.Value));
        using var json = JsonDocument.Parse(output.Files["donnees/fiches.json"]);
    }

    [Fact]
    public void Interface_texts_of_the_theme_are_shown_as_text_on_every_page()
    {
        using var site = TestSite.FromFixture("minimal");
        using var theme = new TempFolder();
        TempFolder.CopyFolder(Repository.Templates, theme.Path);
        var strings = Path.Combine(theme.Path, "strings", "fr.yml");
        File.WriteAllText(strings, WithPayload(File.ReadAllText(strings)));
        var options = new BuildOptions(SitePaths.From(site.ContentPath, theme.Path, site.OutputPath), OutputMode.Memory) { Today = TestSite.Today };

        var result = SiteBuilder.Default.Run(options);
        result.AssertNoErrors();

        AssertHarmless(result.Files!);
        var notFound = Html.Parse(result, "404.html");
        Assert.Contains($"<script>alert('{OutputOracle.Marker}')</script>", notFound.QuerySelector("h1")!.TextContent);
        Assert.Contains(Payload, notFound.QuerySelector(".skip-link")!.TextContent);
        var proposal = Html.Parse(result, "proposer/index.html");
        using var texts = JsonDocument.Parse(proposal.GetElementById("proposer-textes")!.TextContent);
        Assert.EndsWith(Payload, texts.RootElement.GetProperty("required").GetString());
    }

    [Fact]
    public void A_partial_and_a_captured_block_are_written_once_not_escaped_again()
    {
        using var site = TestSite.FromFixture("minimal");
        var result = site.Build();
        result.AssertNoErrors();
        var page = Html.Parse(result, "fiches/locataires-et-energie/index.html");
        // The head block is captured from citation-meta.html; the card list comes from a partial rendered once and reused.
        Assert.Equal(["Des locataires agissent sur leurs factures"], Html.Meta(page, "citation_title"));
        Assert.NotEmpty(Html.Parse(result, "fiches/index.html").QuerySelectorAll("article.card h2 a"));
        Assert.DoesNotContain("&amp;lt;", Html.Text(result, "fiches/index.html"));
        Assert.DoesNotContain("&amp;#39;", Html.Text(result, "index.html"));
    }

    /// <summary>fr.yml with the payload after every text (YAML written back with double-quoted strings).</summary>
    private static string WithPayload(string yaml)
    {
        var root = YamlTreeReader.Read(yaml, "fr.yml", 1, new DiagnosticBag());
        var builder = new StringBuilder();
        Write((YMapping)root!, 0);
        return builder.ToString();

        void Write(YNode node, int indent)
        {
            switch (node)
            {
                case YMapping map:
                    foreach (var entry in map.Entries)
                    {
                        builder.Append(' ', indent).Append(entry.Key.Value).Append(':');
                        if (entry.Value is YScalar scalar)
                            builder.Append(' ').Append(Quote(scalar.Value + Payload)).Append('\n');
                        else
                        {
                            builder.Append('\n');
                            Write(entry.Value, indent + 2);
                        }
                    }
                    break;
                case YSequence list:
                    foreach (var item in list.Items)
                        builder.Append(' ', indent).Append("- ").Append(Quote(((YScalar)item).Value + Payload)).Append('\n');
                    break;
            }
        }

        static string Quote(string text) => JsonSerializer.Serialize(text, new JsonSerializerOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
    }

    /// <summary>Nothing a payload reached came alive, in any file of the build (the attack catalogue's oracle), and the pages were many.</summary>
    private static void AssertHarmless(IReadOnlyDictionary<string, byte[]> files)
    {
        Assert.True(files.Count(f => f.Key.EndsWith(".html", StringComparison.Ordinal)) > 10);
        var findings = OutputOracle.Findings(files, payloadHasMarker: true);
        Assert.True(findings.Count == 0, string.Join("\n", findings));
    }
}
