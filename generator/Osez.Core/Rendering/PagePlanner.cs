using System.Text;
using Osez.Content;
using Osez.Markdown;
using Osez.Rendering.Views;
using Osez.Site;
using Scriban.Runtime;

namespace Osez.Rendering;

/// <summary>
/// Lists every HTML page of the site: home, write-ups and their list, a page per vocabulary
/// and per term, free pages, then the pages of each feature (<see cref="PageSet"/>) in their order, and the
/// 404 page. Adding a vocabulary or a term adds its pages.
/// </summary>
public sealed class PagePlanner(PageServices services, IReadOnlyList<PageSet> features, RenderedBodies bodies)
{
    public const int LatestOnHome = 6;

    private readonly SiteModel _site = services.Site;
    private readonly ViewFactory _views = services.Views;
    private readonly MarkdownRenderer _markdown = services.Markdown;

    public IEnumerable<PageJob> Plan()
    {
        foreach (var job in CorePages())
            yield return WithFeatureValues(job);
        foreach (var feature in features)
            foreach (var job in feature.Plan(services))
                yield return job;
        yield return WithFeatureValues(NotFound());
    }

    private IEnumerable<PageJob> CorePages()
    {
        yield return Home();
        foreach (var job in WriteUpList())
            yield return job;
        for (var i = 0; i < bodies.WriteUps.Count; i++)
            yield return WriteUpPage(i);
        foreach (var vocabulary in _site.Vocabularies.All)
        {
            yield return VocabularyPage(vocabulary);
            foreach (var term in vocabulary.Terms)
                foreach (var job in TermPages(vocabulary, term))
                    yield return job;
        }
        foreach (var page in _site.Pages)
            yield return ContentPageJob(page);
    }

    /// <summary>A core page whose model the features add to (the home page lists the learning paths...).</summary>
    private PageJob WithFeatureValues(PageJob job) => features.Count == 0 ? job : job with
    {
        Model = () =>
        {
            var model = job.Model();
            foreach (var feature in features)
                feature.AddTo(job, model, services);
            return model;
        },
    };

    private PageJob Home() => new(SiteUrls.Home, "home", "page d'accueil", () =>
    {
        var model = Model(_views.Page(SiteUrls.Home, "home", _site.Config.Title, _site.Config.Description));
        model["latest"] = _views.WriteUps(_site.WriteUps.Take(LatestOnHome));
        return model;
    });

    private IEnumerable<PageJob> WriteUpList()
    {
        var total = Pagination.PageCount(_site.WriteUps.Count);
        foreach (var (number, items) in Pagination.Pages(_site.WriteUps))
        {
            var url = SiteUrls.WriteUps(number);
            yield return new PageJob(url, "writeups", "liste des fiches", () =>
            {
                var model = Model(_views.Page(url, "writeups", _views.Site.Title, _site.Config.Description));
                model["writeups"] = _views.WriteUps(items);
                model["pagination"] = Pagination.View(number, total, SiteUrls.WriteUps);
                return model;
            });
        }
    }

    private PageJob WriteUpPage(int index)
    {
        var body = bodies.WriteUps[index];
        var writeUp = body.WriteUp;
        var url = SiteUrls.WriteUp(writeUp.Slug);
        return new PageJob(url, "writeup", writeUp.Source.DisplayPath, () =>
        {
            var view = _views.WriteUp(writeUp);
            var model = Model(_views.Page(url, "writeup", writeUp.Title, writeUp.Summary, view.EditUrl));
            model["writeup"] = view;
            // Kept as UTF-8 for the producers: made a string again only while its page is rendered.
            model["body"] = Markup.TrustedHtml(Encoding.UTF8.GetString(body.HtmlUtf8));
            model["headings"] = bodies.TakeHeadings(index);
            model["related"] = writeUp.Related
                .Select(r => _site.Find(r.Slug) is { } target ? new RelatedView(target.Title, SiteUrls.WriteUp(target.Slug), r.Why) : null)
                .Where(r => r is not null).ToList();
            model["backlinks"] = _site.BacklinksOf(writeUp.Slug).Select(b => new LinkView(b.Title, SiteUrls.WriteUp(b.Slug))).ToList();
            model["assets"] = body.Assets;
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
            var model = Model(_views.Page(url, "vocabulary", vocabulary.Label, vocabulary.Description));
            model["vocabulary"] = _views.Vocabulary(vocabulary.Key);
            return model;
        });
    }

    private IEnumerable<PageJob> TermPages(Vocabularies.Vocabulary vocabulary, Vocabularies.Term term)
    {
        var usage = _site.UsageOf(vocabulary, term);
        var total = Pagination.PageCount(usage.Count);
        foreach (var (number, items) in Pagination.Pages(usage))
        {
            var url = SiteUrls.Term(vocabulary, term, number);
            yield return new PageJob(url, "term", $"{vocabulary.Location.File} ({term.Id})", () =>
            {
                var vocabularyView = _views.Vocabulary(vocabulary.Key);
                var model = Model(_views.Page(url, "term", term.Label, term.Description));
                model["vocabulary"] = vocabularyView;
                model["term"] = vocabularyView.Terms.First(t => t.Id == term.Id);
                model["writeups"] = _views.WriteUps(items);
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
            var body = _markdown.Render(page.Body,
                new LinkContext(page.Source.DisplayPath, page.BodyFirstLine, SiteUrls.RootFrom(url), null), services.Diagnostics);
            var model = Model(_views.Page(url, "page", page.Title, page.Summary, ForgeLinks.Edit(_site.Config, page.Source.DisplayPath)));
            model["body"] = Markup.TrustedHtml(body.Html);
            model["headings"] = body.Headings;
            return model;
        });
    }

    private PageJob NotFound() => new(SiteUrls.NotFound, "not-found", "page introuvable", () =>
    {
        var page = _views.Page(SiteUrls.NotFound, "not-found", "Page introuvable", _site.Config.Description);
        // A web server shows this page at any depth (fiches/xyz/): relative links would break. With the public address
        // known, links are absolute; without it, they start from the server's root, and the page carries its own
        // styles so that it reads right wherever it is shown (from disk, a line of script makes its links relative).
        page = page with { Root = _site.Config.HasBaseUrl ? _site.Config.BaseUrl + "/" : "/" };
        var model = Model(page);
        if (!_site.Config.HasBaseUrl)
            model["standalone"] = NotFoundPage.Standalone(_site.Paths.Templates);
        return model;
    });

    private static ScriptObject Model(PageView page) => PageModel.Of(page);
}
