using System.Globalization;
using System.Text;
using Osez.Corpus.French;

namespace Osez.Corpus;

/// <summary>
/// What identifies a write-up and is needed by later ones that link to it: slug, title, terms,
/// places. Drawn from its own generator, so that write-up <c>i</c> can name write-up <c>j &lt; i</c>
/// without generating its text.
/// </summary>
internal sealed record WriteUpHeader(
    int Index,
    string Slug,
    string Title,
    bool TypographicApostrophe,
    IReadOnlyList<(VocabularyFile Vocabulary, IReadOnlyList<VocabularyTerm> Terms)> Terms,
    string Area,
    string Venue,
    IReadOnlyList<string> Partners)
{
    private const int SlugBudget = 80;

    private static readonly (string Text, Gender Gender, bool Plural)[] Actions =
    [
        ("Un groupe de parole", Gender.Masculine, false), ("Un atelier cuisine", Gender.Masculine, false), ("Une épicerie solidaire", Gender.Feminine, false),
        ("Un jardin partagé", Gender.Masculine, false), ("Des permanences itinérantes", Gender.Feminine, true), ("Un café des parents", Gender.Masculine, false),
        ("Une enquête", Gender.Feminine, false), ("Un collectif de locataires", Gender.Masculine, false), ("Des sorties familiales", Gender.Feminine, true),
        ("Un journal de quartier", Gender.Masculine, false), ("Un groupe d'entraide", Gender.Masculine, false), ("Une cuisine collective", Gender.Feminine, false),
        ("Des ateliers numériques", Gender.Masculine, true), ("Un comité d'usagers", Gender.Masculine, false), ("Un séjour collectif", Gender.Masculine, false),
        ("Des balades urbaines", Gender.Feminine, true), ("Une troupe de théâtre", Gender.Feminine, false), ("Un groupe de marche", Gender.Masculine, false),
        ("Une fête de quartier", Gender.Feminine, false), ("Un conseil de résidents", Gender.Masculine, false), ("Un atelier vélo", Gender.Masculine, false),
        ("Une radio de quartier", Gender.Feminine, false), ("Des petits-déjeuners partagés", Gender.Masculine, true), ("Un forum des droits", Gender.Masculine, false),
        ("Une bourse aux vêtements", Gender.Feminine, false), ("Un atelier budget", Gender.Masculine, false), ("Des rencontres entre aidants", Gender.Feminine, true),
    ];

    private static readonly string[] TitleVerbs =
    [
        "prennent la parole", "s'organisent", "enquêtent sur leur quartier", "créent leur épicerie", "défendent leurs droits", "rompent l'isolement",
        "écrivent leur histoire", "s'entraident", "cuisinent ensemble", "organisent leurs vacances", "apprivoisent le numérique", "font entendre leur voix",
        "réinventent leur quartier", "négocient avec leur bailleur", "se forment au secourisme", "montent un spectacle", "réparent leurs vélos",
        "interpellent les élus", "ouvrent un lieu d'accueil", "préparent leur retour à l'emploi",
    ];

    private static readonly string[] TitleInfinitives =
    [
        "Rompre l'isolement", "Sortir de l'isolement", "Se déplacer sans voiture", "Faire valoir ses droits", "Agir contre la précarité énergétique",
        "Prendre soin des aidants", "Apprendre à parler aux institutions", "Retrouver le goût de cuisiner", "Accueillir autrement", "Reprendre confiance",
        "Lutter contre le non-recours", "Partir en vacances pour la première fois", "Habiter ensemble",
    ];

    private static readonly string[] GenericPublics =
        ["habitants", "familles", "parents", "jeunes", "locataires", "aidants", "retraités", "habitantes"];

    /// <summary>The header of write-up <paramref name="index"/>: depends only on the seed, the index and the vocabularies.</summary>
    public static WriteUpHeader Create(string seed, int index, IReadOnlyList<VocabularyFile> vocabularies)
    {
        var rng = Rng.For(seed, index, "entete");
        var typographic = rng.Chance(0.6);
        var terms = vocabularies.Select(v => (v, (IReadOnlyList<VocabularyTerm>)ChooseTerms(seed, rng, v))).ToList();
        var area = string.Format(CultureInfo.InvariantCulture, rng.Pick(Lexicon.AreaKinds), InventedNames.Draw(rng));
        var venue = string.Format(CultureInfo.InvariantCulture, rng.Pick(Lexicon.VenueKinds), InventedNames.Draw(rng));
        var partners = Enumerable.Range(0, rng.Between(2, 4))
            .Select(_ => string.Format(CultureInfo.InvariantCulture, rng.Pick(Lexicon.PartnerKinds), InventedNames.Draw(rng)))
            .ToList();
        var publicLabel = PublicsOf(terms).FirstOrDefault(IsPluralLabel) ?? rng.Pick(GenericPublics);
        var title = MakeTitle(rng, publicLabel, area);
        if (typographic)
            title = title.Replace('\'', '’');
        return new WriteUpHeader(index, SlugOf(title, index), title, typographic, terms, area, venue, partners);
    }

    /// <summary>Lower-cased labels of the terms of a vocabulary key, such as "publics".</summary>
    public IReadOnlyList<string> LabelsOf(string key)
        => Terms.Where(t => t.Vocabulary.Key == key).SelectMany(t => t.Terms).Select(t => Lower(t.Label)).ToList();

    private static IEnumerable<string> PublicsOf(IEnumerable<(VocabularyFile Vocabulary, IReadOnlyList<VocabularyTerm> Terms)> terms)
        => terms.Where(t => t.Vocabulary.Key == "publics").SelectMany(t => t.Terms).Select(t => Lower(t.Label));

    /// <summary>A label as it reads inside a sentence: lower-cased, without its parenthesis ("Jeunes (16-25 ans)" gives "jeunes").</summary>
    private static string Lower(string label)
    {
        var parenthesis = label.IndexOf(" (", StringComparison.Ordinal);
        if (parenthesis > 0)
            label = label[..parenthesis];
        return label.Length > 1 && char.IsLower(label[1]) ? char.ToLowerInvariant(label[0]) + label[1..] : label;
    }

    private static bool IsPluralLabel(string label) => label.Split(' ')[0] is var first && (first.EndsWith('s') || first.EndsWith('x'));

    private static List<VocabularyTerm> ChooseTerms(string seed, Rng rng, VocabularyFile vocabulary)
    {
        // Popular terms differ from one vocabulary to the next but not from one run to the next.
        var ranked = vocabulary.Terms.OrderBy(t => Rng.Hash($"{seed}\u001f{vocabulary.Key}\u001f{t.Id}")).ToList();
        var count = vocabulary.Min + rng.Skewed(vocabulary.Max - vocabulary.Min + 1, flatten: 1);
        return rng.SkewedDistinct(ranked.Count, count, flatten: 2).Select(i => ranked[i]).ToList();
    }

    private static string MakeTitle(Rng rng, string publicLabel, string area)
    {
        var place = rng.Chance(0.7) ? " dans " + area : string.Empty;
        var title = rng.Below(3) switch
        {
            0 => TitleWithAction(rng, publicLabel),
            1 => "Des " + publicLabel + " " + rng.Pick(TitleVerbs),
            _ => rng.Pick(TitleInfinitives) + " avec des " + publicLabel,
        };
        if ((title + place).Length <= 120)
            title += place;
        return title.Length <= 120 ? title : title[..120].TrimEnd();
    }

    private static string TitleWithAction(Rng rng, string publicLabel)
    {
        var (text, gender, plural) = rng.Pick(Actions);
        var participle = rng.Pick(["porté", "imaginé", "animé", "construit"]);
        if (gender == Gender.Feminine)
            participle += "e";
        if (plural && !participle.EndsWith('s'))
            participle += "s";
        return text + " " + rng.Pick(["avec des ", "pour des ", participle + " par des "]) + publicLabel;
    }

    private static string SlugOf(string title, int index)
    {
        var suffix = "-" + index.ToString(CultureInfo.InvariantCulture);
        var folded = new StringBuilder();
        var pendingHyphen = false;
        foreach (var c in title.ToLowerInvariant())
        {
            var ascii = Fold(c);
            if (ascii.Length > 0)
            {
                if (pendingHyphen && folded.Length > 0)
                    folded.Append('-');
                pendingHyphen = false;
                folded.Append(ascii);
            }
            else
            {
                pendingHyphen = true;
            }
        }
        var slug = folded.ToString();
        var room = SlugBudget - suffix.Length;
        if (slug.Length > room)
        {
            slug = slug[..room];
            var cut = slug.LastIndexOf('-');
            slug = cut > 20 ? slug[..cut] : slug.TrimEnd('-');
        }
        return slug + suffix;
    }

    /// <summary>A lower-case letter of French text as ASCII ("é" gives "e", "œ" gives "oe"); empty for anything else.</summary>
    private static string Fold(char c) => c switch
    {
        >= 'a' and <= 'z' or >= '0' and <= '9' => c.ToString(),
        'à' or 'â' or 'ä' => "a",
        'é' or 'è' or 'ê' or 'ë' => "e",
        'î' or 'ï' => "i",
        'ô' or 'ö' => "o",
        'ù' or 'û' or 'ü' => "u",
        'ç' => "c",
        'ÿ' => "y",
        'œ' => "oe",
        'æ' => "ae",
        _ => string.Empty,
    };
}
