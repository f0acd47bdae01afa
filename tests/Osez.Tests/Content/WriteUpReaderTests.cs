using Osez.Diagnostics;
using Osez.Tests.Support;

namespace Osez.Tests.Content;

/// <summary>Front-matter reading, through a real check of the minimal fixture with one write-up changed.</summary>
public sealed class WriteUpReaderTests
{
    private static Osez.Building.BuildResult CheckWith(string text)
    {
        using var site = TestSite.FromFixture("minimal");
        site.Write("fiches/essai.md", text);
        return site.Check();
    }

    private static Diagnostic OnlyIn(Osez.Building.BuildResult result, DiagnosticCode code)
    {
        var matches = result.Diagnostics.Where(d => d.Code == code.Id && d.Location.File == "content/fiches/essai.md").ToList();
        Assert.True(matches.Count == 1, DiagnosticAssertions.Describe(result.Diagnostics));
        return matches[0];
    }

    [Fact]
    public void The_valid_sample_is_clean()
    {
        var result = CheckWith(WriteUpText.Valid);
        Assert.DoesNotContain(result.Diagnostics, d => d.Location.File == "content/fiches/essai.md");
    }

    [Fact]
    public void A_missing_required_field_is_named()
    {
        var diagnostic = OnlyIn(CheckWith(WriteUpText.Valid.Replace("titre: \"Une action collective de test\"\n", "")), DiagnosticCodes.RequiredField);
        Assert.Contains("« titre »", diagnostic.Message);
        Assert.Contains("titre:", diagnostic.Hint);
    }

    [Fact]
    public void A_date_that_is_not_a_date_is_located()
    {
        var diagnostic = OnlyIn(CheckWith(WriteUpText.Valid.Replace("date_publication: 2025-03-14", "date_publication: 14/03/2025")), DiagnosticCodes.InvalidDate);
        Assert.Equal(4, diagnostic.Location.Line);
        Assert.Contains("14/03/2025", diagnostic.Message);
    }

    [Fact]
    public void A_list_given_as_a_text_is_a_wrong_type_with_the_list_syntax_in_the_hint()
    {
        var diagnostic = OnlyIn(CheckWith(WriteUpText.Valid.Replace("thematiques: [energie]", "thematiques: energie, logement-habitat")), DiagnosticCodes.WrongType);
        Assert.Contains("[energie, logement-habitat]", diagnostic.Hint);
    }

    [Fact]
    public void A_term_list_of_the_wrong_type_is_reported_once_not_also_as_missing()
    {
        var result = CheckWith(WriteUpText.Valid.Replace("thematiques: [energie]", "thematiques: energie, logement-habitat"));
        Assert.DoesNotContain(result.Diagnostics, d => d.Code == DiagnosticCodes.RequiredField.Id && d.Location.File == "content/fiches/essai.md");
        var empty = CheckWith(WriteUpText.Valid.Replace("thematiques: [energie]", "thematiques:"));
        Assert.Contains("« thematiques »", OnlyIn(empty, DiagnosticCodes.RequiredField).Message);
    }

    [Fact]
    public void A_title_too_short_is_a_length_error()
        => OnlyIn(CheckWith(WriteUpText.Valid.Replace("\"Une action collective de test\"", "Court")), DiagnosticCodes.Length);

    [Fact]
    public void An_unknown_key_is_a_warning_with_a_suggestion()
    {
        var diagnostic = OnlyIn(CheckWith(WriteUpText.Valid.Replace("statut: publie", "statut: publie\nthematique: [energie]")), DiagnosticCodes.UnknownKey);
        Assert.Equal(Severity.Warning, diagnostic.Severity);
        Assert.Contains("thematiques", diagnostic.Hint);
    }

    [Fact]
    public void An_unknown_term_suggests_the_closest_ones_whatever_the_accents()
    {
        var diagnostic = OnlyIn(CheckWith(WriteUpText.Valid.Replace("thematiques: [energie]", "thematiques: [Acces aux droits]")), DiagnosticCodes.UnknownTerm);
        Assert.Contains("acces-aux-droits", diagnostic.Hint);
        Assert.Equal(14, diagnostic.Location.Line);
    }

    [Fact]
    public void Too_many_terms_for_a_single_valued_vocabulary()
        => OnlyIn(CheckWith(WriteUpText.Valid.Replace("departement: \"59\"", "departement: [\"59\", \"2A\"]")), DiagnosticCodes.TooManyTerms);

    [Fact]
    public void A_period_that_ends_before_it_starts()
        => OnlyIn(CheckWith(WriteUpText.Valid.Replace("fin: 2025-02", "fin: 2022-02")), DiagnosticCodes.IncoherentPeriod);

    [Fact]
    public void A_publication_in_the_future()
        => OnlyIn(CheckWith(WriteUpText.Valid.Replace("date_publication: 2025-03-14", "date_publication: 2030-01-01")), DiagnosticCodes.FutureDate);

    [Fact]
    public void A_group_size_that_is_an_exact_count()
        => OnlyIn(CheckWith(WriteUpText.Valid.Replace("taille_groupe: 8-15", "taille_groupe: 12")), DiagnosticCodes.InvalidGroupSize);

    [Fact]
    public void A_published_write_up_needs_its_anonymisation_review()
    {
        var text = WriteUpText.Valid.Replace("relecture_anonymisation:\n  faite: true\n  par: Relectrice\n  date: 2025-03-10\n", "");
        var diagnostic = OnlyIn(CheckWith(text), DiagnosticCodes.ReviewMissing);
        Assert.Contains("brouillon", diagnostic.Hint);
    }

    [Fact]
    public void A_related_write_up_that_does_not_exist()
    {
        var text = WriteUpText.Valid.Replace("statut: publie", "liens:\n  - fiche: groupe-de-parent\n    pourquoi: Pour voir.\nstatut: publie");
        var diagnostic = OnlyIn(CheckWith(text), DiagnosticCodes.UnknownRelatedWriteUp);
        Assert.Contains("groupe-de-parents", diagnostic.Hint);
    }

    [Fact]
    public void A_body_link_to_an_unknown_write_up_is_reported_at_its_line()
    {
        var diagnostic = OnlyIn(CheckWith(WriteUpText.Valid + "\nVoir [ici](fiche:locataires-et-energi).\n"), DiagnosticCodes.UnknownWriteUpLink);
        Assert.Equal(24, diagnostic.Location.Line);
        Assert.Contains("locataires-et-energie", diagnostic.Hint);
    }

    [Theory]
    [InlineData("[clic](javascript:alert(1))")]
    [InlineData("[clic](JavaScript:alert(1))")]
    [InlineData("[clic](jav&#x09;ascript:alert(1))")]
    [InlineData("[clic](data:text/html;base64,PHNjcmlwdD4=)")]
    [InlineData("![image](data:image/png;base64,iVBOR)")]
    [InlineData("[clic](vbscript:msgbox)")]
    public void Dangerous_links_are_refused(string link)
        => OnlyIn(CheckWith(WriteUpText.Valid + "\n" + link + "\n"), DiagnosticCodes.DangerousLink);

    [Theory]
    [InlineData("![photo](../../site.yml)")]
    [InlineData("![photo](/etc/passwd)")]
    public void Paths_leaving_the_site_are_refused(string link)
    {
        var result = CheckWith(WriteUpText.Valid + "\n" + link + "\n");
        Assert.Contains(result.Diagnostics, d => d.Location.File == "content/fiches/essai.md"
            && (d.Code == DiagnosticCodes.PathOutsideSite.Id || d.Code == DiagnosticCodes.MissingFile.Id || d.Code == DiagnosticCodes.UnknownWriteUpLink.Id));
        Assert.True(result.HasErrors);
    }

    [Theory]
    [InlineData("juin 2024", "2024-06")]
    [InlineData("Février 2023", "2023-02")]
    [InlineData("sept. 2022", "2022-09")]
    [InlineData("06/2024", "2024-06")]
    [InlineData("15/06/2024", "2024-06")]
    [InlineData("2024-06-15", "2024-06")]
    [InlineData("l'an dernier", null)]
    [InlineData("2024", null)]
    public void A_month_written_otherwise_is_suggested_as_the_same_month(string typed, string? expected)
        => Assert.Equal(expected, Osez.Content.WriteUpReader.MonthGuess(typed));

    [Fact]
    public void The_hint_for_a_phone_number_is_a_header_valid_as_written()
    {
        var hint = new Osez.Anonymisation.Detectors.PhoneNumberDetector().Hint;
        var yaml = hint[(hint.IndexOf('\n') + 1)..];
        var diagnostics = new DiagnosticBag();
        var node = Assert.IsType<Osez.Yaml.YMapping>(Osez.Yaml.YamlTreeReader.Read(yaml, "f.md", 2, diagnostics));
        Assert.Empty(diagnostics.Sorted());
        var contact = Assert.IsType<Osez.Yaml.YMapping>(node["contact"]);
        Assert.Equal("01 23 45 67 89", Assert.IsType<Osez.Yaml.YScalar>(contact["telephone"]).Value);
    }
}
