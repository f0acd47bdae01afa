using Osez.Configuration;

namespace Osez.Building;

/// <summary>Everything a build depends on besides the files.</summary>
public sealed record BuildOptions(SitePaths Paths, OutputMode Mode)
{
    public bool IncludeDrafts { get; init; }

    /// <summary>"Today", for the checks on dates; fixed in tests.</summary>
    public DateOnly Today { get; init; } = DateOnly.FromDateTime(DateTime.Now);

    /// <summary>Threads for rendering; -1 for as many as there are cores.</summary>
    public int MaxParallelism { get; init; } = -1;

    /// <summary>For tests: makes the disk output (given the output folder), to play a failing disk or a killed build.</summary>
    internal Func<string, Diagnostics.DiagnosticBag, Output.DiskOutput>? DiskOutput { get; init; }
}
