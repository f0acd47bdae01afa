using System.Collections.Concurrent;
using Osez.Content;
using Osez.Diagnostics;
using Osez.Markdown;
using Osez.Output;
using Osez.Site;
using Scriban.Runtime;

namespace Osez.Rendering;

/// <summary>The render stage: every page through its template, in parallel, into the output sink.</summary>
public sealed class SiteRenderer(SiteModel site, TemplateSet templates, UiStrings strings)
{
    /// <summary>Write-up pages that may be reused from the previous build (preview server); null renders every page.</summary>
    public RenderScope? Scope { get; init; }

    public RenderedSite Render(IOutputSink output, DiagnosticBag diagnostics, int maxParallelism = -1)
    {
        var views = new ViewFactory(site, strings, Scope?.Views);
        var globals = new ScriptObject
        {
            ["site"] = views.Site,
            ["t"] = strings.ToScriptObject(),
        };
        globals.SetValue("plural", new PluralFunction(strings), readOnly: true);

        var rendered = new ConcurrentBag<RenderedWriteUp>();
        var markdown = new MarkdownRenderer(site)
        {
            Anchors = new PassageAnchors(strings.Get("anchors.section"), strings.Get("anchors.paragraph")),
        };
        var planner = new PagePlanner(site, views, markdown, rendered.Add)
        {
            Diagnostics = diagnostics,
            Strings = strings,
            LearningPaths = new LearningPaths.LearningPathPages(site, views, markdown, strings),
        };
        var jobs = planner.Plan().ToList();
        PartialCache partials;
        using (var session = templates.Begin(globals, Scope?.Partials))
        {
            partials = session.Partials;
            Parallel.ForEach(jobs, new ParallelOptions { MaxDegreeOfParallelism = maxParallelism },
                job =>
                {
                    if (Scope?.TryReuse(job, output, rendered.Add, diagnostics) != true)
                        session.Render(job.Layout, job.Model(), job.Url, job.Origin, output, diagnostics);
                });
        }

        foreach (var item in rendered)
            foreach (var asset in item.Assets)
            {
                var source = Path.Combine(item.WriteUp.Source.Folder!, asset.Replace('/', Path.DirectorySeparatorChar));
                // Checked again where it is read: a page reused by the preview was checked against older files.
                if (ContainedPath.IsInside(source, item.WriteUp.Source.Folder!))
                    output.Copy(SiteUrls.WriteUpFolder(item.WriteUp.Slug) + asset, source, item.WriteUp.Source.DisplayPath);
            }
        CopyThemeAssets(output, diagnostics);
        output.Write(Browser.RulesScript.Path, Browser.RulesScript.Bytes, "règles du générateur");

        var order = site.WriteUps.Select((w, i) => (w.Slug, i)).ToDictionary(p => p.Slug, p => p.i, StringComparer.Ordinal);
        return new RenderedSite(rendered.OrderBy(r => order[r.WriteUp.Slug]).ToList(), jobs.Count)
        {
            Pages = jobs.Select(j => new RenderedPage(j.Url, j.Layout)).ToList(),
            Views = views.WriteUpViews,
            Partials = partials,
            Strings = strings,
        };
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
