using Osez.Content;
using Osez.Diagnostics;
using Osez.Markdown;
using Osez.Output;
using Osez.Site;
using Scriban.Runtime;

namespace Osez.Rendering;

/// <summary>
/// The render stages: the write-ups' bodies (Markdown to HTML, once each), then every page through its template,
/// in parallel, into the output sink.
/// </summary>
public sealed class SiteRenderer(SiteModel site, Theme theme)
{
    private readonly UiStrings _strings = theme.Strings;

    /// <summary>Write-up bodies and pages that may be reused from the previous build (preview server); null renders everything.</summary>
    public RenderScope? Scope { get; init; }

    /// <summary>What the features add: their pages, and values on the core's pages and views.</summary>
    public IReadOnlyList<IPageSource> Features { get; init; } = [];

    /// <summary>What the features write into the assets from the generator's own objects.</summary>
    public IReadOnlyList<GeneratedAsset> Assets { get; init; } = [];

    /// <summary>French typography on what the site prints (<see cref="Text.FrenchTypography"/>), for a site in French.</summary>
    private bool FrenchText => site.Config.Language.StartsWith("fr", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// The bodies stage: each published write-up's body, in the site's order. What rendering a body reports (links,
    /// anchors, raw HTML) is kept with it too: a rebuild that reuses the body reports it again.
    /// </summary>
    public RenderedBodies RenderBodies(DiagnosticBag diagnostics, int maxParallelism = -1)
    {
        var markdown = new MarkdownRenderer(site)
        {
            Anchors = new PassageAnchors(_strings.Get("anchors.section"), _strings.Get("anchors.paragraph")),
        };
        var bodies = new RenderedWriteUp[site.WriteUps.Count];
        var headings = new IReadOnlyList<Heading>?[bodies.Length];
        Parallel.For(0, bodies.Length, new ParallelOptions { MaxDegreeOfParallelism = maxParallelism }, i =>
        {
            var writeUp = site.WriteUps[i];
            if (Scope?.Reusable(writeUp) is not { } body)
            {
                var own = new DiagnosticBag();
                var rendered = markdown.Render(writeUp.Body, new LinkContext(writeUp.Source.DisplayPath, writeUp.BodyFirstLine,
                    SiteUrls.RootFrom(SiteUrls.WriteUp(writeUp.Slug)), writeUp.Source.Folder), own);
                // The body as every page and export prints it; the search index reads its text, left as written.
                if (FrenchText)
                    rendered = rendered with { Html = Text.FrenchTypography.Html(rendered.Html) };
                body = new RenderedWriteUp(writeUp, rendered) { Diagnostics = own.Sorted() };
                headings[i] = rendered.Headings;
            }
            diagnostics.AddRange(body.Diagnostics);
            bodies[i] = body;
        });
        return new RenderedBodies(bodies, headings, markdown);
    }

    /// <summary>The pages stage: every page, the write-ups' files and the theme's assets.</summary>
    public RenderedSite Render(RenderedBodies bodies, IOutputSink output, DiagnosticBag diagnostics, int maxParallelism = -1)
    {
        var features = Features.Select(f => f.Begin(site, _strings)).ToList();
        var views = new ViewFactory(site, _strings, Scope?.Views, features);
        var globals = new ScriptObject
        {
            ["site"] = views.Site,
            ["t"] = _strings.ToScriptObject(),
            ["urls"] = TemplateUrls(features),
            // Set by the 404 page alone, when it carries its styles (NotFoundPage).
            ["standalone"] = null,
        };
        foreach (var feature in features)
            feature.AddGlobals(globals);
        globals.SetValue("plural", new PluralFunction(_strings), readOnly: true);

        var planner = new PagePlanner(new PageServices(site, views, bodies.Markdown, _strings, diagnostics), features, bodies);
        var jobs = planner.Plan().ToList();
        using (var session = theme.Templates.Begin(globals, FrenchText))
        {
            Parallel.ForEach(jobs, new ParallelOptions { MaxDegreeOfParallelism = maxParallelism },
                job => UnexpectedError.Guard(job.Origin, diagnostics, () =>
                {
                    if (Scope?.TryReuse(job, output) != true)
                        session.Render(job.Layout, job.Model(), job.Url, job.Origin, output, diagnostics);
                }, ex => OutputFailure.Find(ex) is not null));
        }

        foreach (var item in bodies.WriteUps)
            foreach (var asset in item.Assets)
            {
                var source = Path.Combine(item.WriteUp.Source.Folder!, asset.Replace('/', Path.DirectorySeparatorChar));
                // Checked again where it is read: a page reused by the preview was checked against older files.
                if (ContainedPath.IsInside(source, item.WriteUp.Source.Folder!))
                    output.Copy(SiteUrls.WriteUpFolder(item.WriteUp.Slug) + asset, source, item.WriteUp.Source.DisplayPath);
            }
        CopyThemeAssets(output, diagnostics);
        foreach (var asset in Assets)
            output.Write(asset.Path, asset.Content().Span, asset.Origin);

        return new RenderedSite(bodies.WriteUps, jobs.Count)
        {
            Pages = jobs.Select(j => new RenderedPage(j.Url, j.Layout)).ToList(),
            Views = views.WriteUpViews,
            Strings = _strings,
        };
    }

    /// <summary>
    /// Where the site's pages and files are, from the site root, as templates see them (<c>urls</c>): the core's,
    /// then each feature's. A link is written <c>{{ page.root }}{{ urls.search }}</c>, never typed again in a template.
    /// </summary>
    private static ScriptObject TemplateUrls(IEnumerable<PageSet> features)
    {
        var urls = new ScriptObject
        {
            ["home"] = SiteUrls.Home,
            ["write_ups"] = SiteUrls.WriteUps(),
            ["assets"] = SiteUrls.Assets,
        };
        foreach (var feature in features)
            foreach (var (key, url) in feature.Urls)
                urls[key] = url;
        return urls;
    }

    private void CopyThemeAssets(IOutputSink output, DiagnosticBag diagnostics)
    {
        var folder = Path.Combine(site.Paths.Templates, "assets");
        var files = ContainedPath.Files(folder, site.Paths.Templates,
            refused => ContentFolder.ReportOutside(site.Paths.Display(refused), "des gabarits", "templates/", diagnostics));
        foreach (var file in files)
        {
            var relative = Path.GetRelativePath(folder, file).Replace('\\', '/');
            if (relative.Split('/').Any(part => part.StartsWith('.')))
                continue;
            output.Copy(SiteUrls.Assets + relative, file, site.Paths.Display(file));
        }
    }
}
