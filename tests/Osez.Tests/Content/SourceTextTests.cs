using System.Text;
using Osez.Content;
using Osez.Diagnostics;

namespace Osez.Tests.Content;

public sealed class SourceTextTests
{
    private static (string? Text, DiagnosticBag Diagnostics) Decode(byte[] bytes)
    {
        var diagnostics = new DiagnosticBag();
        return (SourceText.Decode(bytes, "f.md", diagnostics), diagnostics);
    }

    [Fact]
    public void Strips_the_byte_order_mark()
    {
        var (text, _) = Decode([0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes("---\ntitre: x\n")]);
        Assert.Equal("---\ntitre: x\n", text);
    }

    [Fact]
    public void Turns_crlf_and_lone_cr_into_line_feeds()
    {
        var (text, _) = Decode(Encoding.UTF8.GetBytes("a\r\nb\rc\nd"));
        Assert.Equal("a\nb\nc\nd", text);
    }

    [Fact]
    public void Composes_decomposed_accents()
    {
        var (text, _) = Decode(Encoding.UTF8.GetBytes("e\u0301quipe"));
        Assert.Equal("\u00e9quipe", text);
    }

    [Fact]
    public void Reports_invalid_utf8_with_its_line()
    {
        var bytes = Encoding.UTF8.GetBytes("ligne un\nligne deux\n").Concat(new byte[] { 0x63, 0x61, 0x66, 0xE9, 0x0A }).ToArray();
        var (text, diagnostics) = Decode(bytes);
        Assert.Null(text);
        var diagnostic = Assert.Single(diagnostics.Sorted());
        Assert.Equal(DiagnosticCodes.InvalidUtf8.Id, diagnostic.Code);
        Assert.Equal(3, diagnostic.Location.Line);
        Assert.Contains("UTF-8", diagnostic.Hint);
    }

    [Fact]
    public void Reports_binary_content()
    {
        var (text, diagnostics) = Decode([0x89, 0x50, 0x4E, 0x47, 0x00, 0x00, 0x01]);
        Assert.Null(text);
        Assert.Equal(DiagnosticCodes.BinaryFile.Id, Assert.Single(diagnostics.Sorted()).Code);
    }

    [Theory]
    [InlineData("\uFFFE", "U+FFFE")]
    [InlineData("\U0001FFFF", "U+1FFFF")]
    [InlineData("\u0007", "U+0007")]
    [InlineData("\u0085", "U+0085")]
    public void Reports_a_character_that_cannot_be_published_at_its_line_and_column(string character, string shown)
    {
        var (text, diagnostics) = Decode(Encoding.UTF8.GetBytes($"ligne un\r\nligne\rdeux{character}\n"));
        Assert.Null(text);
        var diagnostic = Assert.Single(diagnostics.Sorted());
        Assert.Equal(DiagnosticCodes.UnpublishableCharacter.Id, diagnostic.Code);
        Assert.Equal((3, 5), (diagnostic.Location.Line, diagnostic.Location.Column));
        Assert.Contains(shown, diagnostic.Message);
    }
}
