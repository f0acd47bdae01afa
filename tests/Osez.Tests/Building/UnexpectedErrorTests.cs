using Osez.Building;
using Osez.Content;
using Osez.Diagnostics;
using Osez.Features;
using Osez.Output;
using Osez.Rendering;
using Osez.Site;
using Osez.Tests.Support;
using Osez.Validation;

namespace Osez.Tests.Building;

/// <summary>The last resort: an exception nobody foresaw becomes a diagnostic, and the build or check goes on or stops cleanly.</summary>
public sealed class UnexpectedErrorTests
{
    private sealed class ThrowingProducer : ISiteProducer
    {
        public string Stage => "essai";

        public void Produce(SiteModel site, RenderedSite rendered, IOutputSink output, DiagnosticBag diagnostics)
            => throw new InvalidOperationException("panne imprévue");
    }

    private sealed class ThrowingFeature : ISiteFeature
    {
        public void Register(SiteParts site) => site.AddProducer(new ThrowingProducer());
    }

    private sealed class ThrowingRule : IValidationRule
    {
        public void Validate(LoadedSite site, ValidationContext context, DiagnosticBag diagnostics)
            => Parallel.For(0, 2, _ => throw new InvalidOperationException("règle en panne"));
    }

    [Fact]
    public void A_producer_that_throws_stops_the_build_with_a_diagnostic()
    {
        using var site = TestSite.FromFixture("minimal");
        var result = new SiteBuilder([new ThrowingFeature()]).Run(new BuildOptions(site.Paths, OutputMode.Disk) { Today = TestSite.Today });
        var diagnostic = result.Single(DiagnosticCodes.UnreadableFile);
        Assert.Equal("content", diagnostic.Location.File);
        Assert.Contains("InvalidOperationException : panne imprévue", diagnostic.Message);
        Assert.False(result.Written);
        Assert.False(Directory.Exists(site.OutputPath));
    }

    [Fact]
    public void A_rule_that_throws_in_parallel_is_one_diagnostic_and_the_other_rules_still_run()
    {
        using var site = TestSite.FromFixture("minimal");
        var diagnostics = new DiagnosticBag();
        var loaded = ContentLoader.Load(site.Paths, diagnostics)!;
        new SiteValidator([new ThrowingRule(), .. SiteValidator.CoreRules]).Validate(loaded, new ValidationContext(TestSite.Today, true), diagnostics);
        var diagnostic = Assert.Single(diagnostics.Sorted(), d => d.Code == DiagnosticCodes.UnreadableFile.Id);
        Assert.Contains("InvalidOperationException : règle en panne", diagnostic.Message);
        Assert.Contains(diagnostics.Sorted(), d => d.Code == DiagnosticCodes.UnusedTerm.Id);
    }

    [Fact]
    public void Several_failures_of_a_parallel_loop_are_told_by_the_first_one()
    {
        var diagnostics = new DiagnosticBag();
        UnexpectedError.Report("content/fiches/x.md", diagnostics, new AggregateException(
            new InvalidOperationException("règle en panne"), new AggregateException(new FormatException("autre panne"))));
        var diagnostic = Assert.Single(diagnostics.Sorted());
        Assert.Contains("(InvalidOperationException : règle en panne)", diagnostic.Message);
    }

    [Fact]
    public void The_guard_gives_the_fallback_and_names_the_file()
    {
        var diagnostics = new DiagnosticBag();
        Assert.Equal(-1, UnexpectedError.Guard<int>("content/fiches/x.md", diagnostics, () => throw new FormatException("mauvais format"), -1));
        var diagnostic = Assert.Single(diagnostics.Sorted());
        Assert.Equal(("KB0012", "content/fiches/x.md"), (diagnostic.Code, diagnostic.Location.File));
        Assert.Contains("mauvais format", diagnostic.Message);
        Assert.Equal(4, UnexpectedError.Guard("content/fiches/x.md", diagnostics, () => 4, -1));
        Assert.Single(diagnostics.Sorted());
    }
}
