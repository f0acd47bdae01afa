using Osez.Building;
using Osez.Diagnostics;

namespace Osez.Server;

/// <summary>
/// What the server shows: the files of the last build that succeeded, and the errors of the
/// last build if it failed. A failed build never replaces good files.
/// </summary>
public sealed class PreviewState(Func<Diagnostic, string?> sourceLine)
{
    private Snapshot _current = new(null, [], 0, string.Empty);

    /// <summary>Goes up by one with every build, good or not: pages reload when it changes.</summary>
    public int Version => Volatile.Read(ref _current).Version;

    public Snapshot Current => Volatile.Read(ref _current);

    public void Apply(BuildResult result)
    {
        var previous = Current;
        var errors = result.Diagnostics.Where(d => d.Severity == Severity.Error).ToList();
        var files = errors.Count == 0 && result.Files is not null ? result.Files : previous.Files;
        var overlay = errors.Count > 0 ? ErrorOverlay.Render(errors, files is not null, sourceLine) : string.Empty;
        Volatile.Write(ref _current, new Snapshot(files, errors, previous.Version + 1, overlay));
    }

    /// <summary>
    /// The complete site, after <see cref="Apply"/> gave its pages: served from now on without reloading open
    /// pages (they are the same), unless it failed, when it is applied as any build.
    /// </summary>
    /// <returns>True when open pages must reload (the build failed after all).</returns>
    public bool Complete(BuildResult result)
    {
        if (result.HasErrors || result.Files is null)
        {
            Apply(result);
            return true;
        }
        var previous = Current;
        Volatile.Write(ref _current, previous with { Files = result.Files });
        return false;
    }

    /// <param name="Files">The last good site, or null when no build has succeeded yet.</param>
    /// <param name="Errors">The errors of the last build; empty when it succeeded.</param>
    /// <param name="Overlay">The error panel's HTML, made once per build; empty when it succeeded.</param>
    public sealed record Snapshot(IReadOnlyDictionary<string, byte[]>? Files, IReadOnlyList<Diagnostic> Errors, int Version, string Overlay);
}
