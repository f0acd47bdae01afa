using Osez.Anonymisation;
using Osez.Anonymisation.Detectors;
using Osez.Content;
using Osez.Tests.Support;

namespace Osez.Tests.Anonymisation;

public sealed class DetectorTests
{
    private static string FixtureFile(string name) => Path.Combine(Repository.Root, "tests", "fixtures", "anonymisation", name);

    private static IEnumerable<string> Lines(string name)
        => File.ReadAllLines(FixtureFile(name)).Where(l => l.Length > 0 && !l.StartsWith('#'));

    public static TheoryData<string, string> Positives()
    {
        var data = new TheoryData<string, string>();
        foreach (var line in Lines("positifs.tsv").Concat(Lines("positifs-non-ajustes.tsv")))
        {
            var tab = line.IndexOf('\t');
            data.Add(line[..tab], line[(tab + 1)..]);
        }
        return data;
    }

    public static TheoryData<string> Negatives() => new(Lines("negatifs.txt"));

    private static IReadOnlyList<string> Codes(string text, DeclaredIdentities? declared = null)
        => PersonalDataDetectors.Scan(text, declared ?? DeclaredIdentities.None).Select(f => f.Detector.Code.Id).ToList();

    /// <summary>
    /// The second round's sets (issue 12), written after the detectors and never used to tune them: they are measured, not
    /// passed sentence by sentence. What they find is in the README and the bench's closing note.
    /// </summary>
    [Fact]
    public void The_second_round_set_is_found_at_95_percent_at_least_with_few_false_alarms()
    {
        var positives = Lines("second-tour-positifs.tsv").Select(l => (Code: l[..l.IndexOf('\t')], Sentence: l[(l.IndexOf('\t') + 1)..])).ToList();
        var negatives = Lines("second-tour-negatifs.txt").ToList();
        Assert.True(positives.Count >= 60 && negatives.Count >= 60);
        var missed = positives.Where(p => !Codes(p.Sentence).Contains(p.Code)).Select(p => $"{p.Code} {p.Sentence}").ToList();
        Assert.True(missed.Count * 100 <= positives.Count * 5, $"{missed.Count} of {positives.Count} missed:\n" + string.Join("\n", missed));
        var fired = negatives.Where(n => Codes(n).Count > 0).Select(n => $"{string.Join(",", Codes(n))} {n}").ToList();
        Assert.True(fired.Count <= MeasuredSecondRoundFalseAlarms, $"{fired.Count} false alarms:\n" + string.Join("\n", fired));
    }

    /// <summary>The false alarms measured on second-tour-negatifs.txt: none may be added.</summary>
    private const int MeasuredSecondRoundFalseAlarms = 1;

    [Theory]
    [MemberData(nameof(Positives))]
    public void Seeded_personal_data_is_detected_with_its_code(string code, string sentence)
        => Assert.Contains(code, Codes(sentence));

    [Theory]
    [MemberData(nameof(Negatives))]
    public void Ordinary_sentences_raise_no_alarm(string sentence)
        => Assert.Empty(Codes(sentence));

    [Fact]
    public void The_measurement_sets_are_large_enough_to_mean_something()
    {
        Assert.True(Positives().Count >= 120);
        Assert.True(Negatives().Count >= 50);
        var codes = Positives().Select(row => row.Data.Item1).Distinct().Order().ToList();
        Assert.Equal(PersonalDataDetectors.All.Select(d => d.Code.Id).Order(), codes);
    }

    [Theory]
    [InlineData("1 89 03 59 350 123 08", true)]
    [InlineData("189035935012308", true)]
    [InlineData("1 89 03 59 350 123 09", false)]
    [InlineData("1 85 05 2A 190 040 88", true)]
    [InlineData("1 85 05 2B 190 040 88", false)]
    [InlineData("1 89 15 59 350 123 08", false)]
    public void A_nir_needs_its_key(string number, bool detected)
        => Assert.Equal(detected, Codes($"Son numéro : {number}.").Contains("KB0404") || Codes($"Le code {number} a été noté.").Contains("KB0404"));

    [Fact]
    public void A_nir_with_a_wrong_key_still_counts_when_named()
    {
        Assert.Empty(Codes("Le code 1 89 03 59 350 123 09 a été noté."));
        Assert.Contains("KB0404", Codes("Numéro de sécurité sociale : 1 89 03 59 350 123 09."));
    }

    [Theory]
    [InlineData("FR76 3000 6000 0112 3456 7890 189", true)]
    [InlineData("FR76 3000 6000 0112 3456 7890 188", false)]
    [InlineData("GB82 WEST 1234 5698 7654 32", true)]
    public void An_iban_needs_its_check_digits(string iban, bool detected)
        => Assert.Equal(detected, Codes($"Compte : {iban} pour le virement.").Contains("KB0405"));

    [Theory]
    [InlineData("06 12 34 56 78")]
    [InlineData("06.12.34.56.78")]
    [InlineData("06-12-34-56-78")]
    [InlineData("0612345678")]
    [InlineData("+33 6 12 34 56 78")]
    [InlineData("+33612345678")]
    [InlineData("+33 (0)6 12 34 56 78")]
    [InlineData("0033 6 12 34 56 78")]
    [InlineData("06\u00A012\u00A034\u00A056\u00A078")]
    [InlineData("+262 692 12 34 56")]
    public void Every_usual_spelling_of_a_french_phone_number_is_found(string number)
        => Assert.Equal(["KB0403"], Codes($"Appeler le {number} demain."));

    [Theory]
    [InlineData("Le 115 et le 3919 sont affichés.")]
    [InlineData("Entre 2019 et 2023, 1 200 repas.")]
    [InlineData("Réf. 2021 0412 3456 7890 1234 du marché.")]
    public void Service_numbers_and_long_digit_runs_are_not_phone_numbers(string sentence)
        => Assert.DoesNotContain("KB0403", Codes(sentence));

    [Fact]
    public void The_declared_contact_and_authors_are_allowed()
    {
        var declared = DeclaredIdentities.Of(
            [new Author("Guérin", "Anne-Laure", "Conseillère", "Caf", string.Empty)],
            new Contact("Centre social", "accueil@centre-social.fr", "01 23 45 67 89", string.Empty));
        Assert.Empty(Codes("Écrire à accueil@centre-social.fr ou appeler le +33 1 23 45 67 89.", declared));
        Assert.Empty(Codes("Mme Guérin et Madame Anne-Laure Guérin ont animé le groupe.", declared));
        Assert.Equal(["KB0409"], Codes("Mme Dupont a animé le groupe.", declared));
        Assert.Equal(["KB0402"], Codes("Écrire à anne.guerin@gmail.com.", declared));
    }

    [Fact]
    public void Reserved_example_domains_are_not_personal_addresses()
        => Assert.Empty(Codes("Par exemple prenom.nom@example.org ou contact@structure.invalid."));

    [Fact]
    public void Names_split_by_markdown_emphasis_or_non_breaking_spaces_are_still_found()
    {
        Assert.Equal(["KB0409"], Codes("C'est Mme **Dupont** qui a lancé l'idée."));
        Assert.Equal(["KB0409"], Codes("C'est Mme\u00A0Dupont qui a lancé l'idée."));
        Assert.Equal(["KB0409"], Codes("C'est Madame\nDupont qui a lancé l'idée."));
    }

    [Fact]
    public void Masking_keeps_the_length_and_the_punctuation()
    {
        Assert.Equal("06 •• •• •• 78", Masking.Mask("06 12 34 56 78", 2, 2));
        var text = "Voir Mme Dupont demain.";
        var detection = new HonorificNameDetector().Find(ScanText.Prepare(text), DeclaredIdentities.None).Single();
        Assert.Equal("Mme D•••••", Masking.Show(text, detection));
    }

    [Fact]
    public void Every_detector_has_its_own_anonymisation_code_and_french_texts()
    {
        var codes = PersonalDataDetectors.All.Select(d => d.Code).ToList();
        Assert.Equal(codes.Count, codes.Distinct().Count());
        Assert.All(codes, c => Assert.StartsWith("KB04", c.Id));
        Assert.All(PersonalDataDetectors.All, d => Assert.False(string.IsNullOrWhiteSpace(d.Hint)));
        Assert.False(new NirDetector().CanBeAccepted);
        Assert.False(new IbanDetector().CanBeAccepted);
    }

    [Fact]
    public void File_names_read_as_words()
        => Assert.Equal("Mme Dupont 34 Ans", AnonymisationGuard.FileNameText("mme-dupont_34-ans"));
}
