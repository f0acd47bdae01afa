using Osez.Content;
using Osez.Markdown;
using Osez.Rendering.Views;
using Osez.Site;
using Scriban.Runtime;

namespace Osez.Rendering;

/// <summary>
/// Lists every HTML page of the site: home, write-ups and their list, a page per vocabulary
/// and per term, free pages and the 404 page. Adding a vocabulary or a term adds its pages.
/// </summary>
public sealed class PagePlanner(SiteModel site, ViewFactory views, MarkdownRenderer markdown, Action<RenderedWriteUp> onWriteUp)
{
    public const int LatestOnHome = 6;

    public IEnumerable<PageJob> Plan()
    {
        yield return Home();
        foreach (var job in WriteUpList())
            yield return job;
        foreach (var writeUp in site.WriteUps)
            yield return WriteUpPage(writeUp);
        foreach (var vocabulary in site.Vocabularies.All)
        {
            yield return VocabularyPage(vocabulary);
            foreach (var term in vocabulary.Terms)
                foreach (var job in TermPages(vocabulary, term))
                    yield return job;
        }
        foreach (var page in site.Pages)
            yield return ContentPageJob(page);
        yield return Search.SearchPage.Job(site, views);
        foreach (var job in LearningPaths.Plan(Diagnostics))
            yield return job;
        foreach (var job in new Citing.CitingPages(site, views, Strings).Plan())
            yield return job;
        yield return Proposal();
        yield return NotFound();
    }

    private PageJob Home() => new(SiteUrls.Home, "home", "page d'accueil", () =>
    {
        var model = Model(views.Page(SiteUrls.Home, "home", site.Config.Title, site.Config.Description));
        model["latest"] = views.WriteUps(site.WriteUps.Take(LatestOnHome));
        model["learning_paths"] = LearningPaths.All();
        return model;
    });

    private IEnumerable<PageJob> WriteUpList()
    {
        var total = Pagination.PageCount(site.WriteUps.Count);
        foreach (var (number, items) in Pagination.Pages(site.WriteUps))
        {
            var url = SiteUrls.WriteUps(number);
            yield return new PageJob(url, "writeups", "liste des fiches", () =>
            {
                var model = Model(views.Page(url, "writeups", views.Site.Title, site.Config.Description));
                model["writeups"] = views.WriteUps(items);
                model["pagination"] = Pagination.View(number, total, SiteUrls.WriteUps);
                return model;
            });
        }
    }

    private PageJob WriteUpPage(WriteUp writeUp)
    {
        var url = SiteUrls.WriteUp(writeUp.Slug);
        return new PageJob(url, "writeup", writeUp.Source.DisplayPath, () =>
        {
            var view = views.WriteUp(writeUp);
            var root = SiteUrls.RootFrom(url);
            // Kept with the rendered write-up too: a rebuild that reuses this page reports them again.
            var own = new Diagnostics.DiagnosticBag();
            var body = markdown.Render(writeUp.Body,
                new LinkContext(writeUp.Source.DisplayPath, writeUp.BodyFirstLine, root, writeUp.Source.Folder), own);
            var found = own.Sorted();
            Diagnostics.AddRange(found);
            onWriteUp(new RenderedWriteUp(writeUp, body) { Diagnostics = found });
            var model = Model(views.Page(url, "writeup", writeUp.Title, writeUp.Summary, view.EditUrl));
            model["writeup"] = view;
            model["body"] = Markup.TrustedHtml(body.Html);
            model["headings"] = body.Headings;
            model["related"] = writeUp.Related
                .Select(r => site.Find(r.Slug) is { } target ? new RelatedView(target.Title, SiteUrls.WriteUp(target.Slug), r.Why) : null)
                .Where(r => r is not null).ToList();
            model["backlinks"] = site.BacklinksOf(writeUp.Slug).Select(b => new LinkView(b.Title, SiteUrls.WriteUp(b.Slug))).ToList();
            model["assets"] = body.Assets;
            model["parcours"] = LearningPaths.Including(writeUp);
            return model;
        })
        {
            WriteUp = writeUp,
        };
    }

    private PageJob VocabularyPage(Vocabularies.Vocabulary vocabulary)
    {
        var url = SiteUrls.Vocabulary(vocabulary);
        return new PageJob(url, "vocabulary", vocabulary.Location.File, () =>
        {
            var model = Model(views.Page(url, "vocabulary", vocabulary.Label, vocabulary.Description));
            model["vocabulary"] = views.Vocabulary(vocabulary.Key);
            return model;
        });
    }

    private IEnumerable<PageJob> TermPages(Vocabularies.Vocabulary vocabulary, Vocabularies.Term term)
    {
        var usage = site.UsageOf(vocabulary, term);
        var total = Pagination.PageCount(usage.Count);
        foreach (var (number, items) in Pagination.Pages(usage))
        {
            var url = SiteUrls.Term(vocabulary, term, number);
            yield return new PageJob(url, "term", $"{vocabulary.Location.File} ({term.Id})", () =>
            {
                var vocabularyView = views.Vocabulary(vocabulary.Key);
                var model = Model(views.Page(url, "term", term.Label, term.Description));
                model["vocabulary"] = vocabularyView;
                model["term"] = vocabularyView.Terms.First(t => t.Id == term.Id);
                model["writeups"] = views.WriteUps(items);
                model["pagination"] = Pagination.View(number, total, n => SiteUrls.Term(vocabulary, term, n));
                return model;
            });
        }
    }

    private PageJob ContentPageJob(ContentPage page)
    {
        var url = SiteUrls.Page(page.Slug);
        return new PageJob(url, "page", page.Source.DisplayPath, () =>
        {
            var body = markdown.Render(page.Body,
                new LinkContext(page.Source.DisplayPath, page.BodyFirstLine, SiteUrls.RootFrom(url), null), Diagnostics);
            var model = Model(views.Page(url, "page", page.Title, page.Summary, ForgeLinks.Edit(site.Config, page.Source.DisplayPath)));
            model["body"] = Markup.TrustedHtml(body.Html);
            model["headings"] = body.Headings;
            return model;
        });
    }

    private PageJob Proposal() => new(SiteUrls.Proposal, "propose", "page « Proposer une fiche »", () =>
    {
        var model = Model(views.Page(SiteUrls.Proposal, "propose", views.Strings.Get("propose.title"), views.Strings.Get("propose.description")));
        model["proposal"] = Contributing.ProposalForm.Create(site);
        return model;
    });

    private PageJob NotFound() => new(SiteUrls.NotFound, "not-found", "page introuvable", () =>
    {
        var page = views.Page(SiteUrls.NotFound, "not-found", "Page introuvable", site.Config.Description);
        // Served at any depth by a web server: relative links would break, so use the absolute address when known.
        if (site.Config.HasBaseUrl)
            page = page with { Root = site.Config.BaseUrl + "/" };
        return Model(page);
    });

    /// <summary>Where the Markdown renderer reports link problems; set by the renderer before planning.</summary>
    public Diagnostics.DiagnosticBag Diagnostics { get; init; } = new();

    /// <summary>The interface texts, for the titles of generated pages; set by the renderer.</summary>
    public required UiStrings Strings { get; init; }

    /// <summary>The learning paths' pages and what other pages show of them; set by the renderer.</summary>
    public required LearningPaths.LearningPathPages LearningPaths { get; init; }

    private static ScriptObject Model(PageView page) => new() { ["page"] = page, ["head"] = string.Empty };
}
