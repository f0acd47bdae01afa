using Osez.Tests.Support;
using Osez.Text;

namespace Osez.Tests.Text;

public sealed class FrenchTypographyTests
{
    private const char Narrow = '\u202F';
    private const char NoBreak = '\u00A0';

    [Theory]
    [InlineData("Pourquoi ? Parce que !", "Pourquoi\u202F? Parce que\u202F!")]
    [InlineData("Contexte : un quartier ; des familles", "Contexte\u00A0: un quartier\u202F; des familles")]
    [InlineData("« Osez »", "«\u00A0Osez\u00A0»")]
    [InlineData("«Osez»", "«\u00A0Osez\u00A0»")]
    [InlineData("l'accès aujourd'hui", "l\u2019accès aujourd\u2019hui")]
    [InlineData("l&#39;accès", "l\u2019accès")]
    [InlineData("'cité' et 2019'", "'cité' et 2019'")]
    [InlineData("à 14:30, voir recherche?q=x et a&amp;b", "à 14:30, voir recherche?q=x et a&amp;b")]
    public void Text_between_tags_is_typeset_the_french_way(string text, string expected)
        => Assert.Equal($"<p>{expected}</p>", FrenchTypography.Html($"<p>{text}</p>"));

    [Fact]
    public void Tags_attributes_comments_and_verbatim_elements_are_left_alone()
    {
        const string Html = """
            <!doctype html><a href="recherche/index.html?q=l'accès : x" title="Quoi ? l'accès">l'accès ?</a><!-- note : x ? -->
            <script>var a = b ? 'l'x : c;</script><style>a:hover { x: y !important; }</style>
            <pre><code>if (a ? b : c) { l'x; }</code></pre><p>x <code>a ? b</code> y ?</p>
            """;
        var typeset = FrenchTypography.Html(Html);
        Assert.Equal(Html.Replace("l'accès ?</a>", $"l\u2019accès{Narrow}?</a>", StringComparison.Ordinal).Replace("y ?</p>", $"y{Narrow}?</p>", StringComparison.Ordinal), typeset);
    }

    [Fact]
    public void A_page_already_typeset_stays_the_same()
    {
        var once = FrenchTypography.Html("<p>« Oui » : l'accès ? d'accord !</p>");
        Assert.Equal(once, FrenchTypography.Html(once));
        Assert.Equal($"<p>«{NoBreak}Oui{NoBreak}»{NoBreak}: l\u2019accès{Narrow}? d\u2019accord{Narrow}!</p>", once);
    }

    [Fact]
    public void The_shipped_site_prints_no_straight_apostrophe_nor_breakable_space_before_french_punctuation()
    {
        using var site = TestSite.FromShippedContent();
        var result = site.Build();
        result.AssertNoErrors();
        var parser = new AngleSharp.Html.Parser.HtmlParser();
        foreach (var (path, bytes) in result.Files!.Where(f => f.Key.EndsWith(".html", StringComparison.Ordinal)).Select(f => (f.Key, f.Value)))
        {
            var document = parser.ParseDocument(System.Text.Encoding.UTF8.GetString(bytes));
            foreach (var verbatim in document.QuerySelectorAll("script, style, pre, code, textarea").ToList())
                verbatim.Remove();
            var text = document.DocumentElement.TextContent;
            Assert.False(System.Text.RegularExpressions.Regex.IsMatch(text, @"\p{L}'\p{L}| [:;!?»]|« "), path);
        }
    }
}
