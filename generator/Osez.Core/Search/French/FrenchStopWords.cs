using Osez.Search.Lunr;

namespace Osez.Search.French;

/// <summary>
/// <c>osez-stopwords-fr</c>: the stop words of lunr-languages 1.22.0 (<c>stopWordFilter-fr</c>, the
/// Snowball list) except "été" and "étés", which are also the noun "summer" ("vacances d'été"), and
/// "êtes", which folds to the same word as "étés". Compared with accents folded, so that a word is a
/// stop word with or without its accents ("à" and "a", "même" and "meme"): a query gives the same
/// results whether it is typed with accents or not.
/// </summary>
public sealed class FrenchStopWords : IPipelineFunction
{
    /// <summary>The list, in the order of lunr.fr.js; the browser reads it from assets/regles.js.</summary>
    public const string List =
        "ai aie aient aies ait as au aura aurai auraient aurais aurait auras aurez auriez aurions aurons auront aux "
        + "avaient avais avait avec avez aviez avions avons ayant ayez ayons c ce ceci celà ces cet cette d dans de des "
        + "du elle en es est et eu eue eues eurent eus eusse eussent eusses eussiez eussions eut eux eûmes eût eûtes "
        + "furent fus fusse fussent fusses fussiez fussions fut fûmes fût fûtes ici il ils j je l la le les leur leurs "
        + "lui m ma mais me mes moi mon même n ne nos notre nous on ont ou par pas pour qu que quel quelle quelles "
        + "quels qui s sa sans se sera serai seraient serais serait seras serez seriez serions serons seront ses soi "
        + "soient sois soit sommes son sont soyez soyons suis sur t ta te tes toi ton tu un une vos votre vous y à "
        + "étaient étais était étant étiez étions étée étées";

    private static readonly HashSet<string> Words = new(List.Split(' ').Select(AccentFolding.Fold), StringComparer.Ordinal);

    public static FrenchStopWords Instance { get; } = new();

    public string Label => "osez-stopwords-fr";

    public static bool IsStopWord(string token) => Words.Contains(AccentFolding.Fold(token));

    public void Run(string token, List<string> output)
    {
        if (!IsStopWord(token))
            output.Add(token);
    }
}
