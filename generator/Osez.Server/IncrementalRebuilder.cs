using Osez.Building;
using Osez.Configuration;

namespace Osez.Server;

/// <summary>
/// Builds the site into memory, then after each change rebuilds only what the change touches
/// (<see cref="BuildMemory"/>): saving one write-up reads, scans and renders again that write-up and the pages
/// that show its title; the lists, term pages, index, exports and feeds are made again. Any other change
/// (settings, vocabularies, pages, learning paths, theme) renders every page again.
/// </summary>
public sealed class IncrementalRebuilder(SitePaths paths, SiteBuilder builder) : ISiteRebuilder
{
    private readonly BuildMemory _memory = new();

    /// <summary>Write-up pages the last rebuild reused as they were.</summary>
    public int LastReused => _memory.LastReused;

    public BuildResult BuildAll()
    {
        _memory.Forget();
        return Build();
    }

    public BuildResult Rebuild(IReadOnlyList<SiteChange> changes, Action<BuildResult>? pagesReady = null)
    {
        foreach (var change in changes)
        {
            if (change.Kind == ChangeKind.WriteUp)
                _memory.WriteUpChanged(change.Path);
            else
                _memory.Forget();
        }
        return Build(pagesReady);
    }

    private BuildResult Build(Action<BuildResult>? pagesReady = null) => builder.Run(new BuildOptions(paths, OutputMode.Memory)
    {
        // A contributor previews the draft they are writing: drafts are shown, with their banner.
        IncludeDrafts = true,
        Today = DateOnly.FromDateTime(DateTime.Now),
    }, _memory, pagesReady);
}
