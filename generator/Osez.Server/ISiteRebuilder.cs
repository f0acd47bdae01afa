using Osez.Building;

namespace Osez.Server;

/// <summary>
/// Rebuilds the site in memory after changes. The preview server knows nothing else about
/// building (<see cref="IncrementalRebuilder"/> is the one it uses; tests may give another).
/// </summary>
public interface ISiteRebuilder
{
    /// <summary>The first build, when the server starts.</summary>
    BuildResult BuildAll();

    /// <param name="changes">What changed since the last build, already sorted by kind (never empty).</param>
    /// <param name="pagesReady">
    /// Called, if the rebuilder can, as soon as the pages are ready, with the site whose index, exports and feeds
    /// are still the last build's; the complete site is returned when it is done.
    /// </param>
    BuildResult Rebuild(IReadOnlyList<SiteChange> changes, Action<BuildResult>? pagesReady = null);
}
