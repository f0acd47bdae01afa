using Lucene.Net.Tartarus.Snowball.Ext;
using Osez.Search.Lunr;

namespace Osez.Search.French;

/// <summary>
/// <c>osez-stemmer-fr</c>: stems "both ways" and folds accents, so that a word is found whether it is
/// typed with or without its accents. A token gives fold(stem(token)) and stem(fold(token)), once if
/// they are equal. The stemmer is the classic Snowball French algorithm, the one of lunr-languages'
/// <c>stemmer-fr</c> (Lucene.Net's FrenchStemmer gives the same stems).
/// <list type="bullet">
/// <item>"épuisées": fold∘stem gives "epuis" (= "epuise" typed), stem∘fold gives "epuise".</item>
/// <item>"activités": fold∘stem gives "activ", stem∘fold gives "activit" (= "activites" typed).</item>
/// </list>
/// Not thread-safe (one Snowball program per instance).
/// </summary>
public sealed class FrenchStemming : IPipelineFunction
{
    private readonly FrenchStemmer _stemmer = new();

    public string Label => "osez-stemmer-fr";

    public void Run(string token, List<string> output)
    {
        var first = AccentFolding.Fold(Stem(token));
        var second = Stem(AccentFolding.Fold(token));
        output.Add(first);
        if (second != first)
            output.Add(second);
    }

    /// <summary>The Snowball French stem of a lower-case word.</summary>
    public string Stem(string word)
    {
        _stemmer.SetCurrent(word);
        _stemmer.Stem();
        return _stemmer.Current;
    }
}
