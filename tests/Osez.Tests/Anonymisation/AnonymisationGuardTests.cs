using Osez.Building;
using Osez.Cli;
using Osez.Diagnostics;
using Osez.Tests.Support;

namespace Osez.Tests.Anonymisation;

/// <summary>The guard through a real check of the minimal fixture with one write-up changed.</summary>
public sealed class AnonymisationGuardTests
{
    private const string Essai = "content/fiches/essai.md";

    private static BuildResult CheckWith(string text, Action<TestSite>? prepare = null)
    {
        using var site = TestSite.FromFixture("minimal");
        site.Write("fiches/essai.md", text);
        prepare?.Invoke(site);
        return site.Check();
    }

    private static IReadOnlyList<Diagnostic> In(BuildResult result, string file = Essai)
        => result.Diagnostics.Where(d => d.Location.File == file).ToList();

    [Fact]
    public void A_phone_number_in_the_body_is_an_error_at_its_line_and_column_shown_masked()
    {
        var result = CheckWith(WriteUpText.Valid + "\nElle nous a laissé son numéro, le 06 12 34 56 78, pour la rappeler.\n");
        var diagnostic = Assert.Single(In(result));
        Assert.Equal(DiagnosticCodes.PersonalPhone.Id, diagnostic.Code);
        Assert.Equal(Severity.Error, diagnostic.Severity);
        Assert.Equal(24, diagnostic.Location.Line);
        Assert.Equal(35, diagnostic.Location.Column);
        Assert.Contains("« 06 •• •• •• 78 »", diagnostic.Message);
        Assert.DoesNotContain("12 34 56", diagnostic.Message + diagnostic.Excerpt + diagnostic.Hint);
        Assert.Equal("Elle nous a laissé son numéro, le 06 •• •• •• 78, pour la rappeler.", diagnostic.Excerpt);
        Assert.True(result.HasErrors);
    }

    [Fact]
    public void Front_matter_values_are_checked_where_they_are_written()
    {
        var text = WriteUpText.Valid.Replace(
            "resume: \"Un résumé assez long pour respecter la longueur minimale demandée aux fiches.\"",
            "resume: >-\n  Un résumé assez long pour respecter la longueur minimale,\n  raconté par Mme Dupont et sa fille.");
        var diagnostic = Assert.Single(In(CheckWith(text)));
        Assert.Equal(DiagnosticCodes.PersonalHonorificName.Id, diagnostic.Code);
        Assert.Equal((5, 15), (diagnostic.Location.Line, diagnostic.Location.Column));
        Assert.Equal("  raconté par Mme D••••• et sa fille.", diagnostic.Excerpt);
    }

    [Fact]
    public void Image_alt_texts_and_attachment_names_are_checked()
    {
        using var site = TestSite.FromFixture("minimal");
        site.Replace("fiches/groupe-de-parents/index.md", "![Affiche de la réunion](affiche.png)", "![Karim, 34 ans, devant l'affiche](affiche.png)");
        File.Copy(site.File("fiches/groupe-de-parents/affiche.png"), site.File("fiches/groupe-de-parents/mme-benali-au-jardin.png"));
        var result = site.Check();
        var found = In(result, "content/fiches/groupe-de-parents/index.md");
        Assert.Contains(found, d => d.Code == DiagnosticCodes.PersonalFirstNameAge.Id && d.Location.Line == 23);
        var name = Assert.Single(found, d => d.Code == DiagnosticCodes.PersonalHonorificName.Id);
        Assert.Contains("« mme-b•••••-••-jardin »", name.Message);
        Assert.Contains("Renommez le fichier", name.Hint);
    }

    [Fact]
    public void The_file_name_of_the_write_up_itself_is_checked()
    {
        using var site = TestSite.FromFixture("minimal");
        site.Write("fiches/madame-dupont-et-ses-enfants.md", WriteUpText.Valid);
        var result = site.Check();
        Assert.Single(In(result, "content/fiches/madame-dupont-et-ses-enfants.md"), d => d.Code == DiagnosticCodes.PersonalHonorificName.Id);
    }

    [Fact]
    public void Declared_authors_and_contact_do_not_trigger()
    {
        var text = WriteUpText.Valid.Replace("statut: publie",
            "contact:\n  structure: Centre social\n  courriel: accueil.centre@mairie-exemple.fr\n  telephone: 03 20 00 00 00\nstatut: publie")
            + "\nMme Martin, l'autrice, répond au 03 20 00 00 00 ou à accueil.centre@mairie-exemple.fr ; Claire Martin anime aussi le groupe.\n";
        Assert.Empty(In(CheckWith(text)));
    }

    [Fact]
    public void A_persons_address_as_the_contact_is_an_error_there_and_in_the_text()
    {
        var text = WriteUpText.Valid.Replace("statut: publie",
            "contact:\n  structure: Centre social\n  courriel: karine.lopez@mairie-exemple.fr\nstatut: publie")
            + "\nPour venir, écrire à karine.lopez@mairie-exemple.fr.\n";
        var found = In(CheckWith(text));
        Assert.Equal(2, found.Count(d => d.Code == DiagnosticCodes.PersonalEmail.Id && d.Severity == Severity.Error));
        var contact = Assert.Single(found, d => d.Hint.Contains("contact.courriel", StringComparison.Ordinal));
        Assert.Contains("accueil@", contact.Hint);
    }

    [Theory]
    [InlineData("karine.lopez@exemple-asso.fr", true)]
    [InlineData("k.lopez@exemple-asso.fr", true)]
    [InlineData("karinelopez@exemple-asso.fr", true)]
    [InlineData("accueil.karine@exemple-asso.fr", true)]
    [InlineData("contact@exemple-asso.fr", false)]
    [InlineData("accueil.ccas@mairie-exemple.fr", false)]
    [InlineData("secretariat@exemple-asso.fr", false)]
    [InlineData("lesgenets@exemple-asso.fr", false)]
    [InlineData("parents-solidaires@lists.exemple-asso.fr", false)]
    public void A_contact_address_is_a_persons_when_it_reads_as_a_name(string address, bool personal)
        => Assert.Equal(personal, Osez.Anonymisation.Detectors.EmailDetector.IsPersonalAddress(address));

    [Fact]
    public void Service_addresses_are_not_reported_anywhere()
    {
        var text = WriteUpText.Valid + "\nÉcrire à contact@centre-social-exemple.fr, à accueil@ccas-exemple.fr ou au secretariat@asso-exemple.fr ; "
            + "pas à karim.benali@gmail.com.\n";
        var found = Assert.Single(In(CheckWith(text)));
        Assert.Equal(DiagnosticCodes.PersonalEmail.Id, found.Code);
        Assert.Contains("ka•", found.Message);
    }

    [Fact]
    public void Drafts_are_checked_too()
    {
        var result = CheckWith(WriteUpText.Valid.Replace("statut: publie", "statut: brouillon") + "\nÉcrire à karim.b@gmail.com.\n");
        Assert.Single(In(result), d => d.Code == DiagnosticCodes.PersonalEmail.Id);
    }

    [Fact]
    public void Pages_are_checked_too()
    {
        using var site = TestSite.FromFixture("minimal");
        site.Write("pages/a-propos.md", site.Read("pages/a-propos.md") + "\nContact du rédacteur : 06 12 34 56 78.\n");
        Assert.Single(In(site.Check(), "content/pages/a-propos.md"), d => d.Code == DiagnosticCodes.PersonalPhone.Id);
    }

    [Fact]
    public void An_accepted_passage_is_listed_as_information_and_no_longer_blocks()
    {
        var text = WriteUpText.Valid.Replace("statut: publie",
            "anonymisation_acceptee:\n  - texte: \"Madame Bovary\"\n    raison: \"Personnage de roman lu par le groupe, pas une personne accompagnée.\"\nstatut: publie")
            + "\nLe groupe de lecture a choisi Madame Bovary.\n";
        var result = CheckWith(text);
        var accepted = Assert.Single(In(result));
        Assert.Equal(DiagnosticCodes.AcceptedFinding.Id, accepted.Code);
        Assert.Equal(Severity.Information, accepted.Severity);
        Assert.Equal(27, accepted.Location.Line);
        Assert.Contains("Madame Bovary", accepted.Message);
        Assert.Contains("Personnage de roman", accepted.Message);
        Assert.False(result.HasErrors);
    }

    [Fact]
    public void An_accepted_passage_that_matches_nothing_is_a_warning()
    {
        var text = WriteUpText.Valid.Replace("statut: publie",
            "anonymisation_acceptee:\n  - texte: \"Madame Bovary\"\n    raison: \"Personnage de roman lu par le groupe.\"\nstatut: publie");
        var diagnostic = Assert.Single(In(CheckWith(text)));
        Assert.Equal(DiagnosticCodes.UnusedAcceptance.Id, diagnostic.Code);
        Assert.Equal(16, diagnostic.Location.Line);
    }

    [Fact]
    public void A_social_security_number_cannot_be_accepted()
    {
        var text = WriteUpText.Valid.Replace("statut: publie",
            "anonymisation_acceptee:\n  - texte: \"1 89 03 59 350 123 08\"\n    raison: \"Un exemple de numéro pour la formation.\"\nstatut: publie")
            + "\nExemple : 1 89 03 59 350 123 08.\n";
        var found = In(CheckWith(text));
        Assert.Contains(found, d => d.Code == DiagnosticCodes.PersonalNir.Id && d.Severity == Severity.Error);
        Assert.Contains(found, d => d.Code == DiagnosticCodes.UnusedAcceptance.Id);
        Assert.DoesNotContain(found, d => d.Code == DiagnosticCodes.AcceptedFinding.Id);
    }

    [Fact]
    public void An_accepted_passage_needs_a_real_reason()
    {
        var text = WriteUpText.Valid.Replace("statut: publie",
            "anonymisation_acceptee:\n  - texte: \"Madame Bovary\"\n    raison: ok\nstatut: publie")
            + "\nLe groupe a lu Madame Bovary.\n";
        var found = In(CheckWith(text));
        Assert.Contains(found, d => d.Code == DiagnosticCodes.Length.Id && d.Message.Contains("raison", StringComparison.Ordinal));
        Assert.Contains(found, d => d.Code == DiagnosticCodes.PersonalHonorificName.Id);
    }

    [Fact]
    public void Other_messages_on_a_line_with_personal_data_quote_it_masked()
    {
        var text = WriteUpText.Valid + "\nVoir [la fiche](fiche:inconnue) de Mme Dupont.\n";
        var result = CheckWith(text);
        var link = Assert.Single(In(result), d => d.Code == DiagnosticCodes.UnknownWriteUpLink.Id);
        Assert.Equal("Voir [la fiche](fiche:inconnue) de Mme D•••••.", link.Excerpt);
    }

    [Fact]
    public void On_a_long_line_each_finding_is_shown_centred_under_its_own_caret()
    {
        using var site = TestSite.FromFixture("minimal");
        var filler = string.Concat(Enumerable.Repeat("Le groupe a préparé la rencontre avec le bailleur. ", 30));
        site.Write("fiches/essai.md", WriteUpText.Valid + "\n" + filler + "Appeler le 06 12 34 56 78. " + filler + "Ou le 06 12 34 56 78 le soir.\n");
        var output = new StringWriter();
        CliApp.Run(["check", "--content", site.ContentPath, "--templates", Repository.Templates], output, new StringWriter());
        var lines = output.ToString().Split('\n');
        var found = lines.Select((l, i) => (Line: l, Index: i)).Where(x => x.Line.Contains("KB0403", StringComparison.Ordinal)).ToList();
        Assert.Equal(2, found.Count);
        Assert.NotEqual(found[0].Line, found[1].Line);
        foreach (var (_, index) in found)
        {
            // Location, message, quoted part of the line, caret: the caret stands under the masked number.
            var quoted = lines[index + 2];
            var caret = lines[index + 3];
            Assert.Contains("…", quoted);
            var column = caret.IndexOf('^');
            Assert.True(column > 0, caret);
            Assert.Equal("06 •• •• •• 78", quoted.Substring(column, 14));
        }
    }

    [Theory]
    [InlineData("cour", 3, 1, "cour", 3)]
    [InlineData("abcdefghij", 6, 1, "…defg…", 4)]
    [InlineData("abcdefghij", 9, 1, "…ghij", 4)]
    [InlineData("abcdefghij", 2, 1, "abcd…", 2)]
    [InlineData("abcdefghij", 14, 5, "…ghij", 5)]
    public void An_excerpt_window_keeps_the_column_in_view(string excerpt, int column, int excerptColumn, string shown, int caret)
        => Assert.Equal((shown, caret), ExcerptWindow.Of(excerpt, column, excerptColumn, width: 4));

    [Fact]
    public void The_human_report_never_prints_the_detected_value()
    {
        using var site = TestSite.FromFixture("minimal");
        site.Write("fiches/essai.md", WriteUpText.Valid + "\nSon adresse : 12 rue des Lilas ; son courriel : karim.benali@gmail.com.\n");
        var output = new StringWriter();
        var code = CliApp.Run(["check", "--content", site.ContentPath, "--templates", Repository.Templates], output, new StringWriter());
        var text = output.ToString();
        Assert.Equal(CliApp.ContentErrors, code);
        Assert.Contains("erreur KB0406 content/fiches/essai.md:24:15", text);
        Assert.Contains("erreur KB0402 content/fiches/essai.md:24:49", text);
        Assert.DoesNotContain("Lilas", text);
        Assert.DoesNotContain("benali", text);
    }

    [Fact]
    public void A_build_refuses_to_publish_personal_data()
    {
        using var site = TestSite.FromFixture("minimal");
        site.Replace("fiches/locataires-et-energie.md", "## Démarche", "Mme Dupont a tout organisé.\n\n## Démarche");
        var result = site.Build(OutputMode.Disk);
        Assert.False(result.Written);
        Assert.False(Directory.Exists(site.OutputPath));
        Assert.Single(result.Diagnostics, d => d.Code == DiagnosticCodes.PersonalHonorificName.Id);
    }

    [Theory]
    [InlineData("Karim, \u0663\u0664 ans, est arrivé en cours d'année.")]
    [InlineData("Sonia (\u06F5\u06F2 ans) a proposé la sortie.")]
    [InlineData("Numéro de sécu : 1 \u0668\u0669 \u0660\u0663 \u0665\u0669 \u0663\u0665\u0660 \u0661\u0662\u0663 \u0660\u0668.")]
    [InlineData("Elle est née le \u0661\u0662 mars \u0661\u0669\u0668\u0665, au \u0661\u0662 rue des Lilas.")]
    public void Digits_of_other_scripts_are_not_read_as_numbers_and_never_stop_the_check(string sentence)
    {
        // .NET's \d matches every decimal digit (Arabic-Indic too), which the detectors then parsed: the check stopped
        // on a FormatException (KB0012). Only ASCII digits are numbers to the detectors.
        var result = CheckWith(WriteUpText.Valid + "\n" + sentence + "\n");
        Assert.DoesNotContain(result.Diagnostics, d => d.Code == DiagnosticCodes.UnreadableFile.Id);
        Assert.DoesNotContain(In(result), d => d.Code is "KB0404" or "KB0410");
    }
}
