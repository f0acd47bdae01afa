using Osez.Building;

namespace Osez.Cli;

/// <summary>The builder with every producer of the full site.</summary>
internal static class Builders
{
    public static SiteBuilder Default { get; } = new([]);
}
