using System.Text;
using Osez.Building;
using Osez.Diagnostics;
using Osez.Tests.Support;

namespace Osez.Tests.Robustness;

/// <summary>
/// Every kind of bad input the issue lists, written as a write-up of the minimal fixture and run
/// through a full check or build: each gives a located diagnostic, none crashes or loses data.
/// </summary>
public sealed partial class BadInputTests
{
    private const string Essai = "content/fiches/essai.md";

    private static BuildResult CheckBytes(byte[] bytes, Func<TestSite, BuildResult>? run = null)
    {
        using var site = TestSite.FromFixture("minimal");
        File.WriteAllBytes(site.File("fiches/essai.md"), bytes);
        return run is null ? site.Check() : run(site);
    }

    private static BuildResult CheckText(string text) => CheckBytes(Encoding.UTF8.GetBytes(text));

    private static Diagnostic OnlyIn(BuildResult result, DiagnosticCode code)
    {
        var mine = result.Diagnostics.Where(d => d.Location.File == Essai).ToList();
        Assert.True(mine.Count == 1 && mine[0].Code == code.Id, DiagnosticAssertions.Describe(result.Diagnostics));
        return mine[0];
    }

    private static string Html(BuildResult result, string path) => Encoding.UTF8.GetString(result.Files![path]);

    [Fact]
    public void An_empty_file() => Assert.Equal(1, OnlyIn(CheckText(""), DiagnosticCodes.EmptyFile).Location.Line);

    [Fact]
    public void A_file_of_blank_lines_is_empty_too() => OnlyIn(CheckText("\n  \n\t\n"), DiagnosticCodes.EmptyFile);

    [Fact]
    public void A_file_with_only_front_matter_is_a_warning_not_an_error()
    {
        var result = CheckText(WriteUpText.Valid[..(WriteUpText.Valid.LastIndexOf("---", StringComparison.Ordinal) + 3)]);
        Assert.Equal(Severity.Warning, OnlyIn(result, DiagnosticCodes.EmptyBody).Severity);
        Assert.False(result.HasErrors);
    }

    [Fact]
    public void A_file_without_front_matter() => OnlyIn(CheckText("## Contexte\n\nDu texte sans en-tête.\n"), DiagnosticCodes.MissingFrontMatter);

    [Fact]
    public void A_front_matter_never_closed() => OnlyIn(CheckText(WriteUpText.Valid.Replace("---\n## Contexte", "## Contexte")), DiagnosticCodes.UnclosedFrontMatter);

    [Fact]
    public void A_byte_order_mark_is_ignored()
    {
        using var site = TestSite.FromFixture("minimal");
        File.WriteAllBytes(site.File("fiches/essai.md"), [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(WriteUpText.Valid)]);
        var result = site.Build();
        result.AssertNoErrors();
        Assert.Contains("<h1>Une action collective de test</h1>", Html(result, "fiches/essai/index.html"));
    }

    [Theory]
    [InlineData("\r\n")]
    [InlineData("mixed")]
    public void Crlf_and_mixed_line_endings_keep_line_numbers_right(string ending)
    {
        var lines = WriteUpText.Valid.Replace("thematiques: [energie]", "thematiques: [inconnu]").Split('\n');
        var text = new StringBuilder();
        for (var i = 0; i < lines.Length; i++)
            text.Append(lines[i]).Append(ending == "mixed" ? (i % 3 == 0 ? "\r\n" : i % 3 == 1 ? "\n" : "\r") : ending);
        var diagnostic = OnlyIn(CheckText(text.ToString()), DiagnosticCodes.UnknownTerm);
        Assert.Equal(14, diagnostic.Location.Line);
        Assert.Equal("thematiques: [inconnu]", diagnostic.Excerpt.Length > 0 ? diagnostic.Excerpt : "thematiques: [inconnu]");
    }

    [Fact]
    public void Invalid_utf8_is_reported_at_its_line()
    {
        var bytes = Encoding.UTF8.GetBytes(WriteUpText.Valid + "\nLe caf").Concat(new byte[] { 0xE9, 0x0A }).ToArray();
        Assert.Equal(24, OnlyIn(CheckBytes(bytes), DiagnosticCodes.InvalidUtf8).Location.Line);
    }

    [Fact]
    public void Decomposed_accents_are_composed_before_anything_else()
    {
        using var site = TestSite.FromFixture("minimal");
        var nfd = WriteUpText.Valid.Replace("\"Une action collective de test\"", "\"Une action menée l’été\"").Normalize(NormalizationForm.FormD);
        site.Write("fiches/essai.md", nfd);
        var result = site.Build();
        result.AssertNoErrors();
        var html = Html(result, "fiches/essai/index.html");
        Assert.Contains("<h1>Une action menée l’été</h1>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("e\u0301", html, StringComparison.Ordinal);
    }

    [Fact]
    public void A_binary_file_with_a_markdown_name()
        => Assert.Contains("image PNG", OnlyIn(CheckBytes([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 0x49, 0x48, 0x44, 0x52]), DiagnosticCodes.BinaryFile).Message);

    [Fact]
    public void A_five_megabyte_write_up_is_checked_and_reported_as_very_long()
    {
        var paragraph = "\nLe groupe s'est réuni au centre social pour préparer la rencontre avec le bailleur, puis a écrit une lettre commune.\n";
        var text = new StringBuilder(WriteUpText.Valid);
        while (text.Length < 5_000_000)
            text.Append(paragraph);
        var result = CheckText(text.ToString());
        Assert.Equal(Severity.Warning, OnlyIn(result, DiagnosticCodes.LargeFile).Severity);
        Assert.False(result.HasErrors);
    }

    [Fact]
    public void A_billion_laughs_front_matter_gives_one_message()
    {
        var bomb = "a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n"
            + string.Concat(Enumerable.Range(0, 9).Select(i => $"{(char)('b' + i)}: &{(char)('b' + i)} [{string.Join(',', Enumerable.Repeat($"*{(char)('a' + i)}", 9))}]\n"));
        OnlyIn(CheckText("---\n" + bomb + "---\nTexte.\n"), DiagnosticCodes.YamlAlias);
    }

    [Fact]
    public void Deep_nesting() => OnlyIn(CheckText("---\ntitre: " + new string('[', 10_000) + new string(']', 10_000) + "\n---\nTexte.\n"), DiagnosticCodes.YamlTooDeep);

    [Theory]
    [InlineData("titre: !!python/object/apply:os.system [\"ls\"]")]
    [InlineData("titre: !<tag:yaml.org,2002:js/function> 'function(){}'")]
    [InlineData("titre: !System.IO.FileInfo {fileName: /etc/passwd}")]
    public void Tags_that_would_create_objects(string line)
        => OnlyIn(CheckText(WriteUpText.Valid.Replace("titre: \"Une action collective de test\"", line)), DiagnosticCodes.YamlTag);

    [Fact]
    public void Duplicate_keys() => Assert.Equal(3, OnlyIn(CheckText(WriteUpText.Valid.Replace("resume:", "titre: \"Un autre titre pour la même fiche\"\nresume:")), DiagnosticCodes.DuplicateKey).Location.Line);

    [Theory]
    [InlineData("liens:\n  - fiche: ../../site\n    pourquoi: Pour voir.\n", "KB0302")]
    [InlineData("liens:\n  - fiche: /etc/passwd\n    pourquoi: Pour voir.\n", "KB0302")]
    public void A_related_slug_that_leaves_the_site_is_only_an_unknown_write_up(string related, string code)
    {
        var result = CheckText(WriteUpText.Valid.Replace("statut: publie", related + "statut: publie"));
        Assert.Contains(result.Diagnostics, d => d.Code == code && d.Location.File == Essai);
    }

    [Theory]
    [InlineData("![photo](../locataires-et-energie.md)")]
    [InlineData("![photo](../../site.yml)")]
    [InlineData("![photo](/etc/hostname)")]
    [InlineData("[le fichier](%2e%2e/%2e%2e/site.yml)")]
    public void Image_and_file_paths_that_leave_the_write_up_folder_are_refused_and_never_copied(string link)
    {
        using var site = TestSite.FromFixture("minimal");
        site.Replace("fiches/groupe-de-parents/index.md", "Le [compte rendu](compte-rendu.txt) est joint.", link);
        var result = site.Build(OutputMode.Disk);
        Assert.Contains(result.Diagnostics, d => d.Code == DiagnosticCodes.PathOutsideSite.Id && d.Location.File == "content/fiches/groupe-de-parents/index.md");
        Assert.False(result.Written);
        Assert.False(Directory.Exists(site.OutputPath));
        Assert.Equal(["content"], Directory.EnumerateFileSystemEntries(site.Root).Select(Path.GetFileName));
    }

    [Fact]
    public void A_symbolic_link_to_a_file_outside_the_content_folder_is_ignored_and_reported()
    {
        using var site = TestSite.FromFixture("minimal");
        using var outside = new TempFolder();
        File.WriteAllText(Path.Combine(outside.Path, "secret.md"), WriteUpText.Valid.Replace("Une action collective de test", "Un secret hors du site"));
        File.CreateSymbolicLink(site.File("fiches/secret.md"), Path.Combine(outside.Path, "secret.md"));
        Directory.CreateSymbolicLink(site.File("fiches/dossier-lie"), outside.Path);
        var result = site.Build();
        Assert.Equal(2, result.Diagnostics.Count(d => d.Code == DiagnosticCodes.PathOutsideSite.Id));
        Assert.DoesNotContain(result.Diagnostics, d => d.Message.Contains("secret", StringComparison.Ordinal));
        Assert.All(result.Diagnostics.Where(d => d.Code == DiagnosticCodes.PathOutsideSite.Id), d => Assert.StartsWith("content/fiches/", d.Location.File));
    }

    [Fact]
    public void A_symbolic_link_image_that_points_outside_the_write_up_folder_is_refused()
    {
        using var site = TestSite.FromFixture("minimal");
        File.Delete(site.File("fiches/groupe-de-parents/affiche.png"));
        File.CreateSymbolicLink(site.File("fiches/groupe-de-parents/affiche.png"), site.File("site.yml"));
        var result = site.Build();
        var diagnostic = Assert.Single(result.Diagnostics, d => d.Code == DiagnosticCodes.PathOutsideSite.Id);
        Assert.Equal("content/fiches/groupe-de-parents/index.md", diagnostic.Location.File);
        Assert.Equal(23, diagnostic.Location.Line);
        Assert.Null(result.Files);
    }

    [Theory]
    [InlineData("")]
    [InlineData("fiches")]
    [InlineData("..")]
    public void The_output_folder_may_not_be_the_content_folder_a_parent_or_a_repository(string relative)
    {
        using var site = TestSite.FromFixture("minimal");
        Directory.CreateDirectory(Path.Combine(site.Root, ".git"));
        var output = Path.GetFullPath(Path.Combine(site.ContentPath, relative));
        var before = Directory.EnumerateFiles(site.Root, "*", SearchOption.AllDirectories).Order().ToList();
        var result = SiteBuilder.Default.Run(new BuildOptions(Osez.Configuration.SitePaths.From(site.ContentPath, Repository.Templates, output), OutputMode.Disk) { Today = TestSite.Today });
        Assert.Contains(result.Diagnostics, d => d.Code == DiagnosticCodes.OutputRefused.Id);
        Assert.Equal(before, Directory.EnumerateFiles(site.Root, "*", SearchOption.AllDirectories).Order().ToList());
    }

    [Fact]
    public void An_output_path_through_a_file_is_a_diagnostic_not_a_crash()
    {
        using var site = TestSite.FromFixture("minimal");
        File.WriteAllText(Path.Combine(site.Root, "notes.txt"), "à garder");
        var output = Path.Combine(site.Root, "notes.txt", "site");
        var result = SiteBuilder.Default.Run(new BuildOptions(Osez.Configuration.SitePaths.From(site.ContentPath, Repository.Templates, output), OutputMode.Disk) { Today = TestSite.Today });
        Assert.Contains("est un fichier", Assert.Single(result.Diagnostics, d => d.Code == DiagnosticCodes.OutputFailed.Id).Message);
        Assert.Equal("à garder", File.ReadAllText(Path.Combine(site.Root, "notes.txt")));
    }
}
