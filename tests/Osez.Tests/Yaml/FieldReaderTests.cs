using Osez.Diagnostics;
using Osez.Yaml;

namespace Osez.Tests.Yaml;

public sealed class FieldReaderTests
{
    private static (string Value, IReadOnlyList<Diagnostic> Diagnostics) Title(string value)
    {
        var diagnostics = new DiagnosticBag();
        var map = (YMapping)YamlTreeReader.Read($"titre: \"{value}\"\n", "f.md", 2, diagnostics)!;
        var text = new FieldReader(map, string.Empty, diagnostics, new SourceLocation("f.md", 1, 1)).Text("titre", true, "titre: x", 10, 120);
        return (text, diagnostics.Sorted());
    }

    [Fact]
    public void A_text_longer_than_allowed_is_reported_and_only_its_allowed_length_goes_on()
    {
        var (value, diagnostics) = Title(new string('a', 5_000));
        Assert.Equal(new string('a', 120), value);
        Assert.Equal(DiagnosticCodes.Length.Id, Assert.Single(diagnostics).Code);
        Assert.Contains("5000", diagnostics[0].Message);
    }

    [Fact]
    public void A_text_is_never_cut_in_the_middle_of_an_emoji()
    {
        var (value, _) = Title(new string('a', 119) + "😀😀");
        Assert.Equal(new string('a', 119), value);
    }

    [Fact]
    public void A_text_within_its_length_is_kept_whole()
        => Assert.Equal("Un titre de fiche 😀", Title("  Un titre de fiche 😀 ").Value);
}
