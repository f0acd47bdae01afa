using Osez.Building;
using Osez.Configuration;

namespace Osez.Server;

/// <summary>Builds the whole site into memory every time: well under a second for the shipped content.</summary>
public sealed class FullRebuilder(SitePaths paths, SiteBuilder builder) : ISiteRebuilder
{
    public BuildResult BuildAll() => builder.Run(new BuildOptions(paths, OutputMode.Memory)
    {
        // A contributor previews the draft they are writing: drafts are shown, with their banner.
        IncludeDrafts = true,
        Today = DateOnly.FromDateTime(DateTime.Now),
    });

    public BuildResult Rebuild(IReadOnlyList<SiteChange> changes) => BuildAll();
}
