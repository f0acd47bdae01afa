using Osez.Content;
using Osez.Output;
using Osez.Site;

namespace Osez.Rendering;

/// <summary>
/// Which write-up pages a render leaves as they were: the preview server's rebuild after one write-up changed.
/// A write-up page is reused only when its write-up is the very object the previous build rendered (it was not
/// read again) and it is not among the pages to render again; its bytes, its rendered body (for the index and the
/// exports) and the diagnostics its body gave are handed on as they were. Every other page is rendered.
/// </summary>
/// <param name="Render">Write-ups whose page is rendered again whatever happens (changed, or linked to a change).</param>
/// <param name="Previous">The previous build's rendered write-ups, by slug.</param>
/// <param name="PreviousFiles">The previous build's files, by path.</param>
public sealed record RenderScope(
    IReadOnlySet<string> Render,
    IReadOnlyDictionary<string, RenderedWriteUp> Previous,
    IReadOnlyDictionary<string, byte[]> PreviousFiles)
{
    /// <summary>Views of write-ups made by the previous build that are exactly what this one would make.</summary>
    public IReadOnlyDictionary<string, Views.WriteUpView>? Views { get; init; }

    /// <summary>Write-up pages reused by the last render.</summary>
    public int Reused => _reused;

    private int _reused;

    /// <summary>
    /// The previous build's body of a write-up, when its body and its page may both be reused as they were (the
    /// bodies stage and the pages stage ask alike); null when they are rendered again.
    /// </summary>
    internal RenderedWriteUp? Reusable(WriteUp writeUp)
        => !Render.Contains(writeUp.Slug) && Previous.TryGetValue(writeUp.Slug, out var previous) && ReferenceEquals(previous.WriteUp, writeUp)
            && PreviousFiles.ContainsKey(SiteUrls.WriteUp(writeUp.Slug))
            ? previous
            : null;

    /// <summary>Writes a write-up's page as it was if it may be reused, and says so.</summary>
    internal bool TryReuse(PageJob job, IOutputSink output)
    {
        if (job.WriteUp is not { } writeUp || Reusable(writeUp) is null || !PreviousFiles.TryGetValue(job.Url, out var bytes))
            return false;
        output.Write(job.Url, bytes, job.Origin);
        Interlocked.Increment(ref _reused);
        return true;
    }
}
