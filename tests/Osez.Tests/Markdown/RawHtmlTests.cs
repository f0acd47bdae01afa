using System.Diagnostics;
using AngleSharp.Html.Parser;
using Osez.Diagnostics;
using Osez.Markdown;
using Osez.Tests.Support;

namespace Osez.Tests.Markdown;

/// <summary>
/// HTML written in a body (pasted from a word processor, a wiki or a website): the allowed set is
/// shown as HTML, never altered by the typography; the rest is removed and told where it was, with
/// the Markdown to write instead; its words reach the search text, its tags do not.
/// </summary>
public sealed class RawHtmlTests
{
    private const string File = "content/fiches/essai.md";
    private const int FirstLine = 20;

    private sealed class Links : ISiteLinks
    {
        public string? WriteUp(string slug) => slug == "autre" ? "fiches/autre/index.html" : null;

        public string? Page(string slug) => null;

        public IEnumerable<string> WriteUpSlugs => ["autre"];

        public IEnumerable<string> PageSlugs => [];
    }

    private static (RenderedMarkdown Body, IReadOnlyList<Diagnostic> Diagnostics) Render(string markdown)
    {
        var diagnostics = new DiagnosticBag();
        var body = new MarkdownRenderer(new Links()).Render(markdown, new LinkContext(File, FirstLine, "../../", null), diagnostics);
        return (body, diagnostics.Sorted());
    }

    private static AngleSharp.Dom.IElement Parse(string html) => new HtmlParser().ParseDocument("<body>" + html).Body!;

    [Fact]
    public void The_allowed_set_is_shown_as_html_without_typography_in_its_tags()
    {
        const string markdown = """
            Avant<br>après, <abbr title='Centre "communal" -- social'>CCAS</abbr>, H<sub>2</sub>O, 1<sup>er</sup>, <kbd>Ctrl</kbd>, <mark>ici</mark>, <u>souligné</u>.

            <table>
            <thead><tr><th scope="col">Étape</th><th>"Durée"</th></tr></thead>
            <tbody><tr><td colspan="2">Lecture -- des <em>décomptes</em></td></tr></tbody>
            </table>

            <details>
            <summary>Voir le détail</summary>

            Du **Markdown** dedans, et un [lien](fiche:autre).

            </details>
            """;
        var (body, diagnostics) = Render(markdown);

        Assert.Empty(diagnostics);
        var html = Parse(body.Html);
        Assert.Equal("Centre \"communal\" -- social", html.QuerySelector("abbr")!.GetAttribute("title"));
        Assert.NotNull(html.QuerySelector("p > br"));
        Assert.Equal(["2", "er"], html.QuerySelectorAll("sub, sup").Select(e => e.TextContent));
        Assert.Equal("col", html.QuerySelector("th")!.GetAttribute("scope"));
        // The text of an HTML block is as written: no « », no –.
        Assert.Equal("\"Durée\"", html.QuerySelectorAll("th")[1].TextContent);
        Assert.Equal("Lecture -- des décomptes", html.QuerySelector("td[colspan='2']")!.TextContent);
        // Markdown inside an HTML element is Markdown as anywhere else.
        Assert.Equal("Voir le détail", html.QuerySelector("details > summary")!.TextContent);
        Assert.Equal("../../fiches/autre/index.html", html.QuerySelector("details strong + a, details a")!.GetAttribute("href"));
        Assert.Equal(["autre"], body.LinkedWriteUps);
    }

    [Fact]
    public void What_is_removed_is_told_where_it_was_written_with_the_markdown_to_write_instead()
    {
        const string markdown = """
            Un <span style="color:red" class="MsoNormal">mot</span> et <img src="photo.jpg" alt="Le groupe" width="300" onerror="alert(1)">.

            <h2>Nos constats</h2>

            <iframe src="https://video.exemple.org/v/12"></iframe>
            <script>alert(2)</script><style>p { color: red }</style>

            <p id="contexte" style="margin:0">Texte <font face="Arial">gardé</font>.</p>

            <!-- à relire -->
            """;
        var (body, diagnostics) = Render(markdown);

        var lines = diagnostics.Select(d => $"{d.Code} {d.Location.Line}:{d.Location.Column} {d.Message} → {d.Hint}").ToList();
        Assert.All(diagnostics, d => Assert.Equal(DiagnosticCodes.RawHtmlRemoved.Id, d.Code));
        Assert.All(diagnostics, d => Assert.Equal(File, d.Location.File));
        Assert.Contains(lines, l => l.StartsWith("KB0014 20:10 L'attribut HTML style est retiré", StringComparison.Ordinal) && l.Contains("(2 fois", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("KB0014 20:28 L'attribut HTML class est retiré", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("KB0014 20:60 L'image <img>", StringComparison.Ordinal) && l.EndsWith("→ Écrivez : ![Le groupe](photo.jpg)", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("KB0014 22:1 Le titre <h2>", StringComparison.Ordinal) && l.EndsWith("## Nos constats", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("KB0014 24:1 La balise <iframe>", StringComparison.Ordinal) && l.EndsWith("[Voir la vidéo](https://video.exemple.org/v/12)", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("KB0014 25:1 La balise <script> est retirée avec son contenu", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("KB0014 25:26 La balise <style>", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("KB0014 27:4 L'attribut HTML id est retiré", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("KB0014 27:41 La balise <font> n'est pas reprise : son texte reste", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("KB0014 29:1 Le commentaire HTML", StringComparison.Ordinal));

        var html = Parse(body.Html);
        Assert.Empty(html.QuerySelectorAll("img, iframe, script, style, font, h2, [style], [class], [id]:not([id$='-p1']):not([id$='-p2'])"));
        Assert.DoesNotContain(html.QuerySelectorAll("*"), e => e.Attributes.Any(a => a.Name.StartsWith("on", StringComparison.Ordinal)));
        Assert.DoesNotContain("alert", body.Html, StringComparison.Ordinal);
        Assert.DoesNotContain("à relire", body.Html, StringComparison.Ordinal);
        // Text is never lost with the markup around it.
        Assert.Contains("Nos constats", html.TextContent, StringComparison.Ordinal);
        Assert.Contains("Texte gardé.", html.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void Unclosed_or_misnested_tags_carry_none_of_their_removed_attributes_further()
    {
        const string markdown = """
            Un <b onclick="alert(1)" style="color:red">mot

            Autre paragraphe avec <a href="javascript:alert(2)" class="anchor">un lien

            Troisième <i onmouseover="alert(3)"><em>x</i></em> et <s title="t"><p>y</p></s>

            - une liste <u onfocus="alert(4)" id="demarche">ouverte

            - et la suite
            """;
        var (body, _) = Render(markdown);

        var html = Parse(body.Html);
        Assert.DoesNotContain(html.QuerySelectorAll("*"), e => e.Attributes.Any(a => a.Name.StartsWith("on", StringComparison.Ordinal) || a.Name == "style"));
        Assert.DoesNotContain(html.QuerySelectorAll("a[href]"), a => a.GetAttribute("href")!.Contains("javascript", StringComparison.Ordinal));
        Assert.Empty(html.QuerySelectorAll("[class]"));
        Assert.DoesNotContain(html.QuerySelectorAll("[id]"), e => e.Id == "demarche");
        Assert.Contains("et la suite", html.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void Links_in_html_follow_the_rule_of_markdown_links()
    {
        const string markdown = """
            <a href="https://exemple.org" target="_blank">un site</a>, <a href="mailto:contact@exemple.org">un courriel</a>,
            <a href="fiche:autre#contexte">une fiche</a>, <a href="javascript:alert(1)">un piège</a>, <a href=" data:text/html,x">un autre</a>.
            """;
        var (body, diagnostics) = Render(markdown);

        var refused = diagnostics.Where(d => d.Code == DiagnosticCodes.DangerousLink.Id).ToList();
        Assert.Equal([(21, 50), (21, 94)], refused.Select(d => (d.Location.Line, d.Location.Column)));
        Assert.Equal(["https://exemple.org", "mailto:contact@exemple.org", "../../fiches/autre/index.html#contexte", "#lien-refuse", "#lien-refuse"],
            Parse(body.Html).QuerySelectorAll("a:not(.anchor)").Select(a => a.GetAttribute("href")));
    }

    [Fact]
    public void What_markdown_writes_around_html_is_kept_as_it_is()
    {
        const string markdown = """
            ## Contexte

            <div>

            | a | b |
            |:-:|---|
            | 1 | 2 |

            Une note[^1] et un ![plan](plan.png).

            </div>

            [^1]: La note.
            """;
        var (body, diagnostics) = Render(markdown);

        var html = Parse(body.Html);
        Assert.Equal("text-align: center", html.QuerySelector("th")!.GetAttribute("style"));
        Assert.NotNull(html.QuerySelector("h2#contexte"));
        Assert.NotNull(html.QuerySelector("a.footnote-ref[href='#fn:1']"));
        Assert.NotNull(html.QuerySelector("div.footnotes li#fn\\:1"));
        // The image of the Markdown is refused as everywhere (no folder here), not because it sits in HTML.
        Assert.Equal([DiagnosticCodes.MissingFile.Id], diagnostics.Select(d => d.Code));
    }

    [Fact]
    public void The_search_text_has_the_words_of_the_html_and_none_of_its_tags()
    {
        const string markdown = """
            Un <b>mot</b> en gras<br>puis <script>alert(1)</script>la suite.

            <table class="x">
              <tr><td>Mme</td>   <td>Martin</td></tr>
            </table>
            <style>p { color: red }</style>
            <details><summary>Voir</summary>le détail</details>
            """;
        var (body, _) = Render(markdown);

        Assert.Equal("Un mot en gras puis la suite.\nMme\nMartin\nVoir\nle détail", body.Text);
    }

    [Fact]
    public void A_name_between_html_tags_is_found_by_the_anonymisation_check()
    {
        using var site = TestSite.FromFixture("minimal");
        site.Replace("fiches/locataires-et-energie.md", "## Démarche", "Mme <b>Dupont</b> et <em>Karim</em>, <strong>34</strong> ans, sont venus.\n\n## Démarche");
        var result = site.Check();
        Assert.Contains(result.Diagnostics, d => d.Code == DiagnosticCodes.PersonalHonorificName.Id);
        Assert.Contains(result.Diagnostics, d => d.Code == DiagnosticCodes.PersonalFirstNameAge.Id);
    }

    [Fact]
    public void A_body_with_too_many_tags_is_refused_quickly_and_none_of_its_html_is_shown()
    {
        var markdown = "Avant.\n\n" + string.Concat(Enumerable.Repeat("<div>", 100_000)) + "Dedans.\n\nAprès.";
        var clock = Stopwatch.StartNew();
        var (body, diagnostics) = Render(markdown);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(10), $"took {clock.Elapsed}");

        var refused = Assert.Single(diagnostics);
        Assert.Equal(DiagnosticCodes.TooMuchRawHtml.Id, refused.Code);
        Assert.Equal((FirstLine + 2, 1), (refused.Location.Line, refused.Location.Column));
        Assert.DoesNotContain("<div", body.Html, StringComparison.Ordinal);
        Assert.Contains("Après.", body.Html, StringComparison.Ordinal);
    }
}
