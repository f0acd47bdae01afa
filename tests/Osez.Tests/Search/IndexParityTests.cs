using System.Text;
using Osez.Search;
using Osez.Search.French;
using Osez.Search.Lunr;
using Osez.Tests.Support;

namespace Osez.Tests.Search;

/// <summary>
/// The index built here is byte for byte the one lunr.js 2.3.9 builds in node from the same documents
/// with the same pipeline functions, and lunr.js answers the same queries the same way from both.
/// </summary>
public sealed class IndexParityTests
{
    private static readonly LunrField[] AwkwardFields = [new("titre", 10), new("resume", 5), new("corps")];

    /// <summary>Accents, NFD, NBSP, dashes, numbers, apostrophes, empty and missing fields, boosts, index-like refs.</summary>
    private static readonly ParityDocument[] Awkward =
    [
        new("10", ["L'ÉQUIPE d'habitants — bilan 2019", "Réunion,\u00A0« vacances d’été » : 3\u202F400\u00A0€ réunis.", "Les personnes épuisées\u2026 aujourd’hui jusqu'à l’association.\r\nn° 1er\ttab"]),
        new("2", ["Œuvre collective : cœur, Æsop, ﬁn", "", "e\u0301te\u0301 (NFD) — été – étés, aide-soignantes, 0 007 4294967294 4294967295"], 2),
        new("1", [null, "— … ! ?", "İstanbul, niño, ΣΑΣ, zero\u200Bwidth, bom\uFEFFhere, emoji 👍 done, quote \"x\" back\\slash"]),
        new("a/b", ["de la des", null, "L\u2019association des parents d’élèves ; qu'il vienne ; lorsqu’on ; presqu'île ; prud'hommes"]),
        new("x", ["", "", ""]),
        new("0", ["Équipe", "équipe equipe ÉQUIPE", "activités activites précarité precarite infirmière infirmiere"], 0.5),
    ];

    private static readonly string[] Queries =
    [
        "equipe", "équipe", "habitants", "association", "l'association", "l’association", "epuise", "épuisées", "réunion,",
        "2019", "vacances d'été", "été", "ete", "œuvre", "oeuvre", "activites", "précarité", "infirmiere", "titre:equipe",
        "+equipe -association", "equip*", "epuis~1", "equipe^10 association", "*", "—", "istanbul", "4294967294", "",
        "aide", "soignantes", "presqu'île", "elev", "parents d'élèves",
    ];

    [Fact]
    public void Awkward_corpus_with_the_french_pipeline_is_byte_identical()
    {
        var corpus = new ParityCorpus("osez-fr", AwkwardFields, Awkward, Queries);
        var outcome = LunrParity.Run(corpus, FrenchPipeline.CreateIndexing(), FrenchPipeline.SearchLabels);
        LunrParity.AssertSame(outcome);
        Assert.Contains("\"pipeline\":[\"trimmer-fr\",\"osez-elision-fr\",\"osez-stopwords-fr\",\"osez-stemmer-fr\"]", outcome.CsharpJson);
        // Numeric refs are listed in numeric order inside postings, as JavaScript orders such keys.
        Assert.Contains("\"0\":{},\"10\":{}", outcome.CsharpJson);
    }

    [Fact]
    public void Awkward_corpus_without_pipeline_is_byte_identical()
    {
        // Raw tokens: punctuation, surrogates, empty terms and index-like terms reach the index unchanged.
        var corpus = new ParityCorpus("none", AwkwardFields, Awkward, Queries);
        var outcome = LunrParity.Run(corpus, new LunrPipeline([]), []);
        LunrParity.AssertSame(outcome);
        Assert.Contains("[\"\\\"x\\\"\",", outcome.CsharpJson);
    }

    [Fact]
    public void Shipped_write_ups_give_the_same_index_as_lunr_js_and_the_one_the_site_ships()
    {
        var rendered = RenderedTestSite.From(Configuration.SitePaths.From(Repository.Content, Repository.Templates, Path.GetTempPath()));
        var documents = rendered.Rendered.WriteUps
            .Select((w, i) => new ParityDocument(SearchIndexer.Reference(i), SearchFields.ValuesOf(w, rendered.Site)))
            .ToList();
        Assert.Equal(10, documents.Count);
        string[] queries =
        [
            "equipe", "équipe", "habitants", "association", "epuise", "réunion,", "2019", "vacances d'été", "logement",
            "parents collège", "jeunes", "énergie", "energie", "Haute-Corse", "caf", "film", "emploi", "isolement des aînés",
        ];
        var outcome = LunrParity.Run(new ParityCorpus("osez-fr", SearchFields.All, documents, queries),
            FrenchPipeline.CreateIndexing(), FrenchPipeline.SearchLabels);
        LunrParity.AssertSame(outcome);

        var shipped = LunrIndexJson.Write(SearchIndexer.Build(rendered.Site, rendered.Rendered));
        Assert.Equal(outcome.NodeJson, shipped);
    }

    [Fact]
    public void Generated_corpus_of_300_write_ups_is_byte_identical()
    {
        var random = new Random(20240517);
        string[] words =
        [
            "l'équipe", "d'habitants", "l’association", "épuisées", "réunion,", "2019", "2024", "vacances", "d'été", "été",
            "les", "des", "familles", "monoparentales", "logement", "hébergement", "précarité", "éducatrice", "œuvre",
            "aînés", "collège", "parents", "jusqu'à", "qu'il", "aujourd'hui", "—", "…", "«", "»", "3\u00A0400\u00A0€",
            "n°", "1er", "CAF", "Haute-Corse", "ateliers", "activités", "accès", "droits", "santé", "mentale", "café",
            "cuisine", "énergie", "factures", "emploi", "pairs", "isolement", "quartier", "co-construction", "bénévoles",
        ];
        string Text(int count) => string.Join(" ", Enumerable.Range(0, count).Select(_ => words[random.Next(words.Length)]));
        var documents = Enumerable.Range(0, 300).Select(i => new ParityDocument(
            i.ToString(System.Globalization.CultureInfo.InvariantCulture),
            [Text(random.Next(3, 12)), Text(random.Next(10, 40)), i % 7 == 0 ? null : Text(random.Next(2, 6)), Text(random.Next(50, 400))])).ToList();
        string[] queries = ["équipe", "habitants", "association", "epuise", "vacances d'été", "sante mentale", "cafe", "co", "2019 2024", "aines"];
        var outcome = LunrParity.Run(new ParityCorpus("osez-fr", SearchFields.All, documents, queries),
            FrenchPipeline.CreateIndexing(), FrenchPipeline.SearchLabels);
        LunrParity.AssertSame(outcome);
        Assert.True(Encoding.UTF8.GetByteCount(outcome.CsharpJson) > 100_000);

        // The site's build analyses documents on several threads: the very same bytes.
        var parallel = new LunrIndexBuilder(SearchFields.All, FrenchPipeline.CreateIndexing, FrenchPipeline.SearchLabels, maxParallelism: 4);
        foreach (var document in documents)
            parallel.Add(document.Ref, document.Values);
        Assert.Equal(outcome.NodeJson, LunrIndexJson.Write(parallel.Build()));
    }
}
