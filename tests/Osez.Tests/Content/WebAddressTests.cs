using Osez.Building;
using Osez.Content;
using Osez.Diagnostics;
using Osez.Tests.Support;

namespace Osez.Tests.Content;

/// <summary>
/// One rule for every address that becomes a link (contact.site, contact.courriel, url_de_base, depot, links in a
/// text): the web, or mail where a mail address is expected. A refused address is reported where it is written
/// and never reaches a page.
/// </summary>
public sealed class WebAddressTests
{
    private const string WriteUp = "fiches/essai.md";

    /// <summary>The valid write-up with a contact block; its « site » value is on line 18, « courriel » on line 19.</summary>
    private static string WithContact(string site, string email = "accueil@exemple.org")
        => WriteUpText.Valid.Replace("relecture_anonymisation:",
            $"contact:\n  structure: Centre social\n  site: {site}\n  courriel: {email}\nrelecture_anonymisation:", StringComparison.Ordinal);

    private static (BuildResult Result, WriteUp? Read) CheckWith(string text)
    {
        using var site = TestSite.FromFixture("minimal");
        site.Write(WriteUp, text);
        var result = site.Check();
        var loaded = ContentLoader.Load(site.Paths, new DiagnosticBag());
        return (result, loaded?.WriteUps.SingleOrDefault(w => w.Slug == "essai"));
    }

    private static IReadOnlyList<Diagnostic> In(BuildResult result, string file)
        => result.Diagnostics.Where(d => d.Location.File == file && d.Severity == Severity.Error).ToList();

    [Fact]
    public void Contact_site_javascript_is_refused_where_it_is_written_and_never_kept()
    {
        var (result, read) = CheckWith(WithContact("\"javascript:alert(document.domain)\""));
        var error = Assert.Single(In(result, "content/" + WriteUp));
        Assert.Equal(DiagnosticCodes.DangerousLink.Id, error.Code);
        Assert.Equal(18, error.Location.Line);
        Assert.Contains("contact.site", error.Message);
        Assert.Contains("javascript:alert(document.domain)", error.Message);
        Assert.Equal(string.Empty, read!.Contact!.Website);
    }

    [Theory]
    [InlineData("\"JavaScript:alert(1)\"")]
    [InlineData("\" javascript:alert(1)\"")]
    [InlineData("\"java\\tscript:alert(1)\"")]
    [InlineData("\"data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==\"")]
    [InlineData("\"vbscript:msgbox(1)\"")]
    [InlineData("file:///etc/passwd")]
    public void Any_scheme_but_the_web_is_a_dangerous_link(string value)
    {
        var (result, read) = CheckWith(WithContact(value));
        var error = Assert.Single(In(result, "content/" + WriteUp));
        Assert.Equal(DiagnosticCodes.DangerousLink.Id, error.Code);
        Assert.Equal(18, error.Location.Line);
        Assert.Equal(string.Empty, read!.Contact!.Website);
    }

    [Theory]
    [InlineData("www.exemple.org")]
    [InlineData("exemple.org:8080/accueil")]
    [InlineData("//exemple.org")]
    [InlineData("\"https://\"")]
    [InlineData("\"https://exemple.org/\\\" onmouseover=\\\"alert(1)\"")]
    [InlineData("\"https://exemple.org/</a><script>alert(1)</script>\"")]
    [InlineData("\"https://exemple.org@evil.example/\"")]
    [InlineData("\"https://exemple.org/deux mots\"")]
    public void A_web_address_that_is_not_whole_and_plain_is_not_valid(string value)
    {
        var (result, read) = CheckWith(WithContact(value));
        var error = Assert.Single(In(result, "content/" + WriteUp));
        Assert.Equal(DiagnosticCodes.InvalidAddress.Id, error.Code);
        Assert.Equal(18, error.Location.Line);
        Assert.Equal(string.Empty, read!.Contact!.Website);
    }

    [Theory]
    [InlineData("https://exemple.org")]
    [InlineData("http://exemple.org/centre-social/?page=1#contact")]
    [InlineData("https://société-exemple.fr/accueil")]
    public void A_plain_web_address_is_kept(string value)
    {
        var (result, read) = CheckWith(WithContact(value));
        Assert.Empty(In(result, "content/" + WriteUp));
        Assert.Equal(value, read!.Contact!.Website);
    }

    [Theory]
    [InlineData("\"javascript:alert(1)\"", "KB0306")]
    [InlineData("\"mailto:accueil@exemple.org\"", "KB0311")]
    [InlineData("\"accueil@exemple.org?cc=autre@exemple.org\"", "KB0311")]
    [InlineData("\"accueil@exemple.org\\\"><script>alert(1)</script>\"", "KB0311")]
    [InlineData("accueil", "KB0311")]
    public void Contact_email_must_be_a_mail_address(string value, string code)
    {
        var (result, read) = CheckWith(WithContact("https://exemple.org", value));
        var error = Assert.Single(In(result, "content/" + WriteUp), d => d.Code == code);
        Assert.Equal(19, error.Location.Line);
        Assert.Contains("contact.courriel", error.Message);
        Assert.Equal(string.Empty, read!.Contact!.Email);
    }

    [Fact]
    public void Accepted_contact_addresses_become_links_on_the_page()
    {
        using var site = TestSite.FromFixture("minimal");
        site.Replace("fiches/locataires-et-energie.md", "relecture_anonymisation:",
            "contact:\n  structure: Centre social\n  site: https://exemple.org/centre\n  courriel: accueil@exemple.org\nrelecture_anonymisation:");
        var result = site.Build();
        result.AssertNoErrors();
        var page = Html.Parse(result, "fiches/locataires-et-energie/index.html");
        Assert.NotNull(page.QuerySelector(".writeup__contact a[href='https://exemple.org/centre']"));
        Assert.NotNull(page.QuerySelector(".writeup__contact a[href='mailto:accueil@exemple.org']"));
    }

    [Fact]
    public void Url_de_base_closing_the_style_element_is_refused_where_it_is_written()
    {
        using var site = TestSite.FromFixture("minimal");
        site.Replace("site.yml", "url_de_base: https://exemple.org/base",
            "url_de_base: \"https://exemple.org/</style><script>…</script><style>\"");
        var result = site.Check();
        var error = result.Single(DiagnosticCodes.InvalidConfig);
        Assert.Equal(new SourceLocation("content/site.yml", 4, 14), error.Location);
        Assert.Contains("« < »", error.Message);
        Assert.Equal(string.Empty, ContentLoader.Load(site.Paths, new DiagnosticBag())!.Config.BaseUrl);
    }

    [Theory]
    [InlineData("url_de_base: https://exemple.org/base", "url_de_base: \"javascript:alert(1)\"")]
    [InlineData("url_de_base: https://exemple.org/base", "url_de_base: https://exemple.org/base?x=1")]
    [InlineData("url_de_base: https://exemple.org/base", "url_de_base: \"https://exemple.org/base\\\" onload=\\\"alert(1)\"")]
    [InlineData("depot: https://github.com/exemple/base", "depot: \"javascript:alert(1)\"")]
    [InlineData("depot: https://github.com/exemple/base", "depot: \"data:text/html,<script>alert(1)</script>\"")]
    [InlineData("depot: https://github.com/exemple/base", "depot: https://github.com/exemple/base\nbranche: \"main\\\"><script>alert(1)</script>\"")]
    [InlineData("depot: https://github.com/exemple/base", "depot: https://github.com/exemple/base\nbranche: ../../autre")]
    public void Site_addresses_follow_the_same_rule(string line, string replacement)
    {
        using var site = TestSite.FromFixture("minimal");
        site.Replace("site.yml", line, replacement);
        var error = site.Check().Single(DiagnosticCodes.InvalidConfig);
        Assert.Equal("content/site.yml", error.Location.File);
        Assert.True(error.Location.Line >= 4, error.Location.ToString());
        var config = ContentLoader.Load(site.Paths, new DiagnosticBag())!.Config;
        Assert.DoesNotContain("<", config.BaseUrl + config.RepositoryUrl + config.Branch);
        Assert.DoesNotContain(":alert", config.BaseUrl + config.RepositoryUrl + config.Branch);
    }
}
