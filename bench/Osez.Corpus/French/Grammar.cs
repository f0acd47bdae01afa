namespace Osez.Corpus.French;

/// <summary>
/// Builds agreeing phrases from the <see cref="Lexicon"/>: noun phrases with their determiner and
/// adjective, conjugated clauses, negations. Every choice comes from the document's own generator.
/// </summary>
internal sealed class Grammar(Rng rng)
{
    private static readonly string[] Months =
        ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"];

    private static readonly string[] SmallNumbers =
        ["zéro", "un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf", "dix", "onze", "douze"];

    /// <summary>Subjects that are collectives or institutions, with their gender and number.</summary>
    private static readonly Phrase[] Collectives =
    [
        new("l'équipe", Gender.Feminine, false), new("le groupe", Gender.Masculine, false), new("le collectif", Gender.Masculine, false),
        new("l'association", Gender.Feminine, false), new("le service", Gender.Masculine, false), new("la direction", Gender.Feminine, false),
        new("le comité de pilotage", Gender.Masculine, false), new("la mairie", Gender.Feminine, false), new("le conseil départemental", Gender.Masculine, false),
        new("la caisse d'allocations familiales", Gender.Feminine, false), new("le bailleur", Gender.Masculine, false),
        new("la mission locale", Gender.Feminine, false), new("le centre communal d'action sociale", Gender.Masculine, false),
        new("les partenaires", Gender.Masculine, true), new("les professionnels", Gender.Masculine, true), new("les bénévoles", Gender.Masculine, true),
        new("l'équipe éducative", Gender.Feminine, false), new("l'équipe de la maison des solidarités", Gender.Feminine, false),
        new("les travailleurs sociaux", Gender.Masculine, true), new("les élus", Gender.Masculine, true),
    ];

    public Rng Rng => rng;

    public string Month() => rng.Pick(Months);

    /// <summary>A count as a French reader expects it: small ones in letters, others in digits.</summary>
    public string Count(int n) => n < SmallNumbers.Length && rng.Chance(0.6) ? SmallNumbers[n] : Digits(n);

    /// <summary>Digits with the French thousands separator (a no-break space).</summary>
    public static string Digits(int n) => n >= 10_000 || (n >= 1_000 && n % 10 == 0)
        ? (n / 1000) + "\u00A0" + (n % 1000).ToString("D3", System.Globalization.CultureInfo.InvariantCulture)
        : n.ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>An approximate quantity before a noun: "une dizaine d'habitants", "une quinzaine de familles".</summary>
    public string Approximately(string nounPlural)
        => Elision.Join("une " + rng.Pick(["dizaine", "douzaine", "quinzaine", "vingtaine", "trentaine", "centaine"]) + " de", nounPlural);

    /// <summary>A noun phrase about people.</summary>
    public Phrase People(bool? plural = null, bool allowAdjective = true) => NounPhrase(rng.Pick(Lexicon.People), plural, allowAdjective, complement: false);

    /// <summary>A noun phrase about a thing, an activity or an idea.</summary>
    public Phrase Thing(bool? plural = null, bool allowAdjective = true, bool allowComplement = true)
        => NounPhrase(rng.Pick(Lexicon.Things), plural, allowAdjective, allowComplement && rng.Chance(0.25));

    /// <summary>A subject: a collective, people, or a pronoun.</summary>
    public Phrase Subject()
    {
        var x = rng.NextDouble();
        if (x < 0.35)
            return rng.Pick(Collectives);
        if (x < 0.8)
            return Definite(rng.Pick(Lexicon.People), rng.Chance(0.7), allowAdjective: rng.Chance(0.3));
        if (x < 0.9)
            return rng.Pick<Phrase>([new("elles", Gender.Feminine, true), new("ils", Gender.Masculine, true), new("elle", Gender.Feminine, false), new("il", Gender.Masculine, false)]);
        return new Phrase("on", Gender.Masculine, false);
    }

    public Phrase Definite(Noun noun, bool plural, bool allowAdjective = true)
    {
        var word = WithAdjective(noun, plural, allowAdjective && rng.Chance(0.4));
        return new Phrase(Elision.Definite(word, noun.Gender, plural), noun.Gender, plural);
    }

    private Phrase NounPhrase(Noun noun, bool? plural, bool allowAdjective, bool complement)
    {
        var isPlural = plural ?? rng.Chance(0.45);
        var word = WithAdjective(noun, isPlural, allowAdjective && rng.Chance(0.4));
        var feminine = noun.Gender == Gender.Feminine;
        var vowel = Elision.StartsWithVowelSound(word);
        string text;
        var kind = rng.Below(10);
        if (isPlural)
        {
            text = kind switch
            {
                < 4 => "les " + word,
                < 6 => "des " + word,
                6 => "ces " + word,
                7 => rng.Pick(["leurs ", "nos ", "ses "]) + word,
                8 => rng.Pick(["plusieurs ", "quelques ", feminine ? "certaines " : "certains "]) + word,
                _ => Count(rng.Between(2, 12)) + " " + word,
            };
        }
        else
        {
            text = kind switch
            {
                < 4 => Elision.Definite(word, noun.Gender, false),
                < 7 => (feminine ? "une " : "un ") + word,
                7 => feminine ? "cette " + word : (vowel ? "cet " : "ce ") + word,
                8 => feminine && !vowel ? rng.Pick(["leur ", "notre ", "sa "]) + word : rng.Pick(["leur ", "notre ", "son "]) + word,
                _ => "chaque " + word,
            };
        }
        if (complement)
        {
            var other = rng.Pick(Lexicon.Things);
            text += " " + Elision.De(Elision.Definite(other.Form(false), other.Gender, false));
        }
        return new Phrase(text, noun.Gender, isPlural);
    }

    /// <summary>A noun without determiner, sometimes with an adjective: "ateliers collectifs".</summary>
    public string Bare(Noun noun, bool plural) => WithAdjective(noun, plural, rng.Chance(0.4));

    private string WithAdjective(Noun noun, bool plural, bool adjective)
    {
        var word = noun.Form(plural);
        if (!adjective)
            return word;
        var adj = rng.Pick(Lexicon.Adjectives);
        return adj.Before
            ? adj.FormBefore(noun.Gender, plural, word) + " " + word
            : word + " " + adj.Form(noun.Gender, plural);
    }

    /// <summary>An adjective agreeing with a phrase.</summary>
    public string AdjectiveFor(Phrase phrase) => rng.Pick(Lexicon.AdjectivesAfter).Form(phrase.Gender, phrase.Plural);

    public Verb Verb(VerbObject? takes = null)
    {
        while (true)
        {
            var verb = rng.Pick(Lexicon.Verbs);
            if (takes is null || verb.Takes == takes)
                return verb;
        }
    }

    public Tense Tense() => rng.Pick([French.Tense.PasseCompose, French.Tense.PasseCompose, French.Tense.PasseCompose, French.Tense.Imparfait,
        French.Tense.Imparfait, French.Tense.Present, French.Tense.Present, French.Tense.Futur, French.Tense.Conditionnel, French.Tense.PlusQueParfait]);

    /// <summary>The object a verb takes, or a complement when it takes none.</summary>
    public string ObjectOf(Verb verb, Func<string> complement) => verb.Takes switch
    {
        VerbObject.People => People().Text,
        VerbObject.Thing => Thing().Text,
        _ => complement(),
    };

    /// <summary>A conjugated verb, sometimes negated ("n'ont pas obtenu", "ne venait pas").</summary>
    public string Predicate(Verb verb, Tense tense, Phrase subject, bool negate)
    {
        var conjugated = verb.Conjugate(tense, subject);
        if (!negate)
            return conjugated;
        var space = conjugated.IndexOf(' ');
        return space < 0
            ? Elision.Join("ne", conjugated) + " pas"
            : Elision.Join("ne", conjugated[..space]) + " pas" + conjugated[space..];
    }
}
