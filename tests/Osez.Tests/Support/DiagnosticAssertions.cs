using Osez.Building;
using Osez.Diagnostics;

namespace Osez.Tests.Support;

public static class DiagnosticAssertions
{
    public static string Describe(IEnumerable<Diagnostic> diagnostics)
        => string.Join("\n", diagnostics.Select(d => $"{d.Severity} {d.Code} {d.Location}: {d.Message}"));

    /// <summary>Asserts one diagnostic with this code exists, and returns it.</summary>
    public static Diagnostic Single(this BuildResult result, DiagnosticCode code)
    {
        var matches = result.Diagnostics.Where(d => d.Code == code.Id).ToList();
        Assert.True(matches.Count == 1, $"Expected one {code.Id}, got {matches.Count}:\n{Describe(result.Diagnostics)}");
        return matches[0];
    }

    public static IReadOnlyList<Diagnostic> All(this BuildResult result, DiagnosticCode code)
        => result.Diagnostics.Where(d => d.Code == code.Id).ToList();

    public static void AssertNoErrors(this BuildResult result)
        => Assert.False(result.HasErrors, Describe(result.Diagnostics.Where(d => d.Severity == Severity.Error)));

    public static void AssertClean(this BuildResult result, params DiagnosticCode[] allowed)
    {
        var unexpected = result.Diagnostics.Where(d => allowed.All(a => a.Id != d.Code)).ToList();
        Assert.True(unexpected.Count == 0, Describe(unexpected));
    }
}
