using Osez.Content;
using Osez.Markdown;
using Osez.Rendering;
using Osez.Rendering.Views;
using Osez.Site;
using Scriban.Runtime;

namespace Osez.LearningPaths;

/// <summary>
/// The pages of the learning paths (a list, one page each), and what other pages show of them:
/// the home page lists them, a write-up page names the paths it belongs to. Made once per render.
/// </summary>
public sealed class LearningPathPages : PageSet
{
    public const string ListUrl = "parcours/index.html";

    public override IEnumerable<KeyValuePair<string, string>> Urls => [new("learning_paths", ListUrl)];

    private readonly SiteModel _site;
    private readonly UiStrings _strings;
    private readonly IReadOnlyList<LearningPath> _paths;
    private readonly Dictionary<string, List<LearningPathMembershipView>> _membership = new(StringComparer.Ordinal);

    public LearningPathPages(SiteModel site, UiStrings strings)
    {
        _site = site;
        _strings = strings;
        _paths = LearningPathSet.Of(site.Loaded).OrderBy(p => p.Order).ThenBy(p => p.Slug, StringComparer.Ordinal).ToList();
        foreach (var path in _paths)
        {
            var steps = Published(path);
            for (var i = 0; i < steps.Count; i++)
            {
                if (!_membership.TryGetValue(steps[i].WriteUp.Slug, out var list))
                    _membership[steps[i].WriteUp.Slug] = list = [];
                list.Add(new LearningPathMembershipView(path.Title, Url(path.Slug),
                    strings.Get("parcours.position").Replace("{position}", (i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal)
                        .Replace("{total}", steps.Count.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal)));
            }
        }
    }

    public static string Url(string slug) => $"parcours/{slug}/index.html";

    /// <summary>The paths, as the home page and the list show them.</summary>
    public IReadOnlyList<LearningPathView> All(ViewFactory views) => _paths.Select(p => View(p, views)).ToList();

    /// <summary>The paths that include a write-up, with its position in each.</summary>
    public IReadOnlyList<LearningPathMembershipView> Including(WriteUp writeUp)
        => _membership.TryGetValue(writeUp.Slug, out var list) ? list : [];

    /// <summary>The home page lists the paths; a write-up's page names those it belongs to.</summary>
    public override void AddTo(PageJob page, ScriptObject model, PageServices services)
    {
        if (page.Url == SiteUrls.Home)
            model["learning_paths"] = All(services.Views);
        else if (page.WriteUp is { } writeUp)
            model["parcours"] = Including(writeUp);
    }

    public override IEnumerable<PageJob> Plan(PageServices services)
    {
        var views = services.Views;
        yield return new PageJob(ListUrl, "parcours-list", "liste des parcours", () =>
        {
            var model = PageModel.Of(views.Page(ListUrl, "parcours-list", _strings.Get("parcours.title"), _strings.Get("parcours.intro")));
            model["learning_paths"] = All(views);
            return model;
        });
        foreach (var path in _paths)
        {
            var url = Url(path.Slug);
            yield return new PageJob(url, "parcours", path.Source.DisplayPath, () =>
            {
                var body = services.Markdown.Render(path.Body,
                    new LinkContext(path.Source.DisplayPath, path.BodyFirstLine, SiteUrls.RootFrom(url), null), services.Diagnostics);
                var model = PageModel.Of(views.Page(url, "parcours", path.Title, path.Summary, ForgeLinks.Edit(_site.Config, path.Source.DisplayPath)));
                model["learning_path"] = View(path, views);
                model["body"] = Markup.TrustedHtml(body.Html);
                return model;
            });
        }
    }

    private LearningPathView View(LearningPath path, ViewFactory views) => new(
        path.Slug, Url(path.Slug), path.Title, path.Summary, path.Audience, path.Duration, path.IsIllustrative,
        Published(path).Select((s, i) => new LearningPathStepView(i + 1, s.Question, views.WriteUp(s.WriteUp))).ToList());

    /// <summary>The steps whose write-up is published (validation reports the others).</summary>
    private List<(WriteUp WriteUp, string Question)> Published(LearningPath path) => path.Steps
        .Select(s => (WriteUp: _site.Find(s.WriteUpSlug), s.Question))
        .Where(s => s.WriteUp is not null)
        .DistinctBy(s => s.WriteUp!.Slug)
        .Select(s => (s.WriteUp!, s.Question))
        .ToList();
}
