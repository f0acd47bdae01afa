using Osez.Content;
using Osez.Diagnostics;
using Osez.Features;
using Osez.Output;
using Osez.Rendering;
using Osez.Site;
using Osez.Validation;

namespace Osez.Building;

/// <summary>
/// Runs the stages: load, validate, render, then each producer (index...), then write.
/// Nothing is written unless every stage passed without errors.
/// </summary>
public sealed class SiteBuilder
{
    private readonly SiteParts _parts;
    private readonly SiteValidator _validator;

    /// <param name="features">What the site is made of besides the core, in order (<see cref="SiteFeatures.Default"/>).</param>
    public SiteBuilder(IEnumerable<ISiteFeature> features)
    {
        _parts = SiteParts.Of(features);
        _validator = new SiteValidator([.. SiteValidator.CoreRules, .. _parts.Rules]);
    }

    public static SiteBuilder Default { get; } = new(SiteFeatures.Default);

    /// <summary>What the features registered, stage by stage.</summary>
    public SiteParts Parts => _parts;

    /// <param name="memory">Kept by the preview server between builds (in memory only): what did not change is reused.</param>
    /// <param name="pagesReady">
    /// For a build in memory: called as soon as the pages are rendered without errors, with the site as it will be
    /// except for the index, exports and feeds, which are still the last build's (the preview serves it at once);
    /// the build then goes on with them and returns the complete site.
    /// </param>
    public BuildResult Run(BuildOptions options, BuildMemory? memory = null, Action<BuildResult>? pagesReady = null)
    {
        var diagnostics = new DiagnosticBag();
        var timer = new StageTimer();
        memory?.Begin();
        var paths = options.Paths;

        if (options.Mode == OutputMode.Disk && !OutputFolderGuard.Check(paths, diagnostics))
            return Stopped();
        // A commit cut short by a kill is finished (or undone) first, even when this build fails: the output
        // folder is never left missing.
        if (options.Mode == OutputMode.Disk)
            OutputRecovery.Run(paths.Output);

        var loaded = timer.Time("load", () => ContentLoader.Load(paths, diagnostics, memory?.WriteUps, _parts.ContentReaders));
        if (loaded is null)
            return Stopped();
        timer.Time("validate", () => _validator.Validate(loaded, new ValidationContext(options.Today, options.IncludeDrafts) { Anonymisation = memory?.Anonymisation }, diagnostics));

        var contentErrors = diagnostics.ErrorCount;
        if (!Directory.Exists(paths.Templates))
        {
            // One clear message rather than the texts and every layout reported missing one by one.
            diagnostics.Report(DiagnosticCodes.MissingFolder, new SourceLocation(paths.Templates),
                "Le dossier des gabarits (mise en page du site) est introuvable.",
                "Lancez la commande depuis le dossier du projet, ou indiquez le dossier avec --templates.");
            return Stopped(loaded.FilesRead);
        }
        var strings = UiStrings.Load(paths.Templates, loaded.Config, paths.Display, diagnostics);
        var templates = TemplateSet.Load(paths.Templates, paths.Display, diagnostics);
        // A check goes on rendering (into nothing) despite content errors, so that link and image
        // problems come in the same report; a build stops here.
        if (strings is null || diagnostics.ErrorCount > contentErrors || (contentErrors > 0 && options.Mode != OutputMode.None))
            return Stopped(loaded.FilesRead);

        var site = new SiteModel(loaded, options.IncludeDrafts);
        IOutputSink output;
        try
        {
            output = CreateOutput(options, diagnostics);
        }
        catch (Exception ex) when (OutputFailure.Find(ex) is { } failure)
        {
            if (BlockingFile(paths.Output) is { } file)
                diagnostics.Report(DiagnosticCodes.OutputFailed, new SourceLocation(paths.Output),
                    $"Le dossier de sortie ne peut pas être créé : « {file} » est un fichier, pas un dossier.",
                    "Vérifiez que le chemin de --output désigne un dossier (pas un fichier) où vous avez le droit d'écrire ; l'ancien site est conservé.");
            else
                OutputFailure.Report(diagnostics, paths.Output, failure, "Le dossier de sortie ne peut pas être préparé");
            return Stopped(loaded.FilesRead);
        }
        var memoryOutput = output as MemoryOutput;
        HashSet<string>? pagePaths = null;
        var committing = false;
        // A disk that fills up or turns read-only, wherever it shows (a page written by a renderer thread, a stream
        // flushed by an export, the commit), stops the build with KB0505; nothing is visible before the commit.
        try
        {
            var scope = options.Mode == OutputMode.Memory ? memory?.ScopeFor(site, options) : null;
            var rendered = timer.Time("render", () => new SiteRenderer(site, templates, strings) { Scope = scope, Features = _parts.Pages }.Render(output, diagnostics, options.MaxParallelism));
            if (memoryOutput is not null && !diagnostics.HasErrors)
            {
                pagePaths = memoryOutput.Files.Keys.ToHashSet(StringComparer.Ordinal);
                memory?.Remember(site, rendered, memoryOutput.Files, scope, options);
                pagesReady?.Invoke(new BuildResult(Anonymisation.ExcerptRedaction.Apply(diagnostics.Sorted()), timer.Timings.ToList(), false,
                    site.WriteUps.Count, memoryOutput.Files.Count, loaded.FilesRead)
                {
                    Files = memory?.WithLastProduced(memoryOutput.Files) ?? new Dictionary<string, byte[]>(memoryOutput.Files, StringComparer.Ordinal),
                });
            }
            foreach (var producer in _parts.Producers)
                timer.Time(producer.Stage, () => producer.Produce(site, rendered, output, diagnostics));
            if (diagnostics.HasErrors)
                return Stopped(loaded.FilesRead);
            committing = true;
            timer.Time("write", output.Commit);
        }
        catch (Exception ex) when (OutputFailure.Find(ex) is { } failure)
        {
            OutputFailure.Report(diagnostics, paths.Output, failure,
                committing ? "Le site construit n'a pas pu être mis en place" : "Le site n'a pas pu être écrit");
            return Stopped(loaded.FilesRead);
        }
        finally
        {
            DisposeQuietly(output);
        }
        if (memoryOutput is not null && pagePaths is not null)
            memory?.RememberProduced(memoryOutput.Files, pagePaths);

        return new BuildResult(Anonymisation.ExcerptRedaction.Apply(diagnostics.Sorted()), timer.Timings, options.Mode == OutputMode.Disk,
            site.WriteUps.Count, FileCount(output), loaded.FilesRead)
        {
            Files = (output as MemoryOutput)?.Files,
        };

        BuildResult Stopped(int filesRead = 0) => new(Anonymisation.ExcerptRedaction.Apply(diagnostics.Sorted()), timer.Timings, false, 0, 0, filesRead);
    }

    /// <summary>Disposing only tidies the staging folder away: a disk failure there changes nothing for the build.</summary>
    private static void DisposeQuietly(IOutputSink output)
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

    private static IOutputSink CreateOutput(BuildOptions options, DiagnosticBag diagnostics) => options.Mode switch
    {
        OutputMode.Disk => options.DiskOutput?.Invoke(options.Paths.Output, diagnostics) ?? new DiskOutput(options.Paths.Output, diagnostics),
        OutputMode.Memory => new MemoryOutput(diagnostics),
        _ => new NullOutput(diagnostics),
    };

    private static int FileCount(IOutputSink output) => output switch
    {
        DiskOutput disk => disk.FileCount,
        MemoryOutput memory => memory.Files.Count,
        NullOutput none => none.FileCount,
        _ => 0,
    };
}
