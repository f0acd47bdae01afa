using System.Text;
using Osez.Building;
using Osez.Configuration;
using Osez.Diagnostics;
using Osez.Tests.Support;

namespace Osez.Tests.Robustness;

/// <summary>
/// The inputs that crashed the generator or made it work for minutes: characters that cannot be published, bodies
/// nested too deeply, huge values and files, thousands of identical headings. Each is now a located diagnostic,
/// found before the expensive work (no test here measures time: each only has to finish).
/// </summary>
public sealed partial class BadInputTests
{
    private const string Title = "titre: \"Une action collective de test\"";

    /// <summary>The write-up with one more body line after its last one (line 23), which is therefore line 24.</summary>
    private static string WithBodyLine(string line) => WriteUpText.Valid + "\n" + line + "\n";

    // Characters that cannot be published (KB0017)

    [Theory]
    [InlineData("\\uFFFE", "U+FFFE")]
    [InlineData("\\uFFFF", "U+FFFF")]
    [InlineData("\\uFDD0", "U+FDD0")]
    [InlineData("\\U0001FFFE", "U+1FFFE")]
    [InlineData("\\0", "U+0000")]
    [InlineData("\\x01", "U+0001")]
    [InlineData("\\e", "U+001B")]
    [InlineData("\\x7F", "U+007F")]
    [InlineData("\\N", "U+0085")]
    public void A_character_that_cannot_be_published_written_as_an_escape_in_a_title_is_located(string escape, string shown)
    {
        var diagnostic = OnlyIn(CheckText(WriteUpText.Valid.Replace(Title, $"titre: \"Une action {escape} collective de test\"")), DiagnosticCodes.UnpublishableCharacter);
        Assert.Equal((2, 8), (diagnostic.Location.Line, diagnostic.Location.Column));
        Assert.Contains(shown, diagnostic.Message);
    }

    [Fact]
    public void A_lone_half_of_a_surrogate_pair_in_a_title_is_located()
    {
        var result = CheckText(WriteUpText.Valid.Replace(Title, "titre: \"Une action \\uD800 collective de test\""));
        var diagnostic = Assert.Single(result.Diagnostics, d => d.Location.File == Essai);
        Assert.Contains(diagnostic.Code, new[] { DiagnosticCodes.UnpublishableCharacter.Id, DiagnosticCodes.YamlSyntax.Id });
        Assert.Equal(2, diagnostic.Location.Line);
    }

    [Theory]
    [InlineData("resume: \"Un résumé", "resume: \"Un \\uFFFE résumé", 3)]
    [InlineData("prenom: Claire", "prenom: \"Cl\\x00aire\"", 7)]
    [InlineData("thematiques: [energie]", "thematiques: [\"ener\\uFDEFgie\"]", 14)]
    [InlineData("  par: Relectrice", "  par: \"Relec\\x1Btrice\"", 18)]
    [InlineData("statut: publie", "\"st\\uFFFEatut\": publie\nstatut: publie", 15)]
    public void A_character_that_cannot_be_published_anywhere_in_the_front_matter_is_located(string find, string replace, int line)
        => Assert.Equal(line, OnlyIn(CheckText(WriteUpText.Valid.Replace(find, replace)), DiagnosticCodes.UnpublishableCharacter).Location.Line);

    [Theory]
    [InlineData("\uFFFE")]
    [InlineData("\uFDD0")]
    [InlineData("\U0010FFFF")]
    [InlineData("\u0001")]
    [InlineData("\u000B")]
    [InlineData("\u001B")]
    [InlineData("\u007F")]
    [InlineData("\u0085")]
    public void A_character_that_cannot_be_published_typed_in_the_file_is_located_at_its_line_and_column(string character)
    {
        var inTitle = OnlyIn(CheckText(WriteUpText.Valid.Replace(Title, $"titre: \"Une{character} action collective de test\"")), DiagnosticCodes.UnpublishableCharacter);
        Assert.Equal((2, 12), (inTitle.Location.Line, inTitle.Location.Column));
        var inBody = OnlyIn(CheckText(WithBodyLine($"Un texte{character} collé.")), DiagnosticCodes.UnpublishableCharacter);
        Assert.Equal((24, 9), (inBody.Location.Line, inBody.Location.Column));
    }

    [Theory]
    [InlineData("Un texte &#xFFFE; collé.", 24, 10, "U+FFFE")]
    [InlineData("Un texte &#1; collé.", 24, 10, "U+0001")]
    [InlineData("## Un titre &#x7F;", 24, 13, "U+007F")]
    [InlineData("Un [lien](https://exemple.org/&#xFDD0;).", 24, 4, "U+FDD0")]
    [InlineData("![Une image&#x9F;](affiche.png)", 24, 12, "U+009F")]
    [InlineData("Un [lien][r].\n\n[r]: https://exemple.org/ \"titre&#x1B;\"", 26, 1, "U+001B")]
    [InlineData("```texte&#x10FFFF;\ncode\n```", 24, 1, "U+10FFFF")]
    public void A_character_reference_that_gives_a_character_that_cannot_be_published_is_located(string line, int at, int column, string shown)
    {
        var diagnostic = OnlyIn(CheckText(WithBodyLine(line)), DiagnosticCodes.UnpublishableCharacter);
        Assert.Equal((at, column), (diagnostic.Location.Line, diagnostic.Location.Column));
        Assert.Contains(shown, diagnostic.Message);
    }

    [Fact]
    public void Character_references_to_publishable_characters_are_text()
        => Assert.DoesNotContain(CheckText(WithBodyLine("&amp; &eacute; &#233; &#x1F600; &Tab; &#0; &#xD800; et `&#xFFFE;` en code.")).Diagnostics,
            d => d.Location.File == Essai);

    [Fact]
    public void Tabs_and_every_kind_of_line_ending_are_still_text()
    {
        var result = CheckText(WithBodyLine("Un\ttexte\r\navec\rdes fins de ligne.").Replace(Title, "titre: \"Une action\\tcollective de test\""));
        Assert.DoesNotContain(result.Diagnostics, d => d.Location.File == Essai);
    }

    [Fact]
    public void A_title_with_a_noncharacter_no_longer_stops_a_build_or_the_search_index()
    {
        var result = CheckBytes(Encoding.UTF8.GetBytes(WriteUpText.Valid.Replace(Title, "titre: \"Une action \\uFFFE collective de test\"")),
            site => site.Build());
        Assert.Equal(2, OnlyIn(result, DiagnosticCodes.UnpublishableCharacter).Location.Line);
        Assert.Null(result.Files);
    }

    [Fact]
    public void A_character_that_cannot_be_published_in_the_site_settings_or_a_vocabulary_is_located()
    {
        using var site = TestSite.FromFixture("minimal");
        site.Replace("site.yml", "titre: Site d'essai", "titre: \"Site\\uFFFE d'essai\"");
        site.Replace("vocabulaires/thematiques.yml", "libelle: Énergie", "libelle: \"Éner\\x01gie\"");
        var found = site.Check().All(DiagnosticCodes.UnpublishableCharacter).Select(d => (d.Location.File, d.Location.Line)).Order().ToList();
        Assert.Equal([("content/site.yml", 1), ("content/vocabulaires/thematiques.yml", 16)], found);
    }

    [Fact]
    public void A_character_that_cannot_be_published_in_the_theme_texts_is_located()
    {
        using var site = TestSite.FromFixture("minimal");
        using var templates = new TempFolder();
        TempFolder.CopyFolder(Repository.Templates, templates.Path);
        var strings = Path.Combine(templates.Path, "strings", "fr.yml");
        File.WriteAllText(strings, "cle_en_trop: \"\\uFFFF\"\n" + File.ReadAllText(strings));
        var result = SiteBuilder.Default.Run(new BuildOptions(SitePaths.From(site.ContentPath, templates.Path, site.OutputPath), OutputMode.None) { Today = TestSite.Today });
        var diagnostic = result.Single(DiagnosticCodes.UnpublishableCharacter);
        Assert.EndsWith("strings/fr.yml", diagnostic.Location.File, StringComparison.Ordinal);
        Assert.Equal(1, diagnostic.Location.Line);
    }

    // Nesting in the body (KB0018)

    [Fact]
    public void One_body_line_of_130_quote_markers()
    {
        var diagnostic = OnlyIn(CheckText(WithBodyLine(new string('>', 130))), DiagnosticCodes.NestingTooDeep);
        Assert.Equal(24, diagnostic.Location.Line);
        Assert.Contains("130", diagnostic.Message);
    }

    [Fact]
    public void One_body_line_of_130_quote_markers_stops_a_build_with_the_diagnostic_not_a_crash()
    {
        var result = CheckBytes(Encoding.UTF8.GetBytes(WithBodyLine(new string('>', 130) + " Une citation.")), site => site.Build(OutputMode.Disk));
        Assert.Equal(24, OnlyIn(result, DiagnosticCodes.NestingTooDeep).Location.Line);
        Assert.False(result.Written);
    }

    [Theory]
    [InlineData(32, false)]
    [InlineData(33, true)]
    public void Quotes_are_accepted_up_to_32_levels(int levels, bool refused)
    {
        var result = CheckText(WithBodyLine(string.Concat(Enumerable.Repeat("> ", levels)) + "Une citation."));
        Assert.Equal(refused, result.Diagnostics.Any(d => d.Code == DiagnosticCodes.NestingTooDeep.Id));
    }

    [Fact]
    public void Lists_nested_by_indentation_are_refused_at_the_line_that_goes_too_deep()
    {
        var lists = string.Join('\n', Enumerable.Range(0, 200).Select(i => new string(' ', 2 * i) + "- un point"));
        Assert.Equal(24 + 32, OnlyIn(CheckText(WithBodyLine(lists)), DiagnosticCodes.NestingTooDeep).Location.Line);
    }

    [Theory]
    [InlineData("- ")]
    [InlineData("1. ")]
    [InlineData("> - ")]
    public void Lists_opened_on_one_line_are_refused_at_that_line(string marker)
        => Assert.Equal(24, OnlyIn(CheckText(WithBodyLine(string.Concat(Enumerable.Repeat(marker, 200)) + "x")), DiagnosticCodes.NestingTooDeep).Location.Line);

    [Theory]
    [InlineData("*a ", " a*")]
    [InlineData("**a ", " a**")]
    [InlineData("_a ", " a_")]
    [InlineData("![", "](affiche.png)")]
    public void Emphasis_and_links_nested_in_one_paragraph_are_refused_at_their_line(string open, string close)
    {
        var line = string.Concat(Enumerable.Repeat(open, 200)) + "x" + string.Concat(Enumerable.Repeat(close, 200));
        var diagnostic = OnlyIn(CheckText(WithBodyLine("Un paragraphe.\n\n" + line)), DiagnosticCodes.NestingTooDeep);
        Assert.Equal(26, diagnostic.Location.Line);
        Assert.True(diagnostic.Location.Column > 1);
    }

    [Fact]
    public void Emphasis_nested_thousands_of_times_is_refused_at_its_line()
        => Assert.Equal(24, OnlyIn(CheckText(WithBodyLine(new string('*', 6000) + "x" + new string('*', 6000))), DiagnosticCodes.NestingTooDeep).Location.Line);

    [Fact]
    public void Emphasis_nested_too_deeply_in_a_heading_which_markdig_refuses_itself_is_refused_at_the_heading()
    {
        var diagnostic = OnlyIn(CheckText(WithBodyLine("Un paragraphe.\n\n## " + new string('*', 400) + "x" + new string('*', 400) + "\n\nLa suite.")), DiagnosticCodes.NestingTooDeep);
        Assert.Equal(26, diagnostic.Location.Line);
        Assert.StartsWith("Ce paragraphe", diagnostic.Message, StringComparison.Ordinal); // found by parsing the paragraphs one by one
    }

    [Theory]
    [InlineData("- - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - -")]
    [InlineData("* * * * * * * * * * * * * * * * * * * * * * * * * * * * * * * * * * * * * * * *")]
    [InlineData("```\n>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>\n```")]
    public void Separator_lines_and_code_blocks_open_no_level(string text)
        => Assert.DoesNotContain(CheckText(WithBodyLine(text)).Diagnostics, d => d.Location.File == Essai);

    [Fact]
    public void A_page_or_a_learning_path_nested_too_deeply_is_refused_the_same_way()
    {
        using var site = TestSite.FromFixture("minimal");
        File.AppendAllText(site.File("pages/a-propos.md"), "\n" + new string('>', 130) + "\n");
        var diagnostic = site.Check().Single(DiagnosticCodes.NestingTooDeep);
        Assert.Equal("content/pages/a-propos.md", diagnostic.Location.File);
        Assert.True(diagnostic.Location.Line > 1);
    }

    [Fact]
    public void A_link_to_an_anchor_of_a_write_up_nested_too_deeply_is_not_reported_twice()
    {
        using var site = TestSite.FromFixture("minimal");
        site.Write("fiches/essai.md", WithBodyLine(new string('>', 130)));
        site.Replace("fiches/locataires-et-energie.md", "## Démarche", "## Démarche\n\nVoir [l'essai](fiche:essai#contexte).");
        var result = site.Check();
        Assert.Equal(24, result.Single(DiagnosticCodes.NestingTooDeep).Location.Line);
        Assert.DoesNotContain(result.Diagnostics, d => d.Location.File == "content/fiches/locataires-et-energie.md");
    }

    // Sizes (KB0019)

    [Theory]
    [InlineData("[a](")]
    [InlineData("[a][")]
    [InlineData("*a ")]
    [InlineData("_a ")]
    public void A_paragraph_of_marks_that_never_close_is_refused_before_markdig_spends_hours_on_it(string mark)
    {
        var paragraph = string.Concat(Enumerable.Repeat(mark, 500_000 / mark.Length));
        var diagnostic = OnlyIn(CheckText(WithBodyLine("Un paragraphe.\n\n" + paragraph)), DiagnosticCodes.TooLarge);
        Assert.Equal(26, diagnostic.Location.Line);
    }

    [Fact]
    public void A_megabyte_of_long_paragraphs_full_of_links_and_emphasis_is_still_published()
    {
        // 500 paragraphs of 2 000 characters, each with 30 links and 60 emphasis: ten times a heavy write-up.
        var paragraph = string.Concat(Enumerable.Range(0, 30).Select(i => $"Voir [la page {i}](page:a-propos), *une idée* et **un point**. "));
        var text = WriteUpText.Valid + string.Concat(Enumerable.Repeat("\n\n" + paragraph, 500));
        Assert.DoesNotContain(CheckText(text).Diagnostics, d => d.Location.File == Essai && d.Severity == Severity.Error);
    }

    [Fact]
    public void A_20_megabyte_title()
    {
        var result = CheckText(WriteUpText.Valid.Replace(Title, "titre: \"" + new string('x', 20_000_000) + "\""));
        var diagnostic = OnlyIn(result, DiagnosticCodes.TooLarge);
        Assert.Contains("20,0 Mo", diagnostic.Message);
        Assert.Contains(result.Timings, t => t.Stage == "validate"); // the check ran through, without that write-up
    }

    [Fact]
    public void A_title_of_most_of_a_megabyte_is_refused_with_the_front_matter_before_it_is_parsed()
        => Assert.Equal(2, OnlyIn(CheckText(WriteUpText.Valid.Replace(Title, "titre: \"" + new string('x', 900_000) + "\"")), DiagnosticCodes.TooLarge).Location.Line);

    [Fact]
    public void A_value_over_ten_thousand_characters_is_refused_where_it_starts()
    {
        var diagnostic = OnlyIn(CheckText(WriteUpText.Valid.Replace("prenom: Claire", "prenom: " + new string('x', 10_001))), DiagnosticCodes.TooLarge);
        Assert.Equal((7, 13), (diagnostic.Location.Line, diagnostic.Location.Column));
    }

    [Fact]
    public void A_title_over_its_length_but_under_the_value_limit_is_only_too_long()
        => Assert.Equal(2, OnlyIn(CheckText(WriteUpText.Valid.Replace(Title, "titre: \"" + new string('x', 9_000) + "\"")), DiagnosticCodes.Length).Location.Line);

    [Fact]
    public void A_file_over_ten_megabytes_is_not_read()
    {
        var paragraph = "\nLe groupe s'est réuni au centre social pour préparer la rencontre avec le bailleur, puis a écrit une lettre commune.\n";
        var text = new StringBuilder(WriteUpText.Valid);
        while (text.Length < 10_100_000)
            text.Append(paragraph);
        var diagnostic = OnlyIn(CheckText(text.ToString()), DiagnosticCodes.TooLarge);
        Assert.Equal(0, diagnostic.Location.Line);
        Assert.Contains("10 Mo", diagnostic.Message);
    }

    [Fact]
    public void Settings_or_a_vocabulary_over_ten_megabytes_are_not_read()
    {
        using var site = TestSite.FromFixture("minimal");
        File.AppendAllText(site.File("site.yml"), "# " + new string('x', 10_000_000) + "\n");
        File.AppendAllText(site.File("vocabulaires/thematiques.yml"), "# " + new string('x', 10_000_000) + "\n");
        var found = site.Check().All(DiagnosticCodes.TooLarge).Select(d => d.Location.File).Order().ToList();
        Assert.Equal(["content/site.yml", "content/vocabulaires/thematiques.yml"], found);
    }

    // Duplicate headings

    [Fact]
    public void Fifty_thousand_identical_headings_get_the_same_numbered_ids_as_before()
    {
        var headings = string.Concat(Enumerable.Repeat("## Titre\n\nUn paragraphe.\n\n", 50_000));
        using var site = TestSite.FromFixture("minimal");
        site.Write("fiches/essai.md", WriteUpText.Valid + "\n\n" + headings);
        var result = site.Build();
        result.AssertNoErrors();
        var html = Html(result, "fiches/essai/index.html");
        foreach (var id in new[] { "titre", "titre-1", "titre-2", "titre-49999" })
            Assert.Contains($"<h2 id=\"{id}\">", html, StringComparison.Ordinal);
        Assert.DoesNotContain("titre-50000", html, StringComparison.Ordinal);
    }

    // The anonymisation check and link suggestions stay linear

    [Fact]
    public void Thousands_of_addresses_on_one_line_are_each_reported_at_their_column_with_a_short_quote()
    {
        var line = string.Join(' ', Enumerable.Range(0, 5_000).Select(i => $"a{i % 10}@b.fr"));
        var found = CheckText(WithBodyLine(line)).All(DiagnosticCodes.PersonalEmail);
        Assert.Equal(5_000, found.Count);
        Assert.All(found, d => Assert.Equal(24, d.Location.Line));
        Assert.Equal(line.LastIndexOf('a') + 1, found.Max(d => d.Location.Column));
        Assert.All(found, d => Assert.InRange(d.Excerpt.Length, 1, 1_000));
    }

    [Fact]
    public void Thousands_of_broken_anchors_among_thousands_of_headings_are_all_reported()
    {
        var found = CheckText(WriteUpText.Valid + Sections(2_000)).All(DiagnosticCodes.UnknownAnchor);
        Assert.Equal(2_000, found.Count);
        Assert.DoesNotContain(found, d => d.Hint.StartsWith("Vouliez-vous", StringComparison.Ordinal));
    }

    [Fact]
    public void The_first_fifty_broken_anchors_of_a_file_get_a_suggestion()
    {
        var found = CheckText(WriteUpText.Valid + Sections(400)).All(DiagnosticCodes.UnknownAnchor);
        Assert.Equal(400, found.Count);
        Assert.Equal(50, found.Count(d => d.Hint.StartsWith("Vouliez-vous", StringComparison.Ordinal)));
        Assert.Contains("Vouliez-vous écrire #section-numero-0 ?", found.MinBy(d => d.Location.Line)!.Hint);
    }

    /// <summary>Sections, each with a link to its own anchor misspelt.</summary>
    private static string Sections(int count)
        => string.Concat(Enumerable.Range(0, count).Select(i => $"\n## Section numéro {i}\n\nVoir [ici](#section-numero-{i}x).\n"));
}
