using Osez.Anonymisation;
using Osez.Content;
using Osez.Diagnostics;
using Osez.Output;

namespace Osez.Building;

/// <summary>
/// One run of the builder, handed from stage to stage: its options, what it found so far, how long each stage took,
/// and the preview server's memory, from which each stage takes its own memo.
/// </summary>
public sealed class BuildRun
{
    internal BuildRun(BuildOptions options, BuildMemory? memory)
    {
        Options = options;
        Memory = memory;
        memory?.Begin(options);
    }

    public BuildOptions Options { get; }

    public DiagnosticBag Diagnostics { get; } = new();

    public StageTimer Timer { get; } = new();

    /// <summary>Kept by the preview server between builds; null for any other build.</summary>
    internal BuildMemory? Memory { get; }

    /// <summary>
    /// Runs work that writes to the output. A disk that fills up or turns read-only, wherever it shows (a page written
    /// by a render thread, a stream flushed by an export, the commit), is reported (KB0505) as « <paramref name="what"/> »
    /// and the work counts as failed; nothing is visible before the commit.
    /// </summary>
    internal bool Writing(string what, Action work)
    {
        try
        {
            work();
            return true;
        }
        catch (Exception ex) when (OutputFailure.Find(ex) is { } failure)
        {
            OutputFailure.Report(Diagnostics, Options.Paths.Output, failure, what);
            return false;
        }
    }

    /// <inheritdoc cref="Writing(string, Action)"/>
    internal T? Writing<T>(string what, Func<T> work) where T : class
    {
        T? result = null;
        return Writing(what, () => { result = work(); }) ? result : null;
    }

    /// <summary>What a build that wrote nothing found.</summary>
    internal BuildResult Stopped(LoadedSite? loaded = null) => Result(written: false, writeUps: 0, files: 0, loaded);

    /// <summary>Every diagnostic, in order, their excerpts redacted where they could quote personal data.</summary>
    internal BuildResult Result(bool written, int writeUps, int files, LoadedSite? loaded)
        => new(ExcerptRedaction.Apply(Diagnostics.Sorted()), Timer.Timings.ToList(), written, writeUps, files, loaded?.FilesRead ?? 0);
}
