using System.Collections;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Osez.Browser;
using Osez.Building;
using Osez.Text;
using Osez.Search.French;
using Osez.Tests.Support;

namespace Osez.Tests.Browser;

/// <summary>
/// assets/regles.js: every pattern the generator hands to the pages' scripts compiles in JavaScript and finds there
/// what it finds in .NET, and no script of the theme keeps its own copy of a rule.
/// </summary>
public sealed class RulesScriptTests
{
    private static RulesScript Script => SiteBuilder.Default.RulesScript;

    [Fact]
    public void The_core_gives_its_rules_and_each_feature_adds_its_own_in_order()
    {
        Assert.Equal(["personalData", "folding"], new SiteBuilder([]).RulesScript.Rules.Keys);
        Assert.Equal(["personalData", "folding", "search", "referenceChunks", "writeUpFile"], Script.Rules.Keys);
        var built = TestSite.FromFixture("minimal");
        using (built)
        {
            var result = SiteBuilder.Default.Run(new BuildOptions(built.Paths, OutputMode.Memory) { Today = TestSite.Today });
            var shared = Encoding.UTF8.GetString(result.Files![RulesScript.Path]);
            var personalData = Encoding.UTF8.GetString(result.Files![RulesScript.PersonalDataPath]);
            // The pages that do not check personal data do not load its lists: regles.js holds everything else.
            Assert.StartsWith("/* ", shared, StringComparison.Ordinal);
            Assert.DoesNotContain("personalData", shared, StringComparison.Ordinal);
            Assert.Contains("OsezRegles.personalData = {", personalData, StringComparison.Ordinal);
            Assert.True(shared.Length * 5 < personalData.Length, $"regles.js {shared.Length} bytes, personal data {personalData.Length}");
            foreach (var name in new[] { "search", "referenceChunks", "writeUpFile", "folding" })
                Assert.Contains($"\"{name}\":", shared, StringComparison.Ordinal);
            var pages = result.Files.Where(f => f.Key.EndsWith(".html", StringComparison.Ordinal))
                .Where(f => Encoding.UTF8.GetString(f.Value).Contains("regles-donnees-personnelles.js", StringComparison.Ordinal))
                .Select(f => f.Key).ToList();
            Assert.Equal(["proposer/index.html"], pages);
        }
    }

    [Fact]
    public void Every_pattern_compiles_in_node_and_finds_what_dotnet_finds()
    {
        var patterns = AllPatterns();
        Assert.True(patterns.Count >= 20, $"only {patterns.Count} patterns found in the rules");
        var texts = Texts();
        using var folder = new TempFolder();
        var input = Path.Combine(folder.Path, "motifs.json");
        File.WriteAllText(input, new JsonObject
        {
            ["patterns"] = new JsonArray(patterns.Select(p => (JsonNode)new JsonObject { ["name"] = p.Name, ["source"] = p.Pattern.ForJavaScript() }).ToArray()),
            ["texts"] = new JsonArray(texts.Select(t => (JsonNode)JsonValue.Create(t)).ToArray()),
        }.ToJsonString());
        var output = JsonNode.Parse(Node.Run("regles-motifs.js", input))!;

        Assert.Empty(output["errors"]!.AsObject().Select(e => $"{e.Key}: {e.Value}"));
        var differences = new List<string>();
        foreach (var (name, pattern) in patterns)
        {
            var dotnet = new Regex(pattern.Source, pattern.Options);
            var node = output["matches"]![name]!.AsArray();
            for (var i = 0; i < texts.Count; i++)
            {
                var expected = string.Join(' ', dotnet.Matches(texts[i]).Select(m => $"{m.Index}+{m.Length}"));
                var actual = node[i]!.GetValue<string>();
                if (expected != actual)
                    differences.Add($"{name} on {JsonSerializer.Serialize(texts[i])}: .NET [{expected}], node [{actual}]");
            }
        }
        Assert.True(differences.Count == 0, $"{differences.Count} differences:\n" + string.Join('\n', differences.Take(20)));
    }

    [Fact]
    public void A_letter_where_case_is_ignored_has_the_forms_dotnet_gives_it()
    {
        var all = Enumerable.Range(0, char.MaxValue + 1).Where(c => !char.IsSurrogate((char)c)).Select(c => ((char)c).ToString()).ToArray();
        var letters = AllPatterns().SelectMany(p => p.Pattern.Source).Where(char.IsLetter).Distinct().ToList();
        foreach (var letter in letters)
        {
            var caseless = new Regex("^(?i:" + Regex.Escape(letter.ToString()) + ")$", RegexOptions.CultureInvariant);
            var expected = all.Where(s => caseless.IsMatch(s)).Select(s => s[0]).Order();
            Assert.Equal(expected, JsPattern.CaseForms(letter).Order());
        }
    }

    [Theory]
    [InlineData(@"\w")]
    [InlineData(@"\W")]
    [InlineData(@"\s")]
    [InlineData(@"\S")]
    [InlineData(@"\d")]
    [InlineData(@"[\w.-]")]
    [InlineData(@"[^\s,]")]
    [InlineData(@"a\b")]
    [InlineData(@"\ba")]
    [InlineData(@"a.")]
    [InlineData(@"a$")]
    [InlineData(@"(?i:k)")]
    public void A_class_reads_every_character_as_dotnet_does(string pattern)
    {
        foreach (var options in new[] { RegexOptions.None, RegexOptions.Multiline })
        {
            var original = new Regex(pattern, options);
            var translated = new Regex(JsPattern.From(pattern, options));
            for (var c = 0; c <= char.MaxValue; c++)
            {
                if (char.IsSurrogate((char)c))
                    continue;
                foreach (var text in new[] { ((char)c).ToString(), "a" + (char)c, (char)c + "a", "a" + (char)c + "a" })
                    if (original.IsMatch(text) != translated.IsMatch(text))
                        Assert.Fail($"{pattern} ({options}) on U+{c:X4} in {JsonSerializer.Serialize(text)}: .NET {original.IsMatch(text)}, translated {!original.IsMatch(text)}");
            }
        }
    }

    [Theory]
    [InlineData(@"\1")]
    [InlineData(@"(?>a)")]
    [InlineData(@"(?x)a")]
    [InlineData(@"[a-z-[aeiou]]")]
    [InlineData(@"(?i:\p{Lu})")]
    [InlineData(@"(?i:[a-z])")]
    [InlineData(@"\G")]
    public void What_has_no_translation_is_refused(string pattern)
        => Assert.Throws<NotSupportedException>(() => JsPattern.From(pattern));

    [Fact]
    public void A_group_name_used_twice_is_numbered()
        => Assert.Equal("(?<date>a)|(?<date2>b)", JsPattern.From("(?<date>a)|(?<date>b)"));

    [Fact]
    public void The_script_defines_the_rules_for_pages_and_for_node()
    {
        var script = System.Text.Encoding.UTF8.GetString(Script.Bytes);
        Assert.Contains("var OsezRegles = {", script, StringComparison.Ordinal);
        Assert.EndsWith("module.exports = OsezRegles;\n", script, StringComparison.Ordinal);
        Assert.Equal(Script.Bytes.ToArray(), Script.Bytes.ToArray());
    }

    /// <summary>
    /// The theme's scripts apply the rules, they do not spell them: no fragment of a pattern, and no run of a word list
    /// (stop words, words that are not names, reserved domains...), appears in them.
    /// </summary>
    [Fact]
    public void No_theme_script_keeps_a_copy_of_a_rule()
    {
        var assets = Path.Combine(Repository.Templates, "assets");
        var scripts = Directory.EnumerateFiles(assets, "*.js", SearchOption.AllDirectories)
            .Where(f => !Path.GetRelativePath(assets, f).StartsWith("vendor", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(scripts);
        var copies = scripts.SelectMany(file => CopiedRules(File.ReadAllText(file)).Select(copy => $"{Path.GetRelativePath(assets, file)}: {copy}")).ToList();
        Assert.True(copies.Count == 0, string.Join('\n', copies.Take(20)));
    }

    [Fact]
    public void The_check_for_copies_finds_the_lists_and_patterns_the_scripts_used_to_hold()
    {
        var stopWords = "var stopWordList = 'ai aie aient aies ait as au aura aurai';";
        var notNames = "var HONORIFIC_NOT_NAMES = toSet('Le La Les L Un Une Des De Du Et Ou Tout Toute');";
        var months = "var MONTH = ci('janvier|février|fevrier|mars|avril|mai|juin');";
        var tag = @"var TAG = /<\/?[A-Za-z][A-Za-z0-9-]*(?:[ \t\n\r\f\/][^<>]*)?>/g;";
        foreach (var copy in new[] { stopWords, notNames, months, tag })
            Assert.NotEmpty(CopiedRules(copy));
    }

    private static IEnumerable<string> CopiedRules(string script)
    {
        const int Fragment = 20;
        foreach (var (name, pattern) in AllPatterns())
            foreach (var source in new[] { pattern.Source, pattern.ForJavaScript() })
                for (var i = 0; i + Fragment <= source.Length; i++)
                {
                    var piece = source.Substring(i, Fragment);
                    if (piece.Count(char.IsLetter) < 6)
                        continue;
                    // As written in a regex literal, or in a JavaScript string (backslashes doubled).
                    if (script.Contains(piece, StringComparison.Ordinal) || script.Contains(piece.Replace("\\", "\\\\", StringComparison.Ordinal), StringComparison.Ordinal)
                        || script.Contains(piece.Replace("/", "\\/", StringComparison.Ordinal), StringComparison.Ordinal))
                    {
                        yield return $"pattern {name}: « {piece} »";
                        break;
                    }
                }
        foreach (var (name, words) in WordLists())
            for (var i = 0; i + 3 <= words.Count; i++)
            {
                // Three entries in a row, whatever separates them (spaces, quotes and commas, "|").
                var run = string.Join(@"[^\p{L}]{1,4}", words.Skip(i).Take(3).Select(Regex.Escape));
                if (Regex.IsMatch(script, @"(?<!\p{L})" + run + @"(?!\p{L})"))
                {
                    yield return $"list {name}: « {string.Join(' ', words.Skip(i).Take(3))} »";
                    break;
                }
            }
    }

    /// <summary>The word lists of the rules (arrays of strings), by where they are.</summary>
    private static List<(string Name, List<string> Words)> WordLists()
    {
        var json = JsonNode.Parse(Script.Json)!;
        var lists = new List<(string, List<string>)>();
        Walk(json, "rules");
        lists.Add(("stop words", FrenchStopWords.List.Split(' ').ToList()));
        return lists;

        void Walk(JsonNode? node, string path)
        {
            switch (node)
            {
                case JsonArray array when array.All(n => n is JsonValue v && v.GetValueKind() == JsonValueKind.String):
                    lists.Add((path, array.Select(n => n!.GetValue<string>()).ToList()));
                    break;
                case JsonArray array:
                    for (var i = 0; i < array.Count; i++)
                        Walk(array[i], $"{path}[{i}]");
                    break;
                case JsonObject obj:
                    foreach (var (key, value) in obj)
                        Walk(value, path + "." + key);
                    break;
            }
        }
    }

    /// <summary>Every pattern the rules hold, by where it is (personalData.detectors[0].pattern...).</summary>
    private static List<(string Name, RulePattern Pattern)> AllPatterns()
    {
        var found = new List<(string, RulePattern)>();
        Walk(Script.Rules, "rules");
        return found;

        void Walk(object? value, string path)
        {
            switch (value)
            {
                case null or string:
                    return;
                case RulePattern pattern:
                    found.Add((path, pattern));
                    return;
                case IDictionary dictionary:
                    foreach (DictionaryEntry entry in dictionary)
                        Walk(entry.Value, $"{path}.{entry.Key}");
                    return;
                case IEnumerable items:
                    var i = 0;
                    foreach (var item in items)
                        Walk(item, $"{path}[{i++}]");
                    return;
            }
            var type = value.GetType();
            if (type.IsPrimitive || type.IsEnum)
                return;
            foreach (var property in type.GetProperties())
                Walk(property.GetValue(value), $"{path}.{property.Name}");
        }
    }

    /// <summary>The texts the detectors are measured on, the shipped write-ups, and texts made to find where engines differ.</summary>
    private static List<string> Texts()
    {
        var fixtures = Path.Combine(Repository.Root, "tests", "fixtures", "anonymisation");
        var texts = Directory.EnumerateFiles(fixtures)
            .SelectMany(File.ReadAllLines)
            .Where(l => l.Length > 0 && !l.StartsWith('#'))
            .Select(l => l.Contains('\t') ? l[(l.IndexOf('\t') + 1)..] : l)
            .ToList();
        texts.AddRange(Directory.EnumerateFiles(Repository.Content, "*.md", SearchOption.AllDirectories)
            .SelectMany(f => File.ReadAllText(f).Split("\n\n")));
        texts.AddRange(
        [
            "Karim, 34 ans\r\nest venu.", "Karim, 34 ans\u2028suite", "Karim, 34 ans\u0085suite", "Léa (17 ans)\n", "Karim, ٣٤ ans.",
            "SÉCURITÉ SOCIALE 1 89 03 59 350 123 09", "ſécu 1 89 03 59 350 123 09", "İNSEE 1 89 03 59 350 123 09", "\u212Aarim, 34 ans.",
            "NÉE À Paris, le 3 MARS 1985", "née le 1er mars 2001", "Mme\u200DDupont", "a\u200Db@exemple.fr", "x@y.fr\u2029", "\uFEFF06 12 34 56 78",
            "12\u0085rue des Lilas", "l’association", "qu'il", "abc\n", "abc", "09/2024\n", "9.2024", "2024/9", "&#X202F;Mme&NBSP;Dupont",
            "<B title='x'>Mme</b>", "<a\u2028href>", "mot_de_passe", "\u0001\u007F\u0085", "«\\\"»",
        ]);
        // Pieces put together at random (always the same), for the places where the engines could read differently.
        string[] pieces =
        [
            "Mme ", "Karim", ", ", "34", " ans", "\n", "\r", "\u2028", "\u0085", "\u200D", "\u212A", "é", "É", "rue ", "des Lilas", "née ", "le ",
            "3 mars 1985", "@", "x.fr", "06 12 34 56 78", "1 89 03 59 350 123 08", "FR76", " 3000", "59100 ", "Roubaix", "sécu", "NIR ", "٣",
            "ſ", "İ", "ı", "\uFEFF", "\u00A0", "qu'", "l'", "2024", "/", "09", "a", "_", "*", "<b>", "&nbsp;", "\"", "\\", ".", " ", "DDN",
        ];
        var random = new Random(15);
        for (var i = 0; i < 400; i++)
            texts.Add(string.Concat(Enumerable.Range(0, random.Next(1, 14)).Select(_ => pieces[random.Next(pieces.Length)])));
        return texts;
    }
}
