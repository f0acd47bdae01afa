using System.Text;
using System.Text.RegularExpressions;
using Osez.Building;
using Osez.Configuration;
using Osez.Corpus;
using Osez.Diagnostics;
using Osez.Tests.Support;

namespace Osez.Tests.Bench;

/// <summary>
/// The benchmark corpus (bench/Osez.Corpus): valid write-ups that build cleanly, the same from run to
/// run, each corpus the prefix of a larger one. Not timed: the timings live in bench/run.sh.
/// </summary>
public sealed partial class CorpusTests
{
    private static readonly string[] Sections =
    [
        "Contexte", "Le groupe", "Démarche", "Ce que le groupe a produit",
        "Effets pour les personnes", "Effets pour les professionnels", "Difficultés", "Enseignements",
    ];

    private static string Generate(TempFolder folder, string name, int count, string seed = "1")
    {
        var output = folder.Combine(name);
        CorpusWriter.Write(new CorpusOptions(count, seed, output, Repository.Content, Stats: false));
        return output;
    }

    private static Dictionary<string, byte[]> WriteUps(string corpus)
        => Directory.GetFiles(Path.Combine(corpus, "content", "fiches"), "*.md")
            .ToDictionary(f => Path.GetFileName(f), File.ReadAllBytes, StringComparer.Ordinal);

    [Fact]
    public void A_generated_corpus_builds_without_error_or_warning_into_a_page_per_write_up()
    {
        using var folder = new TempFolder();
        var corpus = Generate(folder, "corpus", 60);
        var paths = SitePaths.From(Path.Combine(corpus, "content"), Repository.Templates, folder.Combine("output"));

        var result = SiteBuilder.Default.Run(new BuildOptions(paths, OutputMode.Memory) { Today = TestSite.Today });

        var problems = result.Diagnostics.Where(d => d.Severity is Severity.Error or Severity.Warning).ToList();
        Assert.True(problems.Count == 0, DiagnosticAssertions.Describe(problems));
        Assert.Equal(60, result.WriteUpCount);
        var slugs = WriteUps(corpus).Keys.Select(f => f[..^".md".Length]).ToHashSet();
        var writeUpPages = result.Files!.Keys
            .Where(p => p.StartsWith("fiches/", StringComparison.Ordinal) && p.EndsWith("/index.html", StringComparison.Ordinal) && p.Count(c => c == '/') == 2)
            .Select(p => p["fiches/".Length..^"/index.html".Length])
            .ToHashSet();
        Assert.Equal(slugs.Order(), writeUpPages.Order());
        // 60 write-ups at 50 a page: two list pages.
        Assert.Contains("fiches/index.html", result.Files.Keys);
        Assert.Contains("fiches/index-2.html", result.Files.Keys);
        Assert.DoesNotContain("fiches/index-3.html", result.Files.Keys);

        var page = Encoding.UTF8.GetString(result.Files[$"fiches/{slugs.Order(StringComparer.Ordinal).First()}/index.html"]);
        foreach (var section in Sections)
            Assert.Matches($"<h2 id=\"[a-z-]+\">{Regex.Escape(section)}<", page);
    }

    [Fact]
    public void Every_term_a_corpus_uses_gets_its_page()
    {
        using var folder = new TempFolder();
        var corpus = Generate(folder, "corpus", 30);
        var paths = SitePaths.From(Path.Combine(corpus, "content"), Repository.Templates, folder.Combine("output"));
        var result = SiteBuilder.Default.Run(new BuildOptions(paths, OutputMode.Memory) { Today = TestSite.Today });
        result.AssertNoErrors();

        var text = string.Join("\n", WriteUps(corpus).Values.Select(Encoding.UTF8.GetString));
        foreach (var id in ThematicLine().Matches(text).SelectMany(m => m.Groups[1].Value.Split(", ")).Distinct())
            Assert.Contains($"thematiques/{id}/index.html", result.Files!.Keys);
    }

    [Fact]
    public void The_same_seed_gives_the_same_files_and_a_smaller_corpus_is_the_start_of_a_larger_one()
    {
        using var folder = new TempFolder();
        var twenty = WriteUps(Generate(folder, "a", 20));
        var again = WriteUps(Generate(folder, "b", 20));
        var forty = WriteUps(Generate(folder, "c", 40));
        var otherSeed = WriteUps(Generate(folder, "d", 20, seed: "2"));

        Assert.Equal(20, twenty.Count);
        Assert.Equal(40, forty.Count);
        Assert.Equal(twenty.Keys.Order(), again.Keys.Order());
        foreach (var (name, bytes) in twenty)
        {
            Assert.Equal(bytes, again[name]);
            Assert.True(forty.TryGetValue(name, out var inForty), $"{name} is not in the 40 corpus");
            Assert.Equal(bytes, inForty);
        }
        Assert.NotEqual(twenty.Keys.Order(), otherSeed.Keys.Order());
    }

    [Fact]
    public void Write_ups_follow_the_schema_the_benchmark_promises()
    {
        using var folder = new TempFolder();
        var corpus = Generate(folder, "corpus", 60);
        Assert.True(File.Exists(Path.Combine(corpus, "content", "site.yml")));
        Assert.Equal(
            Directory.GetFiles(Path.Combine(Repository.Content, "vocabulaires")).Select(Path.GetFileName).Order(),
            Directory.GetFiles(Path.Combine(corpus, "content", "vocabulaires")).Select(Path.GetFileName).Order());

        var links = 0;
        foreach (var (name, bytes) in WriteUps(corpus))
        {
            var text = Encoding.UTF8.GetString(bytes);
            Assert.Contains("\nstatut: publie\n", text);
            Assert.Contains("\nillustratif: true\n", text);
            Assert.Contains("\nrelecture_anonymisation:\n  faite: true\n", text);
            var body = text[(text.IndexOf("\n---\n", 4, StringComparison.Ordinal) + 5)..];
            var headings = body.Split('\n').Where(l => l.StartsWith("## ", StringComparison.Ordinal)).Select(l => l[3..]).ToList();
            Assert.Equal(Sections, headings);
            var words = Whitespace().Split(body).Count(w => w.Any(char.IsLetterOrDigit));
            Assert.InRange(words, WriteUpGenerator.MinWords, WriteUpGenerator.MaxWords);
            // Links to other write-ups only point backwards, so every prefix of a corpus stays valid.
            var index = int.Parse(IndexSuffix().Match(name).Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
            foreach (Match link in WriteUpLink().Matches(text))
            {
                links++;
                Assert.True(int.Parse(link.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture) < index, $"{name} links forward: {link.Value}");
            }
        }
        Assert.True(links > 10, $"only {links} links between write-ups");
    }

    [Fact]
    public void Write_ups_hold_no_pattern_of_personal_data()
    {
        using var folder = new TempFolder();
        var text = string.Join("\n", WriteUps(Generate(folder, "corpus", 60)).Values.Select(Encoding.UTF8.GetString));

        Assert.DoesNotContain("@", text);
        Assert.DoesNotMatch(PersonalData(), text);
        Assert.DoesNotContain("\n    nom:", text);
    }

    [Fact]
    public void A_folder_the_generator_did_not_write_is_refused_and_left_untouched()
    {
        using var folder = new TempFolder();
        var precious = folder.Combine("notes.txt");
        File.WriteAllText(precious, "à garder");

        var error = Assert.Throws<CorpusException>(() =>
            CorpusWriter.Write(new CorpusOptions(5, "1", folder.Path, Repository.Content, Stats: false)));

        Assert.Contains("n'est pas vide", error.Message);
        Assert.Equal("à garder", File.ReadAllText(precious));
        Assert.False(Directory.Exists(folder.Combine("content")));
    }

    [GeneratedRegex(@"\nthematiques: \[([^\]]+)\]")]
    private static partial Regex ThematicLine();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();

    [GeneratedRegex(@"-(\d+)\.md$")]
    private static partial Regex IndexSuffix();

    [GeneratedRegex(@"fiche:[a-z0-9-]+-(\d+)\b")]
    private static partial Regex WriteUpLink();

    /// <summary>Honorifics, phone numbers, "né(e) le/en", street addresses, five-digit postal codes, long digit runs.</summary>
    [GeneratedRegex(@"\b(M\.|Mme|Mlle|Mr|Monsieur|Madame|Mademoiselle|Docteur|Dr|Maître)\s+\p{Lu}|\b0\d([ .-]?\d\d){4}\b|\+33|\bnée?s?\s+(le|en)\b|\b\d{1,4}\s*(bis|ter)?\s*,?\s*(rue|avenue|av\.|boulevard|bd|allée|impasse|chemin|place|quai|route|cours|square)\b|\b\d{5}\b|\d{6,}", RegexOptions.IgnoreCase)]
    private static partial Regex PersonalData();
}
