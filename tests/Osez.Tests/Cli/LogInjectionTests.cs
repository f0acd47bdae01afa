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
    // Refused where it is written (KB0017), named by its code point; the line is not quoted.
    private const string Escapes = "  - nom: \"Martin\u001b[2J\u001b]8;;https://evil.example\u0007lien\u001b]8;;\u0007\u009b31m\"";
    // Not refused (it is text for Arabic or Hebrew), but it would reorder what follows it in the log.
    private const string Reordering = "inconnu\u202Eetouq";

    private static string Check(string format)
    {
        using var site = TestSite.FromFixture("minimal");
        site.Replace("fiches/locataires-et-energie.md", "  - nom: Martin", Escapes);
        // In another write-up: the first one is not read further once refused.
        site.Replace("fiches/groupe-de-parents/index.md", "statut: publie", "statut: publie\n" + Reordering + ": 1");
        var output = new StringWriter();
        CliApp.Run(["check", "--format", format, "--content", site.ContentPath, "--templates", Repository.Templates], output, new StringWriter());
        return output.ToString();
    }

    [Theory]
    [InlineData("texte")]
    [InlineData("github")]
    public void Escape_sequences_from_the_content_are_shown_not_sent_to_the_terminal(string format)
    {
        var output = Check(format);
        Assert.Contains("KB0017", output);
        Assert.Contains("KB0107", output);
        Assert.Contains("inconnu\\u{202E}etouq", output);
        Assert.DoesNotContain('\u001b', output);
        Assert.DoesNotContain('\u0007', output);
        Assert.DoesNotContain('\u202E', output);
        Assert.DoesNotContain('\u009b', output);
        Assert.Contains("U+001B", output);
    }

    [Fact]
    public void Ordinary_text_is_unchanged_and_line_breaks_are_kept_only_when_asked()
    {
        const string french = "Clé « thématique » — à l’écart\tdes rues";
        Assert.Same(french, LogText.Visible(french));
        Assert.Equal("a\\u{A}b", LogText.Visible("a\nb"));
        Assert.Equal("a\nb", LogText.Visible("a\nb", keepLineBreaks: true));
        Assert.Equal("\\u{7F}\\u{200E}", LogText.Visible("\u007F\u200E"));
        // Line and paragraph separators start a new line in some terminals and logs: shown, even where line breaks are kept.
        Assert.Equal("a\\u{2028}b\\u{2029}", LogText.Visible("a\u2028b\u2029", keepLineBreaks: true));
    }
}
