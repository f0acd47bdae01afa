using System.Text.Json;
using Osez.Cli;
using Osez.Tests.Support;

namespace Osez.Tests.Cli;

public sealed class CliTests
{
    private static (int Code, string Out, string Err) Run(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var code = CliApp.Run(args, output, error);
        return (code, output.ToString(), error.ToString());
    }

    [Fact]
    public void Check_on_clean_content_exits_0()
    {
        using var site = TestSite.FromShippedContent();
        var (code, output, _) = Run("check", "--content", site.ContentPath, "--templates", Repository.Templates);
        Assert.Equal(0, code);
        Assert.Contains("0 erreur", output);
    }

    [Fact]
    public void Check_groups_messages_by_file_in_french_with_line_quote_and_hint()
    {
        using var site = TestSite.FromFixture("minimal");
        site.Replace("fiches/locataires-et-energie.md", "thematiques: [energie, logement-habitat]", "thematiques: [energie, Logement]");
        var (code, output, _) = Run("check", "--content", site.ContentPath, "--templates", Repository.Templates);
        Assert.Equal(1, code);
        Assert.Contains("content/fiches/locataires-et-energie.md", output);
        Assert.Contains("erreur KB0201 content/fiches/locataires-et-energie.md:16:", output);
        Assert.Contains("« Logement » n'est pas un terme du vocabulaire « Thématiques »", output);
        Assert.Contains("| thematiques: [energie, Logement]", output);
        Assert.Contains("→ Vouliez-vous écrire « logement-habitat » ?", output);
        Assert.Contains("1 erreur", output);
    }

    [Fact]
    public void Check_writes_github_annotations()
    {
        using var site = TestSite.FromFixture("minimal");
        site.Replace("fiches/locataires-et-energie.md", "thematiques: [energie, logement-habitat]", "thematiques: [energie, inconnu]");
        var (code, output, _) = Run("check", "--format", "github", "--content", site.ContentPath, "--templates", Repository.Templates);
        Assert.Equal(1, code);
        Assert.Contains("::error file=content/fiches/locataires-et-energie.md,line=16,col=", output);
        Assert.Contains("title=KB0201 Terme inconnu::", output);
        Assert.Contains("::notice file=content/vocabulaires/thematiques.yml", output);
    }

    [Fact]
    public void Check_writes_json_for_tools()
    {
        using var site = TestSite.FromFixture("minimal");
        site.Replace("fiches/locataires-et-energie.md", "statut: publie", "statut: publie\ncle_inconnue: 1");
        var (code, output, _) = Run("check", "--format", "json", "--content", site.ContentPath, "--templates", Repository.Templates);
        Assert.Equal(0, code);
        using var json = JsonDocument.Parse(output);
        var warning = json.RootElement.GetProperty("diagnostics").EnumerateArray().Single(d => d.GetProperty("code").GetString() == "KB0107");
        Assert.Equal("warning", warning.GetProperty("severity").GetString());
        Assert.Equal("content/fiches/locataires-et-energie.md", warning.GetProperty("file").GetString());
        Assert.Equal(1, json.RootElement.GetProperty("summary").GetProperty("warnings").GetInt32());
    }

    [Fact]
    public void Strict_check_fails_on_warnings()
    {
        using var site = TestSite.FromFixture("minimal");
        site.Replace("fiches/locataires-et-energie.md", "statut: publie", "statut: publie\ncle_inconnue: 1");
        Assert.Equal(1, Run("check", "--strict", "--content", site.ContentPath, "--templates", Repository.Templates).Code);
    }

    [Fact]
    public void A_usage_error_exits_2_with_a_french_message()
    {
        var (code, _, error) = Run("check", "--format", "xml");
        Assert.Equal(2, code);
        Assert.Contains("Erreur", error);
        Assert.Equal(2, Run("construire").Code);
    }

    [Fact]
    public void The_format_for_people_is_named_in_french_and_the_former_name_still_works()
    {
        using var site = TestSite.FromFixture("minimal");
        var (texte, output, _) = Run("check", "--format", "texte", "--content", site.ContentPath, "--templates", Repository.Templates);
        Assert.Equal(0, texte);
        Assert.Contains("0 erreur", output);
        var (human, former, _) = Run("check", "--format", "human", "--content", site.ContentPath, "--templates", Repository.Templates);
        Assert.Equal(0, human);
        Assert.Equal(output, former);
        var (code, _, error) = Run("check", "--format", "xml");
        Assert.Equal(2, code);
        Assert.Contains("« xml » n'est pas une présentation possible : texte, github ou json.", error);
        Assert.DoesNotContain("human", Run("check", "--help").Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_writes_the_site_and_reports_timings()
    {
        using var site = TestSite.FromFixture("minimal");
        var (code, output, _) = Run("build", "--timings", "--content", site.ContentPath, "--templates", Repository.Templates, "--output", site.OutputPath);
        Assert.Equal(0, code);
        Assert.True(File.Exists(Path.Combine(site.OutputPath, "index.html")));
        foreach (var stage in new[] { "lecture", "vérification", "pages", "écriture", "total", "ramasse-miettes" })
            Assert.Contains(stage, output);
        foreach (var english in new[] { "allocated", "held after", "process:", "cores", "peak" })
            Assert.DoesNotContain(english, output, StringComparison.Ordinal);
    }

    /// <summary>The library's own English texts: none may reach a person.</summary>
    private static readonly string[] LibraryEnglish =
    [
        "Description:", "Usage:", "Options:", "Commands:", "Arguments:", "[default:", "Show help", "Show version",
        "usage information", "version information", "<content>", "<output>", "<templates>", "<port>", "Required",
    ];

    /// <summary>
    /// English words, whole and in any case, once the options' own names are set aside (« --output » is a name, and so is
    /// the folder « output » given as a default).
    /// </summary>
    private static readonly string[] EnglishWords =
    [
        "the", "and", "of", "for", "with", "from", "default", "human", "show", "help", "usage", "required", "value", "file",
        "folder", "path", "enable", "display", "text", "command", "commands", "arguments",
    ];

    /// <summary>Every command registered, the ones added later included, and the top level ("").</summary>
    public static TheoryData<string> Commands() => new(["", .. CliApp.CommandNames()]);

    [Theory]
    [MemberData(nameof(Commands))]
    public void Every_help_is_in_french_under_the_name_typed(string command)
    {
        var args = command.Length == 0 ? new[] { "--help" } : command == "new"
            ? new[] { "new", "--content", Repository.Content, "--help" }
            : new[] { command, "--help" };
        var (code, output, error) = Run(args);
        Assert.Equal(0, code);
        Assert.Empty(error);
        foreach (var english in LibraryEnglish)
            Assert.DoesNotContain(english, output, StringComparison.Ordinal);
        var words = System.Text.RegularExpressions.Regex.Replace(output, @"(?<![\p{L}])-{1,2}[\p{L}-]+|\./build\.sh", " ");
        foreach (var english in EnglishWords)
            Assert.DoesNotMatch($@"(?i)(?<![\p{{L}}'’-]){english}(?![\p{{L}}'’-])", words);
        Assert.Contains("Utilisation : ./build.sh", output);
        Assert.Contains("Options :", output);
        Assert.DoesNotContain("osez", output, StringComparison.Ordinal);
    }

    [Fact]
    public void The_top_level_help_lists_every_command_and_the_version_is_shown()
    {
        var (_, help, _) = Run("--help");
        foreach (var command in new[] { "build", "check", "new", "serve", "--version" })
            Assert.Contains(command, help);
        var (code, version, _) = Run("--version");
        Assert.Equal(0, code);
        Assert.Matches(@"^\d+\.\d+", version.Trim());
    }

    [Fact]
    public void A_mistyped_command_or_option_gets_a_suggestion_and_the_help_the_person_can_type()
    {
        var (code, _, error) = Run("chek");
        Assert.Equal(2, code);
        Assert.Contains("Vouliez-vous dire « check » ?", error);
        Assert.Single(error.Split('\n'), l => l.StartsWith("Erreur :", StringComparison.Ordinal));
        Assert.Contains("« ./build.sh --help »", error);
        Assert.DoesNotContain("osez", error, StringComparison.Ordinal);

        (code, _, error) = Run("check", "--strcit");
        Assert.Equal(2, code);
        Assert.Contains("« --strict »", error);
        Assert.Contains("« ./build.sh check --help »", error);
    }

    [Fact]
    public void Information_messages_are_counted_in_one_line_unless_details_are_asked_for()
    {
        using var site = TestSite.FromShippedContent();
        var (_, output, _) = Run("check", "--content", site.ContentPath, "--templates", Repository.Templates);
        Assert.DoesNotContain("information KB0204", output);
        Assert.Matches(@"\d+ informations \(KB0204 terme inutilisé ×\d+", output);
        Assert.Contains("--details", output);
        (_, output, _) = Run("check", "--details", "--content", site.ContentPath, "--templates", Repository.Templates);
        Assert.Contains("information KB0204", output);
    }

    [Theory]
    [InlineData("abc")]
    [InlineData("70000")]
    [InlineData("-1")]
    public void Serve_reports_a_wrong_port_like_any_usage_error(string port)
    {
        var (code, output, error) = Run("serve", "--port", port);
        Assert.Equal(2, code);
        Assert.Empty(output);
        Assert.Contains("n'est pas un port", error);
        Assert.Contains("« ./build.sh serve --help »", error);
        Assert.DoesNotContain("Exception", error);
    }
}
