using Osez.Browser;
using Osez.Content;
using Osez.Diagnostics;
using Osez.Features;
using Osez.Output;
using Osez.Rendering;
using Osez.Site;
using Osez.Validation;

namespace Osez.Building;

/// <summary>
/// Runs the stages: load, validate, the write-ups' bodies, the pages, then each producer (index...), then write.
/// Each stage is a public function that takes the <see cref="BuildRun"/> and gives its record. Nothing is written
/// unless every stage passed without errors.
/// </summary>
public sealed class SiteBuilder
{
    private readonly SiteParts _parts;
    private readonly SiteValidator _validator;
    private readonly IReadOnlyList<GeneratedAsset> _assets;

    /// <param name="features">What the site is made of besides the core, in order (<see cref="SiteFeatures.Default"/>).</param>
    public SiteBuilder(IEnumerable<ISiteFeature> features)
    {
        _parts = SiteParts.Of(features);
        _validator = new SiteValidator([.. SiteValidator.CoreRules, .. _parts.Rules]);
        RulesScript = new RulesScript(_parts.BrowserRules);
        _assets = [.. RulesScript.PageScripts.Select(s => new GeneratedAsset(s.Path, () => s.Bytes, "règles du générateur")), .. _parts.Assets];
    }

    public static SiteBuilder Default { get; } = new(SiteFeatures.Default);

    /// <summary>What the features registered, stage by stage.</summary>
    public SiteParts Parts => _parts;

    /// <summary>The rules the pages' scripts apply: the core's and the features' (<c>assets/regles.js</c>).</summary>
    public RulesScript RulesScript { get; }

    /// <param name="memory">Kept by the preview server between builds (in memory only): what did not change is reused.</param>
    /// <param name="pagesReady">
    /// For a build in memory: called as soon as the pages are rendered without errors, with the site as it will be
    /// except for the index, exports and feeds, which are still the last build's (the preview serves it at once);
    /// the build then goes on with them and returns the complete site.
    /// </param>
    public BuildResult Run(BuildOptions options, BuildMemory? memory = null, Action<BuildResult>? pagesReady = null)
    {
        var run = Begin(options, memory);
        if (!GuardOutput(run) || Load(run) is not { } loaded)
            return run.Stopped();
        var valid = Validate(run, loaded);
        // A check and the preview go on rendering (into nothing, or into memory that is not served) despite content
        // errors, so that link and image problems come in the same report and are not fixed in rounds; a build to
        // disk stops here.
        if (LoadTheme(run, loaded) is not { } theme || (!valid && options.Mode == OutputMode.Disk))
            return run.Stopped(loaded);
        var site = new SiteModel(loaded, options.IncludeDrafts);
        if (OpenOutput(run) is not { } output)
            return run.Stopped(loaded);
        try
        {
            var bodies = RenderBodies(run, site, theme);
            if (RenderPages(run, site, theme, bodies, output) is not { } rendered)
                return run.Stopped(loaded);
            PagesReady(run, site, rendered, output, pagesReady);
            if (!Produce(run, site, rendered, output) || !Write(run, output))
                return run.Stopped(loaded);
            return run.Result(options.Mode == OutputMode.Disk, site.WriteUps.Count, output.FileCount, loaded) with
            {
                Files = (output as MemoryOutput)?.Files,
            };
        }
        finally
        {
            CloseQuietly(output);
        }
    }

    /// <summary>Starts a run: its diagnostics, its timer, and the preview's memory when there is one.</summary>
    public BuildRun Begin(BuildOptions options, BuildMemory? memory = null) => new(options, memory);

    /// <summary>
    /// For a build to disk: refuses an output folder that is not the generator's to replace (KB0504), then finishes
    /// (or undoes) a commit cut short by a kill, even if this build fails: the output folder is never left missing.
    /// </summary>
    public bool GuardOutput(BuildRun run)
    {
        if (run.Options.Mode != OutputMode.Disk)
            return true;
        if (!OutputFolderGuard.Check(run.Options.Paths, run.Diagnostics))
            return false;
        OutputRecovery.Run(run.Options.Paths.Output);
        return true;
    }

    /// <summary>The load stage: site.yml, vocabularies, write-ups, pages and what the features read; null without a usable site.yml.</summary>
    public LoadedSite? Load(BuildRun run)
        => run.Timer.Time("load", () => ContentLoader.Load(run.Options.Paths, run.Diagnostics, run.Memory?.WriteUps, _parts.ContentReaders));

    /// <summary>The validate stage: the core's rules, then the features'. True when the content holds no error (loading included).</summary>
    public bool Validate(BuildRun run, LoadedSite loaded)
    {
        var context = new ValidationContext(run.Options.Today, run.Options.IncludeDrafts) { Anonymisation = run.Memory?.Anonymisation };
        run.Timer.Time("validate", () => _validator.Validate(loaded, context, run.Diagnostics));
        return !run.Diagnostics.HasErrors;
    }

    /// <summary>The templates and interface texts in the site's language; null, the problems reported, when they cannot be used.</summary>
    public Theme? LoadTheme(BuildRun run, LoadedSite loaded) => Theme.Load(run.Options.Paths, loaded.Config, run.Diagnostics);

    /// <summary>Where the site goes (<see cref="BuildOptions.Mode"/>); null, the reason reported, when it cannot be prepared.</summary>
    public IOutputSink? OpenOutput(BuildRun run)
    {
        var options = run.Options;
        try
        {
            return options.Mode switch
            {
                OutputMode.Disk => options.DiskOutput?.Invoke(options.Paths.Output, run.Diagnostics) ?? new DiskOutput(options.Paths.Output, run.Diagnostics),
                OutputMode.Memory => new MemoryOutput(run.Diagnostics),
                _ => new NullOutput(run.Diagnostics),
            };
        }
        catch (Exception ex) when (OutputFailure.Find(ex) is { } failure)
        {
            if (BlockingFile(options.Paths.Output) is { } file)
                run.Diagnostics.Report(DiagnosticCodes.OutputFailed, new SourceLocation(options.Paths.Output),
                    $"Le dossier de sortie ne peut pas être créé : « {file} » est un fichier, pas un dossier.",
                    "Vérifiez que le chemin de --output désigne un dossier (pas un fichier) où vous avez le droit d'écrire ; l'ancien site est conservé.");
            else
                OutputFailure.Report(run.Diagnostics, options.Paths.Output, failure, "Le dossier de sortie ne peut pas être préparé");
            return null;
        }
    }

    /// <summary>The bodies stage: each published write-up's body rendered once, in the site's order (reused by the preview when unchanged).</summary>
    public RenderedBodies RenderBodies(BuildRun run, SiteModel site, Theme theme)
        => run.Timer.Time("bodies", () => Renderer(run, site, theme).RenderBodies(run.Diagnostics, run.Options.MaxParallelism));

    /// <summary>The render stage: every page, the write-ups' files and the theme's assets; null when the output failed.</summary>
    public RenderedSite? RenderPages(BuildRun run, SiteModel site, Theme theme, RenderedBodies bodies, IOutputSink output)
        => run.Writing("Le site n'a pas pu être écrit", () => run.Timer.Time("render",
            () => Renderer(run, site, theme).Render(bodies, output, run.Diagnostics, run.Options.MaxParallelism)));

    /// <summary>
    /// For a build in memory whose pages have no errors: the preview's memory keeps them for the next build, and
    /// <paramref name="pagesReady"/> gets them at once, with the last complete build's index, exports and feeds.
    /// </summary>
    public void PagesReady(BuildRun run, SiteModel site, RenderedSite rendered, IOutputSink output, Action<BuildResult>? pagesReady)
    {
        if (output is not MemoryOutput memoryOutput || run.Diagnostics.HasErrors)
            return;
        run.Memory?.Remember(site, rendered, memoryOutput.Files);
        pagesReady?.Invoke(run.Result(false, site.WriteUps.Count, memoryOutput.Files.Count, site.Loaded) with
        {
            Files = run.Memory?.WithLastProduced(memoryOutput.Files) ?? new Dictionary<string, byte[]>(memoryOutput.Files, StringComparer.Ordinal),
        });
    }

    /// <summary>Each producer in turn (index, exports, feeds), a timed stage each. True when the build has no error so far.</summary>
    public bool Produce(BuildRun run, SiteModel site, RenderedSite rendered, IOutputSink output)
        => run.Writing("Le site n'a pas pu être écrit", () =>
        {
            foreach (var producer in _parts.Producers)
                run.Timer.Time(producer.Stage, () => UnexpectedError.Guard(run.Options.Paths.Display(run.Options.Paths.Content), run.Diagnostics,
                    () => producer.Produce(site, rendered, output, run.Diagnostics), ex => OutputFailure.Find(ex) is not null));
        }) && !run.Diagnostics.HasErrors;

    /// <summary>The write stage: makes the whole site visible at once. True when it is in place.</summary>
    public bool Write(BuildRun run, IOutputSink output)
    {
        if (!run.Writing("Le site construit n'a pas pu être mis en place", () => run.Timer.Time("write", output.Commit)))
            return false;
        if (output is MemoryOutput memoryOutput)
            run.Memory?.RememberProduced(memoryOutput.Files);
        return true;
    }

    private SiteRenderer Renderer(BuildRun run, SiteModel site, Theme theme) => new(site, theme)
    {
        Scope = run.Memory?.RenderScope(site),
        Features = _parts.Pages,
        Assets = _assets,
    };

    /// <summary>Closing only tidies the staging folder away: a disk failure there changes nothing for the build.</summary>
    private static void CloseQuietly(IOutputSink output)
    {
        try
        {
            output.Dispose();
        }
        catch (Exception ex) when (OutputFailure.Find(ex) is not null)
        {
        }
    }

    /// <summary>The first part of a path that exists as a file, which prevents creating the folder.</summary>
    private static string? BlockingFile(string folder)
    {
        for (var current = Path.GetDirectoryName(folder); !string.IsNullOrEmpty(current); current = Path.GetDirectoryName(current))
            if (File.Exists(current))
                return current;
        return null;
    }
}
