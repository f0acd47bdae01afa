namespace Osez.Corpus.French;

/// <summary>A common noun with its plural and gender.</summary>
internal sealed record Noun(string Singular, string Plural, Gender Gender)
{
    /// <summary>
    /// Reads "équipe f", "hôpital m hôpitaux", "parcours m parcours": singular, gender, optional plural.
    /// A regular plural adds "s" (or nothing after s, x, z; "aux" after "al"; "x" after "eau", "eu").
    /// </summary>
    public static Noun Parse(string spec)
    {
        var parts = spec.Split(' ');
        var gender = parts[1] == "f" ? Gender.Feminine : Gender.Masculine;
        var singular = parts[0].Replace('_', ' ');
        var plural = parts.Length > 2 ? parts[2].Replace('_', ' ') : RegularPlural(singular);
        return new Noun(singular, plural, gender);
    }

    public string Form(bool plural) => plural ? Plural : Singular;

    private static string RegularPlural(string singular)
    {
        // Compound nouns written with spaces ("centre social") take the plural on each word that varies.
        var space = singular.IndexOf(' ');
        if (space > 0)
            return RegularPlural(singular[..space]) + singular[space..];
        if (singular.EndsWith('s') || singular.EndsWith('x') || singular.EndsWith('z'))
            return singular;
        if (singular.EndsWith("al", StringComparison.Ordinal))
            return singular[..^2] + "aux";
        if (singular.EndsWith("eau", StringComparison.Ordinal) || singular.EndsWith("eu", StringComparison.Ordinal))
            return singular + "x";
        return singular + "s";
    }
}
