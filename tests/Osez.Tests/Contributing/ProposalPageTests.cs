using System.Text;
using System.Text.Json;
using AngleSharp.Html.Parser;
using Osez.Configuration;
using Osez.Contributing;
using Osez.Rendering;
using Osez.Tests.Support;

namespace Osez.Tests.Contributing;

public sealed class ProposalPageTests
{
    private static AngleSharp.Html.Dom.IHtmlDocument Page(TestSite site, string path)
    {
        var result = site.Build();
        result.AssertNoErrors();
        return new HtmlParser().ParseDocument(Encoding.UTF8.GetString(result.Files![path]));
    }

    [Fact]
    public void The_form_has_one_field_per_vocabulary_with_its_terms_labels_and_limits()
    {
        using var site = TestSite.FromShippedContent();
        var page = Page(site, "proposer/index.html");
        Assert.Equal("Proposer une fiche", page.QuerySelector("h1")!.TextContent);

        var thematiques = page.QuerySelector("fieldset#champ-thematiques")!;
        Assert.StartsWith("Thématiques", thematiques.QuerySelector("legend")!.TextContent.Trim());
        Assert.Contains("(obligatoire)", thematiques.QuerySelector("legend")!.TextContent);
        Assert.Equal("5", thematiques.GetAttribute("data-max"));
        Assert.Contains("De 1 à 5 choix.", thematiques.TextContent);
        var boxes = thematiques.QuerySelectorAll("input[type=checkbox]");
        Assert.Equal(14, boxes.Length);
        Assert.Equal("Accès aux droits", page.QuerySelector($"label[for='{boxes[0].Id}']")!.TextContent);
        Assert.Contains("Connaître ses droits", page.GetElementById(boxes[0].Id + "-aide")!.TextContent);

        Assert.Equal(4, page.QuerySelectorAll("fieldset#champ-niveau-participation input[type=radio]").Length);
        var departement = page.QuerySelector("select#champ-territoire-departement")!;
        Assert.Equal(108, departement.QuerySelectorAll("option").Length); // an empty choice, then 107 departements
        Assert.NotNull(departement.GetAttribute("required"));
        Assert.Equal("Département", page.QuerySelector("label[for='champ-territoire-departement']")!.FirstChild!.TextContent.Trim());

        // Every field is labelled, and the charter comes before any of them.
        foreach (var input in page.QuerySelectorAll("#proposer input[type=text], #proposer textarea, #proposer select"))
            Assert.NotNull(page.QuerySelector($"label[for='{input.Id}']"));
        var html = page.DocumentElement.OuterHtml;
        Assert.True(html.IndexOf("charte-titre", StringComparison.Ordinal) < html.IndexOf("champ-titre", StringComparison.Ordinal));
        Assert.Equal("../charte/index.html", page.QuerySelector(".proposer__charte a")!.GetAttribute("href"));
    }

    [Fact]
    public void The_form_data_carries_the_sections_vocabularies_and_published_names_only()
    {
        using var site = TestSite.FromFixture("minimal");
        var page = Page(site, "proposer/index.html");
        using var data = JsonDocument.Parse(page.GetElementById("proposer-donnees")!.TextContent);
        var root = data.RootElement;
        Assert.Equal(8, root.GetProperty("sections").GetArrayLength());
        Assert.Equal("_À compléter : le territoire (sans le nommer), le service, ce qui a fait naître l'action._",
            root.GetProperty("sections")[0].GetProperty("invite").GetString());
        var slugs = root.GetProperty("fiches").EnumerateArray().Select(e => e.GetString()).ToList();
        Assert.Contains("locataires-et-energie", slugs);
        Assert.DoesNotContain("brouillon-en-cours", slugs);
        var departement = root.GetProperty("vocabulaires").EnumerateArray().Single(v => v.GetProperty("cle").GetString() == "territoire.departement");
        Assert.True(departement.GetProperty("unique").GetBoolean());
        Assert.Equal("# Département : un seul terme parmi 59, 2A, 974.", departement.GetProperty("commentaires")[0].GetString());
        Assert.Equal("github", root.GetProperty("forge").GetProperty("type").GetString());
        Assert.Equal("https://github.com/exemple/base/new/main/content/fiches", root.GetProperty("forge").GetProperty("nouveau_fichier").GetString());
    }

    [Fact]
    public void The_data_cannot_close_its_script_element()
    {
        using var site = TestSite.FromFixture("minimal");
        // The vocabulary's label goes into the JSON data, a term's label into the form.
        site.Replace("vocabulaires/thematiques.yml", "libelle: Thématiques", "libelle: \"Thématiques </script><script>alert(1)</script>\"");
        site.Replace("vocabulaires/thematiques.yml", "libelle: Énergie", "libelle: \"Énergie </script><script>alert(2)</script>\"");
        var result = site.Build();
        result.AssertNoErrors();
        var html = Encoding.UTF8.GetString(result.Files!["proposer/index.html"]);
        Assert.DoesNotContain("<script>alert(1)", html);
        Assert.DoesNotContain("<script>alert(2)", html);
        using var data = JsonDocument.Parse(new HtmlParser().ParseDocument(html).GetElementById("proposer-donnees")!.TextContent);
        Assert.Contains(data.RootElement.GetProperty("vocabulaires").EnumerateArray(), v => v.GetProperty("libelle").GetString()!.Contains("</script>", StringComparison.Ordinal));
    }

    [Fact]
    public void The_home_page_and_every_footer_lead_to_the_form()
    {
        using var site = TestSite.FromFixture("minimal");
        var result = site.Build();
        var home = new HtmlParser().ParseDocument(Encoding.UTF8.GetString(result.Files!["index.html"]));
        Assert.Contains(home.QuerySelectorAll("main a"), a => a.GetAttribute("href") == "proposer/index.html" && a.TextContent == "Proposer une fiche");
        var writeUp = new HtmlParser().ParseDocument(Encoding.UTF8.GetString(result.Files!["fiches/locataires-et-energie/index.html"]));
        Assert.Contains(writeUp.QuerySelectorAll(".site-footer a"), a => a.GetAttribute("href") == "../../proposer/index.html");
        Assert.Contains(OutputLinks.All(result.Files!), l => l.Target == "proposer/index.html");
        Assert.DoesNotContain(OutputLinks.All(result.Files!), l => l.Target is not null && !result.Files!.ContainsKey(l.Target));
    }

    [Fact]
    public void Write_ups_link_to_a_new_issue_only_when_the_site_has_a_repository()
    {
        using var site = TestSite.FromFixture("minimal");
        var page = Page(site, "fiches/locataires-et-energie/index.html");
        var report = page.QuerySelector("a.report")!;
        Assert.Equal("Signaler un problème", report.TextContent);
        var href = report.GetAttribute("href")!;
        Assert.StartsWith("https://github.com/exemple/base/issues/new?title=", href);
        Assert.Contains("Page concernée : https://exemple.org/base/fiches/locataires-et-energie/", Uri.UnescapeDataString(href));

        site.Replace("site.yml", "depot: https://github.com/exemple/base", "depot: \"\"");
        var without = Page(site, "fiches/locataires-et-energie/index.html");
        Assert.Null(without.QuerySelector("a.report"));
        var form = Page(site, "proposer/index.html");
        Assert.Null(form.QuerySelector("#lien-forge"));
        Assert.DoesNotContain(form.QuerySelectorAll("a"), a => (a.GetAttribute("href") ?? "").Contains("issues", StringComparison.Ordinal));
    }

    [Fact]
    public void GitLab_repositories_get_gitlab_addresses()
    {
        var config = new SiteConfig { Title = "t", Description = "d", Publisher = "p", RepositoryUrl = "https://gitlab.com/exemple/osez", Branch = "principale" };
        Assert.Equal("https://gitlab.com/exemple/osez/-/new/principale/content/fiches", ForgeLinks.NewFile(config, "content/fiches"));
        Assert.Equal("https://gitlab.com/exemple/osez/-/issues/new?issue%5Btitle%5D=Un%20probl%C3%A8me&issue%5Bdescription%5D=Texte",
            ForgeLinks.NewIssue(config, "Un problème", "Texte"));
        Assert.Equal("https://gitlab.com/exemple/osez/-/blob/principale/CONTRIBUTING.md", ForgeLinks.View(config, "CONTRIBUTING.md"));
    }

    [Fact]
    public void A_title_with_quotes_and_backslashes_survives_the_file_and_the_build()
    {
        using var site = TestSite.FromFixture("minimal");
        var vocabularies = site.Paths;
        var title = "Le \"café\" des parents \\ un lieu : # pas un commentaire";
        var draft = new WriteUpDraft
        {
            Title = title,
            CreatedOn = TestSite.Today,
            Author = new DraftAuthor("Martin", "", "", ""),
            PeriodStart = new Osez.Content.YearMonth(2025, 1),
            Terms = new Dictionary<string, IReadOnlyList<string>> { ["thematiques"] = ["energie"], ["territoire.departement"] = ["2A"] },
        };
        var loaded = Osez.Content.ContentLoader.Load(vocabularies, new Osez.Diagnostics.DiagnosticBag())!;
        site.Write("fiches/le-cafe.md", WriteUpScaffold.Render(draft, loaded.Vocabularies));
        var result = site.Build(drafts: true);
        result.AssertNoErrors();
        var page = new HtmlParser().ParseDocument(Encoding.UTF8.GetString(result.Files!["fiches/le-cafe/index.html"]));
        // Printed with French typography: a no-break space before the colon.
        Assert.Equal(title.Replace(" :", "\u00A0:", StringComparison.Ordinal), page.QuerySelector("h1")!.TextContent);
    }

    [Fact]
    public void Slugs_never_collide_and_stay_within_the_limit()
    {
        var taken = new HashSet<string> { "un-titre", "un-titre-2" };
        Assert.Equal("un-titre-3", SlugPicker.Pick("Un titre !", taken.Contains));
        Assert.Equal("fiche", SlugPicker.Pick("« ! »", taken.Contains));
        var longTitle = new string('a', 79) + " b";
        var stem = Osez.Text.Slugs.FromText(longTitle);
        var picked = SlugPicker.Pick(longTitle, s => s == stem);
        Assert.True(picked.Length <= Osez.Text.Slugs.MaxLength);
        Assert.EndsWith("-2", picked);
        Assert.True(Osez.Text.Slugs.IsValid(picked));
    }
}
