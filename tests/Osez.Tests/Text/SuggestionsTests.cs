using Osez.Text;

namespace Osez.Tests.Text;

public sealed class SuggestionsTests
{
    private static readonly (string, string)[] Terms =
    [
        ("acces-aux-droits", "Accès aux droits"),
        ("logement-habitat", "Logement et habitat"),
        ("energie", "Énergie"),
        ("lien-social", "Lien social et isolement"),
    ];

    [Theory]
    [InlineData("Acces aux droits", "acces-aux-droits")]
    [InlineData("accès-aux-droits", "acces-aux-droits")]
    [InlineData("ACCES_AUX_DROITS", "acces-aux-droits")]
    [InlineData("logement", "logement-habitat")]
    [InlineData("énergie", "energie")]
    [InlineData("energi", "energie")]
    [InlineData("Lien social et isolement", "lien-social")]
    public void Finds_the_intended_term_whatever_the_accents_and_case(string typed, string expected)
        => Assert.Equal(expected, Suggestions.Closest(typed, Terms).First());

    [Fact]
    public void Suggests_nothing_for_an_unrelated_word()
        => Assert.Empty(Suggestions.Closest("xylophone", Terms));

    [Theory]
    [InlineData("theme", "thematiques")]
    [InlineData("resumé", "resume")]
    [InlineData("date_pub", "date_publication")]
    public void Suggests_the_key_meant(string typed, string expected)
        => Assert.Equal(expected, Suggestions.Closest(typed, ["titre", "resume", "date_publication", "thematiques", "publics"]).First());

    [Theory]
    [InlineData("L'équipe d'été !", "l-equipe-d-ete")]
    [InlineData("  Œuvre  commune ", "oeuvre-commune")]
    [InlineData("2A", "2a")]
    public void Makes_slugs(string text, string slug)
    {
        Assert.Equal(slug, Slugs.FromText(text));
        Assert.True(Slugs.IsValid(slug));
    }

    [Theory]
    [InlineData("Mon Fichier")]
    [InlineData("fiche--double")]
    [InlineData("-tiret")]
    [InlineData("accentué")]
    [InlineData("../sortie")]
    public void Rejects_slugs_that_are_not_addresses(string slug) => Assert.False(Slugs.IsValid(slug));
}
