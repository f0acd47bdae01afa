using Osez.Cli;
using Osez.Tests.Support;
using Osez.Text;

namespace Osez.Tests.Cli;

/// <summary>
/// `check` prints content (keys, values, source lines) into terminals and public CI logs: escape sequences
/// and text-reordering characters from a write-up are shown, never acted on.
/// </summary>
public sealed class LogInjectionTests
{
    private const string Hostile = "inconnu\u001b[2J\u001b]8;;https://evil.example\u0007lien\u001b]8;;\u0007\u202Eetouq\u009b31m";

    private static string Check(string format)
    {
        using var site = TestSite.FromFixture("minimal");
        site.Replace("fiches/locataires-et-energie.md", "statut: publie", "statut: publie\n" + Hostile + ": 1");
        var output = new StringWriter();
        CliApp.Run(["check", "--format", format, "--content", site.ContentPath, "--templates", Repository.Templates], output, new StringWriter());
        return output.ToString();
    }

    [Theory]
    [InlineData("human")]
    [InlineData("github")]
    public void Escape_sequences_from_the_content_are_shown_not_sent_to_the_terminal(string format)
    {
        var output = Check(format);
        Assert.Contains("KB0107", output);
        Assert.DoesNotContain('\u001b', output);
        Assert.DoesNotContain('\u0007', output);
        Assert.DoesNotContain('\u202E', output);
        Assert.DoesNotContain('\u009b', output);
        Assert.Contains("inconnu\\u{1B}[2J\\u{1B}]8;;https", output);
    }

    [Fact]
    public void Ordinary_text_is_unchanged_and_line_breaks_are_kept_only_when_asked()
    {
        const string french = "Clé « thématique » — à l’écart\tdes rues";
        Assert.Same(french, LogText.Visible(french));
        Assert.Equal("a\\u{A}b", LogText.Visible("a\nb"));
        Assert.Equal("a\nb", LogText.Visible("a\nb", keepLineBreaks: true));
        Assert.Equal("\\u{7F}\\u{200E}", LogText.Visible("\u007F\u200E"));
    }
}
