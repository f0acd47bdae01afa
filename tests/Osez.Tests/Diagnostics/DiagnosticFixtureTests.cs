using Osez.Diagnostics;
using Osez.Tests.Support;

namespace Osez.Tests.Diagnostics;

/// <summary>One fixture per diagnostic code, each run end to end and compared with its expected.txt.</summary>
public sealed class DiagnosticFixtureTests
{
    public static TheoryData<string> Fixtures() => new(DiagnosticFixture.Names());

    [Theory]
    [MemberData(nameof(Fixtures))]
    public void The_fixture_reports_exactly_its_expected_diagnostics(string name)
    {
        var fixture = new DiagnosticFixture(name);
        using var folder = new TempFolder();
        var actual = fixture.Run(folder.Path);
        if (Environment.GetEnvironmentVariable("OSEZ_FIXTURES_UPDATE") == "1")
            fixture.WriteExpected(actual);
        Assert.Equal(fixture.Expected(), actual);
        var code = name[..6];
        Assert.Contains(actual, line => line.Split(' ')[1] == code);
    }

    [Fact]
    public void Every_diagnostic_code_has_a_fixture()
    {
        var covered = DiagnosticFixture.Names().Select(n => n[..6]).ToHashSet(StringComparer.Ordinal);
        var missing = DiagnosticCodes.All.Where(c => !covered.Contains(c.Id)).Select(c => $"{c.Id} {c.Title}").ToList();
        Assert.True(missing.Count == 0, "Codes without a fixture under tests/fixtures/diagnostics:\n" + string.Join("\n", missing));
    }

    [Fact]
    public void The_base_site_of_the_fixtures_is_clean()
    {
        using var folder = new TempFolder();
        Assert.Empty(new DiagnosticFixture("_base").Run(folder.Path));
    }
}
