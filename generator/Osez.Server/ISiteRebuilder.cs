using Osez.Building;

namespace Osez.Server;

/// <summary>
/// Rebuilds the site in memory after changes. The preview server knows nothing else about
/// building: an incremental rebuilder (one write-up re-rendered) can take the place of
/// <see cref="FullRebuilder"/> without touching the server.
/// </summary>
public interface ISiteRebuilder
{
    /// <summary>The first build, when the server starts.</summary>
    BuildResult BuildAll();

    /// <param name="changes">What changed since the last build, already sorted by kind (never empty).</param>
    BuildResult Rebuild(IReadOnlyList<SiteChange> changes);
}
