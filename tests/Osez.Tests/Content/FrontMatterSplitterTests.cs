using Osez.Content;
using Osez.Diagnostics;

namespace Osez.Tests.Content;

public sealed class FrontMatterSplitterTests
{
    [Fact]
    public void Splits_front_matter_and_body_with_their_line_numbers()
    {
        var diagnostics = new DiagnosticBag();
        var split = FrontMatterSplitter.Split("---\ntitre: x\nresume: y\n---\n## Contexte\ntexte\n", "f.md", diagnostics);
        Assert.NotNull(split);
        Assert.Equal("titre: x\nresume: y\n", split.Yaml);
        Assert.Equal(2, split.YamlFirstLine);
        Assert.Equal("## Contexte\ntexte\n", split.Body);
        Assert.Equal(5, split.BodyFirstLine);
    }

    [Fact]
    public void Accepts_dots_as_the_closing_line_and_trailing_spaces()
    {
        var split = FrontMatterSplitter.Split("---  \ntitre: x\n...\ncorps", "f.md", new DiagnosticBag());
        Assert.NotNull(split);
        Assert.Equal("corps", split.Body);
    }

    [Fact]
    public void A_file_with_only_front_matter_has_an_empty_body()
    {
        var split = FrontMatterSplitter.Split("---\ntitre: x\n---", "f.md", new DiagnosticBag());
        Assert.NotNull(split);
        Assert.Equal(string.Empty, split.Body);
    }

    [Fact]
    public void Reports_a_missing_front_matter_quoting_the_first_line()
    {
        var diagnostics = new DiagnosticBag();
        Assert.Null(FrontMatterSplitter.Split("# Mon titre\ntexte", "f.md", diagnostics));
        var diagnostic = Assert.Single(diagnostics.Sorted());
        Assert.Equal(DiagnosticCodes.MissingFrontMatter.Id, diagnostic.Code);
        Assert.Equal("# Mon titre", diagnostic.Excerpt);
    }

    [Fact]
    public void Reports_a_front_matter_never_closed()
    {
        var diagnostics = new DiagnosticBag();
        Assert.Null(FrontMatterSplitter.Split("---\ntitre: x\n## Contexte\n", "f.md", diagnostics));
        Assert.Equal(DiagnosticCodes.UnclosedFrontMatter.Id, Assert.Single(diagnostics.Sorted()).Code);
    }
}
