using Osez.Diagnostics;

namespace Osez.Building;

/// <summary>What a build did and found.</summary>
public sealed record BuildResult(
    IReadOnlyList<Diagnostic> Diagnostics,
    IReadOnlyList<StageTiming> Timings,
    bool Written,
    int WriteUpCount,
    int FileCount,
    int FilesRead)
{
    public bool HasErrors => Diagnostics.Any(d => d.Severity == Severity.Error);

    public int Count(Severity severity) => Diagnostics.Count(d => d.Severity == severity);

    /// <summary>The in-memory site, for <see cref="OutputMode.Memory"/> builds that succeeded.</summary>
    public IReadOnlyDictionary<string, byte[]>? Files { get; init; }
}
