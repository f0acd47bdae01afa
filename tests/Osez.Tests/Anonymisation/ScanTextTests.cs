using Osez.Anonymisation;

namespace Osez.Tests.Anonymisation;

/// <summary>The text as the detectors read it: as the page shows it, at the same offsets as the source.</summary>
public sealed class ScanTextTests
{
    [Theory]
    [InlineData("Mme\u00A0Dupont\tet\u202FM.\u2009X", "Mme Dupont et M. X")]
    [InlineData("Mme **Dupont** et _Karim_ ou __Léa__", "Mme   Dupont   et  Karim  ou   Léa  ")]
    [InlineData("mot_de_passe, compte_rendu_2024, jean_dupont@exemple.fr", "mot_de_passe, compte_rendu_2024, jean_dupont@exemple.fr")]
    [InlineData("Mme <b>Dupont</b>", "Mme    Dupont    ")]
    [InlineData("<abbr title=\"Mme Dupont\">MD</abbr>", "             Mme Dupont  MD       ")]
    [InlineData("Mme&nbsp;Dupont, 06&#160;12&#xA0;34", "Mme      Dupont, 06      12      34")]
    [InlineData("<https://exemple.org/a_b> et <nom@exemple.org>", "<https://exemple.org/a_b> et <nom@exemple.org>")]
    [InlineData("5 < 6 et 7 > 3, l\u2019atelier", "5 < 6 et 7 > 3, l'atelier")]
    public void Markup_and_special_spaces_read_as_the_page_shows_them(string text, string prepared)
    {
        Assert.Equal(prepared, ScanText.Prepare(text));
        Assert.Equal(text.Length, ScanText.Prepare(text).Length);
    }

    [Fact]
    public void A_tag_over_two_lines_keeps_its_line_end()
        => Assert.Equal("Mme   \n    Dupont", ScanText.Prepare("Mme <b\n   >Dupont"));

    [Fact]
    public void A_text_without_anything_to_prepare_is_not_copied()
    {
        const string text = "Le groupe s'est réuni en 2023.";
        Assert.Same(text, ScanText.Prepare(text));
    }
}
