using System.Text.RegularExpressions;
using Osez.Text;
using Osez.Search.Lunr;

namespace Osez.Search.French;

/// <summary>
/// <c>osez-elision-fr</c>: makes "l'association", "l’association" and "association" the same word.
/// Typographic apostrophes (’, ʼ) become ', then an elided article or pronoun at the start of the token
/// (c' d' j' l' m' n' s' t' qu' jusqu' lorsqu' puisqu' quoiqu') is removed. A token left empty is
/// dropped, so punctuation alone ("—", "…") makes no term. Same label and behaviour in
/// <c>assets/recherche/lunr-osez-fr.js</c>, which reads <see cref="Apostrophes"/> and the prefix pattern
/// from <c>assets/regles.js</c> (<see cref="FrenchPipeline.Rules"/>).
/// </summary>
public sealed partial class FrenchElision : IPipelineFunction
{
    /// <summary>Read as "'" before the prefix is looked for.</summary>
    public const string Apostrophes = "\u2019\u02BC";

    /// <summary>An elided article or pronoun at the start of a token.</summary>
    public const string PrefixSource = "^(?:qu|jusqu|lorsqu|puisqu|quoiqu|[cdjlmnst])'";

    private const RegexOptions Options = RegexOptions.CultureInvariant;

    public static RulePattern Prefix => new(PrefixSource, Options);

    public static FrenchElision Instance { get; } = new();

    public string Label => "osez-elision-fr";

    public void Run(string token, List<string> output)
    {
        var result = Apply(token);
        if (result.Length > 0)
            output.Add(result);
    }

    public static string Apply(string token)
    {
        if (token.Length == 0)
            return token;
        var normalised = token;
        foreach (var apostrophe in Apostrophes)
            normalised = normalised.Replace(apostrophe, '\'');
        var match = ElidedPrefix().Match(normalised);
        return match.Success ? normalised[match.Length..] : normalised;
    }

    [GeneratedRegex(PrefixSource, Options)]
    private static partial Regex ElidedPrefix();
}
