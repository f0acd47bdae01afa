using System.Text.Json;
using System.Text.Json.Nodes;
using Osez.Search.French;
using Osez.Search.Lunr;
using Osez.Tests.Support;

namespace Osez.Tests.Search;

/// <summary>Each pipeline function on its own, then all of them against their browser versions in node.</summary>
public sealed class FrenchPipelineTests
{
    private static List<string> Run(IPipelineFunction function, string token)
    {
        var output = new List<string>();
        function.Run(token, output);
        return output;
    }

    [Theory]
    [InlineData("réunion,", "réunion")]
    [InlineData("«équipe»", "équipe")]
    [InlineData("(2019)", "2019")]
    [InlineData("l'association", "l'association")]
    [InlineData("—", "")]
    [InlineData("…", "")]
    [InlineData("ﬁn.", "ﬁn")]
    [InlineData("e\u0301te\u0301", "e\u0301te")]
    public void Trimmer_removes_non_letters_at_both_ends_only(string token, string expected)
        => Assert.Equal([expected], Run(FrenchTrimmer.Instance, token));

    [Theory]
    [InlineData("l'association", "association")]
    [InlineData("l’association", "association")]
    [InlineData("lʼassociation", "association")]
    [InlineData("d'habitants", "habitants")]
    [InlineData("d'été", "été")]
    [InlineData("qu'il", "il")]
    [InlineData("jusqu'à", "à")]
    [InlineData("lorsqu’on", "on")]
    [InlineData("aujourd’hui", "aujourd'hui")]
    [InlineData("presqu'île", "presqu'île")]
    [InlineData("équipe", "équipe")]
    public void Elision_removes_elided_articles_and_unifies_apostrophes(string token, string expected)
        => Assert.Equal([expected], Run(FrenchElision.Instance, token));

    [Theory]
    [InlineData("")]
    [InlineData("l'")]
    [InlineData("qu’")]
    public void Elision_drops_a_token_left_empty(string token) => Assert.Empty(Run(FrenchElision.Instance, token));

    [Theory]
    [InlineData("les")]
    [InlineData("des")]
    [InlineData("à")]
    [InlineData("était")]
    [InlineData("il")]
    [InlineData("a")]
    [InlineData("meme")]
    public void Stop_words_are_dropped(string token) => Assert.Empty(Run(FrenchStopWords.Instance, token));

    [Theory]
    [InlineData("été")]
    [InlineData("étés")]
    [InlineData("ete")]
    [InlineData("etes")]
    [InlineData("vacances")]
    public void Summer_and_ordinary_words_are_kept(string token) => Assert.Equal([token], Run(FrenchStopWords.Instance, token));

    [Theory]
    [InlineData("épuisées", "epuis")]
    [InlineData("epuisees", "epuis")]
    [InlineData("epuise", "epuis")]
    [InlineData("équipe", "equip")]
    [InlineData("equipe", "equip")]
    [InlineData("activités", "activit")]
    [InlineData("activites", "activit")]
    [InlineData("programmée", "programm")]
    [InlineData("programmee", "programm")]
    [InlineData("accompagnées", "accompagn")]
    [InlineData("idées", "ide")]
    [InlineData("habitants", "habit")]
    [InlineData("réunion", "reunion")]
    [InlineData("été", "ete")]
    [InlineData("2019", "2019")]
    [InlineData("cœur", "coeur")]
    public void Stemmer_gives_one_term_the_stem_of_the_folded_word_with_ee_read_as_e(string token, string expected)
        => Assert.Equal([expected], Run(new FrenchStemming(), token));

    [Theory]
    [InlineData("élèves", "eleves")]
    [InlineData("ŒUVRE", "oeUVRE")]
    [InlineData("Ça", "ca")]
    [InlineData("ñandú", "ñandú")]
    public void Accent_folding_follows_lunr_languages_character_for_character(string term, string expected)
        => Assert.Equal(expected, AccentFolding.Fold(term));

    [Theory]
    [InlineData("Les réunions d'été", new[] { "reunion", "ete" })]
    [InlineData("L’ÉQUIPE d'habitants — 2019", new[] { "equip", "habit", "2019" })]
    [InlineData("aides-soignantes épuisées", new[] { "aid", "soign", "epuis" })]
    public void Whole_pipeline_gives_the_expected_terms(string text, string[] expected)
        => Assert.Equal(expected, FrenchPipeline.CreateIndexing().Run(LunrTokenizer.Tokenize(text)));

    [Fact]
    public void Every_function_matches_its_browser_version_registered_under_the_same_label()
    {
        string[] tokens =
        [
            "l'équipe", "l’association", "lʼécole", "d'habitants", "qu'il", "jusqu'à", "aujourd’hui", "presqu'île", "épuisées",
            "réunion,", "«été»", "étés", "été", "2019", "(2024)", "—", "…", "", "l'", "n°", "1er", "œuvre", "cœurs", "activités",
            "précarité", "infirmière", "éducatrices", "hébergement", "ﬁn", "niño", "e\u0301te\u0301", "les", "à", "ça", "ÿ",
            "accompagnèrent", "annonçât", "aimées", "accessibilité", "après", "👍", "a\uD83D\uDC4Db", "x-y", "ΣΑΣ",
        ];
        string[] texts = ["L'ÉQUIPE\u00A0d’habitants—bilan", "aides-soignantes\u202Fépuisées\u2028ligne", "İstanbul ΣΑΣ, ς", "a\u200Bb\uFEFFc\td"];
        using var folder = new TempFolder();
        var input = folder.Combine("functions.json");
        File.WriteAllText(input, JsonSerializer.Serialize(new { tokens, texts }));
        var node = JsonNode.Parse(Node.Run("lunr-parity.js", "functions", input))!;

        Assert.Equal(FrenchStopWords.List.Split(' '), node["stopWords"]!.AsArray().Select(n => n!.GetValue<string>()));
        Assert.Equal(texts.Select(LunrTokenizer.Tokenize), node["tokenizer"]!.AsArray().Select(Strings));
        IPipelineFunction[] functions = [FrenchTrimmer.Instance, FrenchElision.Instance, FrenchStopWords.Instance, new FrenchStemming()];
        foreach (var function in functions)
            Assert.True(tokens.Select(t => Run(function, t)).SequenceEqual(node["functions"]![function.Label]!.AsArray().Select(Strings), ListComparer),
                $"{function.Label} differs from its browser version");
        var pipeline = FrenchPipeline.CreateIndexing();
        Assert.Equal(tokens.Select(t => pipeline.RunString(t).ToList()), node["pipeline"]!.AsArray().Select(Strings));
    }

    private static List<string> Strings(JsonNode? array) => array!.AsArray().Select(n => n!.GetValue<string>()).ToList();

    private static readonly EqualityComparer<List<string>> ListComparer =
        EqualityComparer<List<string>>.Create((a, b) => a!.SequenceEqual(b!), l => l.Count);
}
