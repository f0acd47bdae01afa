namespace Osez.Corpus.French;

/// <summary>An adjective with its four forms and its usual place (most French adjectives follow the noun).</summary>
internal sealed record Adjective(string MasculineSingular, string FeminineSingular, string MasculinePlural, string FemininePlural, bool Before)
{
    /// <summary>
    /// Reads "adapté", "collectif collective", "social sociale sociaux", "^nouveau nouvelle nouveaux":
    /// masculine, then feminine (default: masculine + "e", unchanged after "e"), then masculine plural;
    /// a leading "^" puts it before the noun.
    /// </summary>
    public static Adjective Parse(string spec)
    {
        var before = spec.StartsWith('^');
        var parts = spec.TrimStart('^').Split(' ');
        var masculine = parts[0];
        var feminine = parts.Length > 1 ? parts[1] : masculine.EndsWith('e') ? masculine : masculine + "e";
        var masculinePlural = parts.Length > 2 ? parts[2]
            : masculine.EndsWith('s') || masculine.EndsWith('x') ? masculine
            : masculine.EndsWith("al", StringComparison.Ordinal) ? masculine[..^2] + "aux"
            : masculine.EndsWith("eau", StringComparison.Ordinal) ? masculine + "x"
            : masculine + "s";
        return new Adjective(masculine, feminine, masculinePlural, feminine + "s", before);
    }

    public string Form(Gender gender, bool plural) => (gender, plural) switch
    {
        (Gender.Masculine, false) => MasculineSingular,
        (Gender.Feminine, false) => FeminineSingular,
        (Gender.Masculine, true) => MasculinePlural,
        _ => FemininePlural,
    };

    /// <summary>The form placed before a masculine singular noun starting with a vowel ("nouvel accueil").</summary>
    public string FormBefore(Gender gender, bool plural, string noun)
    {
        if (gender == Gender.Masculine && !plural && Elision.StartsWithVowelSound(noun))
        {
            return MasculineSingular switch
            {
                "nouveau" => "nouvel",
                "beau" => "bel",
                "vieux" => "vieil",
                _ => MasculineSingular,
            };
        }
        return Form(gender, plural);
    }
}
