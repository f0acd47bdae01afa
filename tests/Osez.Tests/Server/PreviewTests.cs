using System.Text;
using Osez.Building;
using Osez.Diagnostics;
using Osez.Server;
using Osez.Tests.Support;

namespace Osez.Tests.Server;

public sealed class PreviewTests
{
    [Fact]
    public void Changes_are_sorted_by_what_they_are_to_the_site_and_editor_files_are_left_out()
    {
        using var site = TestSite.FromFixture("minimal");
        var classifier = new ChangeClassifier(site.Paths);
        var templates = site.Paths.Templates;
        Assert.Equal(ChangeKind.WriteUp, classifier.Classify(site.File("fiches/locataires-et-energie.md")));
        Assert.Equal(ChangeKind.WriteUp, classifier.Classify(site.File("fiches/groupe-de-parents/index.md")));
        Assert.Equal(ChangeKind.WriteUpFile, classifier.Classify(site.File("fiches/groupe-de-parents/affiche.png")));
        Assert.Equal(ChangeKind.Page, classifier.Classify(site.File("pages/a-propos.md")));
        Assert.Equal(ChangeKind.LearningPath, classifier.Classify(site.File("parcours/premiers-pas.md")));
        Assert.Equal(ChangeKind.Vocabulary, classifier.Classify(site.File("vocabulaires/thematiques.yml")));
        Assert.Equal(ChangeKind.Config, classifier.Classify(site.File("site.yml")));
        Assert.Equal(ChangeKind.Template, classifier.Classify(Path.Combine(templates, "layouts", "writeup.html")));
        Assert.Equal(ChangeKind.Template, classifier.Classify(Path.Combine(templates, "partials", "writeup-card.html")));
        Assert.Equal(ChangeKind.Strings, classifier.Classify(Path.Combine(templates, "strings", "fr.yml")));
        Assert.Equal(ChangeKind.ThemeAsset, classifier.Classify(Path.Combine(templates, "assets", "site.css")));
        Assert.Equal(ChangeKind.Ignored, classifier.Classify(site.File("LISEZMOI.txt")));
        foreach (var noise in new[] { ".locataires-et-energie.md.swp", "locataires-et-energie.md~", "4913", ".#locataires-et-energie.md", "x.tmp" })
            Assert.Equal(ChangeKind.Ignored, classifier.Classify(site.File("fiches/" + noise)));
    }

    [Fact]
    public void A_failed_rebuild_keeps_the_last_good_site_and_a_good_one_clears_the_errors()
    {
        using var site = TestSite.FromFixture("minimal");
        var state = new PreviewState(_ => "statut: publiee");
        var rebuilder = new IncrementalRebuilder(site.Paths, SiteBuilder.Default);

        state.Apply(rebuilder.BuildAll());
        var good = state.Current.Files;
        Assert.NotNull(good);
        Assert.Contains("fiches/locataires-et-energie/index.html", good.Keys);
        Assert.Contains("fiches/brouillon-en-cours/index.html", good.Keys); // drafts are previewed
        Assert.Empty(state.Current.Errors);

        site.Replace("fiches/locataires-et-energie.md", "statut: publie", "statut: publiee");
        state.Apply(rebuilder.Rebuild([new SiteChange(site.File("fiches/locataires-et-energie.md"), ChangeKind.WriteUp)]));
        Assert.Same(good, state.Current.Files);
        var error = Assert.Single(state.Current.Errors);
        Assert.Equal("KB0110", error.Code);
        Assert.Contains("content/fiches/locataires-et-energie.md, ligne", state.Current.Overlay);
        Assert.Contains("<code>statut: publiee</code>", state.Current.Overlay);
        Assert.Equal(2, state.Version);

        site.Replace("fiches/locataires-et-energie.md", "statut: publiee", "statut: publie");
        state.Apply(rebuilder.Rebuild([new SiteChange(site.File("fiches/locataires-et-energie.md"), ChangeKind.WriteUp)]));
        Assert.NotSame(good, state.Current.Files);
        Assert.Empty(state.Current.Errors);
        Assert.Equal(string.Empty, state.Current.Overlay);
        Assert.Equal(3, state.Version);
    }

    [Fact]
    public void A_failed_rebuild_lists_every_problem_check_finds_links_included()
    {
        using var site = TestSite.FromFixture("minimal");
        var state = new PreviewState(_ => string.Empty);
        var rebuilder = new IncrementalRebuilder(site.Paths, SiteBuilder.Default);
        state.Apply(rebuilder.BuildAll());
        var good = state.Current.Files;

        // A header error and a link to a write-up that does not exist, in the same file.
        site.Replace("fiches/locataires-et-energie.md", "statut: publie", "statut: publiee");
        site.Replace("fiches/locataires-et-energie.md", "(fiche:groupe-de-parents#contexte)", "(fiche:groupe-de-parent)");
        state.Apply(rebuilder.Rebuild([new SiteChange(site.File("fiches/locataires-et-energie.md"), ChangeKind.WriteUp)]));

        var checkErrors = site.Check().Diagnostics.Where(d => d.Severity == Severity.Error).Select(d => (d.Code, d.Location.Line)).Order().ToList();
        Assert.Equal(["KB0110", "KB0301"], checkErrors.Select(e => e.Code).Distinct());
        Assert.Equal(checkErrors, state.Current.Errors.Select(d => (d.Code, d.Location.Line)).Order().ToList());
        Assert.Same(good, state.Current.Files);
    }

    [Fact]
    public void A_write_up_that_used_to_end_the_preview_is_an_error_in_the_panel_and_the_preview_goes_on()
    {
        using var site = TestSite.FromFixture("minimal");
        var state = new PreviewState(_ => null);
        var rebuilder = new IncrementalRebuilder(site.Paths, SiteBuilder.Default);
        state.Apply(rebuilder.BuildAll());
        var good = state.Current.Files;
        Assert.NotNull(good);

        var cases = new[]
        {
            (WriteUpText.Valid.Replace("Une action collective de test", "Une action \\uFFFE collective de test"), DiagnosticCodes.UnpublishableCharacter, 2),
            (WriteUpText.Valid + "\n" + new string('>', 130) + "\n", DiagnosticCodes.NestingTooDeep, 24),
            (WriteUpText.Valid + "\n" + new string('*', 6000) + "x" + new string('*', 6000) + "\n", DiagnosticCodes.NestingTooDeep, 24),
        };
        foreach (var (text, code, line) in cases)
        {
            site.Write("fiches/essai.md", text);
            state.Apply(rebuilder.Rebuild([new SiteChange(site.File("fiches/essai.md"), ChangeKind.WriteUp)]));
            Assert.Same(good, state.Current.Files);
            var error = Assert.Single(state.Current.Errors);
            Assert.Equal((code.Id, line), (error.Code, error.Location.Line));
        }

        site.Write("fiches/essai.md", WriteUpText.Valid);
        state.Apply(rebuilder.Rebuild([new SiteChange(site.File("fiches/essai.md"), ChangeKind.WriteUp)]));
        Assert.Empty(state.Current.Errors);
        Assert.Contains("fiches/essai/index.html", state.Current.Files!.Keys);
    }

    [Fact]
    public void The_error_panel_shows_content_text_as_text()
    {
        var error = new Diagnostic("KB0103", Severity.Error, new SourceLocation("content/fiches/x.md", 2, 1),
            "Le titre « <script>alert(1)</script> » est trop court.", "Allongez-le.\nDeuxième ligne.");
        var html = ErrorOverlay.Render([error], hasPreviousVersion: true, _ => "titre: <img src=x onerror=alert(1)>");
        Assert.DoesNotContain("<script>", html);
        Assert.DoesNotContain("<img", html);
        Assert.Contains("&lt;script&gt;", html);
        Assert.Contains("content/fiches/x.md, ligne 2", html);
        Assert.Contains("Allongez-le.<br>Deuxième ligne.", html);
        Assert.Contains("role=\"alert\"", html);
    }

    [Fact]
    public void The_reload_script_goes_before_the_end_of_the_body_with_the_site_version()
    {
        var page = Encoding.UTF8.GetBytes("<html><body><p>é</p></body></html>");
        var served = Encoding.UTF8.GetString(HtmlInjection.Inject(page, 7, "<div id=\"osez-erreurs\"></div>"));
        Assert.Equal("<html><body><p>é</p><div id=\"osez-erreurs\"></div><script src=\"/__osez/livereload.js\" data-version=\"7\" data-evenements=\"/__osez/evenements\"></script></body></html>", served);
    }

    [Fact]
    public async Task Several_writes_in_a_row_make_one_batch_of_changes()
    {
        using var site = TestSite.FromFixture("minimal");
        using var watcher = new SiteWatcher(site.Paths);
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        var next = watcher.NextAsync(timeout.Token);
        // An editor saving: a swap file, then the file written twice.
        File.WriteAllText(site.File("fiches/.locataires-et-energie.md.swp"), "x");
        site.Replace("fiches/locataires-et-energie.md", "statut: publie", "statut: publie ");
        site.Replace("fiches/locataires-et-energie.md", "statut: publie ", "statut: publie");
        var batch = await next;
        var change = Assert.Single(batch);
        Assert.Equal(ChangeKind.WriteUp, change.Kind);
        Assert.Equal(site.File("fiches/locataires-et-energie.md"), change.Path);
    }
}
