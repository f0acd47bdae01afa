using System.Text;
using CsCheck;
using Osez.Building;
using Osez.Content;
using Osez.Diagnostics;
using Osez.Tests.Support;
using Osez.Yaml;

namespace Osez.Tests.Robustness;

/// <summary>
/// Random and mutated write-ups fed to the loader and to a whole check: nothing may throw, and
/// every problem must come back as a diagnostic that names a file (and a line, for the write-up's text).
/// Iterations are kept small so the suite stays quick; a failure prints the seed that reproduces it.
/// </summary>
public sealed class FuzzTests
{
    /// <summary>Bits of text that have broken parsers before: YAML syntax, Markdown, encodings, personal data.</summary>
    private static readonly string[] Nasty =
    [
        "---", "...", ":", ": ", "- ", "-", "[", "]", "{", "}", "&a ", "*a", "!!python/object:os.system ", "!Type ", "|", ">-", "#", "\"", "'",
        "\t", "\r", "\r\n", "\0", "\u00A0", "\u202F", "\uFEFF", "e\u0301", "\uD83D\uDE00", "\uD800", "\uFFFE", "\\", "%",
        "[[[[[[[[[[[[[[[[[[[[[[[[", "![x](../../site.yml)", "![x](/etc/hostname)", "[x](javascript:alert(1))", "[x](data:text/html,x)",
        "[x](fiche:)", "[x](fiche:#)", "[x](#)", "[x](page:)", "<script>alert(1)</script>", "<img src=x onerror=alert(1)>",
        "Mme Dupont", "06 12 34 56 78", "Karim, 34 ans", "née le 12 mars 1985", "12 rue des Lilas", "1 89 03 59 350 123 08",
        "anonymisation_acceptee:\n  - texte: x\n", "liens:\n  - fiche: ../x\n", "auteurs: []\n", "periode: 2023\n", "thematiques: [,]\n",
        "titre: ~\n", "titre: [a, b]\n", "date_publication: 2025-02-30\n", "taille_groupe: 15-8\n", "statut: [publie]\n",
        "\n", "\n\n---\n", "    ", "```", "~~~", "| a | b |\n|---|", "[^1]", "[^1]: note", "<!--", "-->",
        // Characters that cannot be published, typed or written as YAML escapes.
        "\uFDD0", "\U0010FFFF", "\u0001", "\u001B", "\u007F", "\u0085", "\"\\uFFFE\"", "\"\\0\"", "\"\\x01\"", "\"\\U0001FFFF\"", "\"\\uD800\"", "&#xFFFE;", "&#1;", "[x](a&#x1;)",
        // Nesting around and beyond the limit, and values beyond the limits.
        new string('>', 33), new string('>', 130), string.Concat(Enumerable.Repeat("- ", 40)), string.Concat(Enumerable.Repeat("  ", 40)) + "- x",
        new string('*', 80) + "x" + new string('*', 80), string.Concat(Enumerable.Repeat("![", 40)) + "x" + string.Concat(Enumerable.Repeat("](a.png)", 40)),
        new string('x', 10_001), "## Titre\n\n## Titre\n\n## Titre", string.Concat(Enumerable.Repeat("[a](", 20_000)),
    ];

    private static readonly string Seed = WriteUpText.Valid + "\n\n## Démarche\n\nVoir [le groupe](fiche:groupe-de-parents#contexte) et la [page](page:a-propos).\n\n| a | b |\n|---|---|\n| 1 | 2 |\n";

    /// <summary>A write-up mutated by a few random edits (each edit: kind, position, choice).</summary>
    private static readonly Gen<string> MutatedWriteUp =
        from edits in Gen.Select(Gen.Int[0, 9], Gen.Int[0, int.MaxValue], Gen.Int[0, int.MaxValue]).Array[0, 8]
        select edits.Aggregate(Seed, Mutate);

    private static string Mutate(string text, (int Kind, int Where, int What) edit)
    {
        var lines = text.Split('\n').ToList();
        var at = text.Length == 0 ? 0 : edit.Where % (text.Length + 1);
        var line = lines.Count == 0 ? 0 : edit.Where % lines.Count;
        var nasty = Nasty[edit.What % Nasty.Length];
        switch (edit.Kind)
        {
            case 0: return text.Insert(at, nasty);
            case 1: lines.RemoveAt(line); return string.Join('\n', lines);
            case 2: lines.Insert(line, lines[edit.What % lines.Count]); return string.Join('\n', lines);
            case 3: return at < text.Length ? text.Remove(at, Math.Min(text.Length - at, 1 + edit.What % 12)) : text;
            case 4: return text[..at];
            case 5: lines[line] = new string(' ', edit.What % 5) + lines[line].TrimStart(); return string.Join('\n', lines);
            case 6: lines[line] = nasty; return string.Join('\n', lines);
            case 7: return at < text.Length ? text.Remove(at, 1).Insert(at, ((char)(edit.What % 0x3000)).ToString()) : text;
            case 8: (lines[line], lines[edit.What % lines.Count]) = (lines[edit.What % lines.Count], lines[line]); return string.Join('\n', lines);
            default: return text + nasty;
        }
    }

    /// <summary>The text as bytes, sometimes with a few bytes flipped (invalid UTF-8, NUL...).</summary>
    private static readonly Gen<byte[]> MutatedBytes =
        from text in MutatedWriteUp
        from flips in Gen.Select(Gen.Int[0, int.MaxValue], Gen.Byte).Array[0, 3]
        select Flip(Encoding.UTF8.GetBytes(text), flips);

    private static byte[] Flip(byte[] bytes, (int Where, byte Value)[] flips)
    {
        foreach (var (where, value) in flips)
            if (bytes.Length > 0)
                bytes[where % bytes.Length] = value;
        return bytes;
    }

    /// <summary>
    /// In the normal suite, the same inputs on every run (one generated batch from a fixed seed), so that a
    /// red run is a regression, never bad luck; set OSEZ_FUZZ_ITERATIONS (or CsCheck_Seed) to explore new
    /// random inputs on many threads, with shrinking.
    /// </summary>
    private static void Explore<T>(Gen<T> gen, Action<T> assert, long normal, int threads = -1)
    {
        var exploring = Environment.GetEnvironmentVariable("OSEZ_FUZZ_ITERATIONS") is not null
            || Environment.GetEnvironmentVariable("CsCheck_Seed") is not null;
        if (exploring)
            gen.Sample(assert, iter: Iterations(normal), threads: threads);
        else
            gen.Array[(int)normal].Sample(batch =>
            {
                foreach (var item in batch)
                    assert(item);
            }, seed: FixedSeed, iter: 1, threads: 1);
    }

    /// <summary>A seed whose inputs once found a crash (an empty fenced code block); kept as a regression.</summary>
    private const string FixedSeed = "cj28LjtOK2y1";

    /// <summary>Iterations: small in the normal suite; OSEZ_FUZZ_ITERATIONS=100000 for a long hunt.</summary>
    private static long Iterations(long normal)
        => long.TryParse(Environment.GetEnvironmentVariable("OSEZ_FUZZ_ITERATIONS"), out var n) ? Math.Max(n / (3000 / normal), normal) : normal;

    private static readonly HashSet<string> FileLevelCodes = new(StringComparer.Ordinal)
    {
        DiagnosticCodes.BinaryFile.Id, DiagnosticCodes.LargeFile.Id, DiagnosticCodes.UnreadableFile.Id, DiagnosticCodes.InvalidSlug.Id,
        DiagnosticCodes.TooLarge.Id,
    };

    [Fact]
    public void The_loader_turns_any_bytes_into_a_file_or_diagnostics_with_a_location()
    {
        Explore(Gen.OneOf(MutatedBytes, Gen.Byte.Array[0, 400]), bytes =>
        {
            var diagnostics = new DiagnosticBag();
            var file = MarkdownFile.Parse(bytes, "content/fiches/essai.md", diagnostics);
            Assert.True(file is not null || diagnostics.HasErrors, "a file was refused without an error");
            Assert.All(diagnostics.Sorted(), d =>
            {
                Assert.Equal("content/fiches/essai.md", d.Location.File);
                Assert.True(d.Location.Line > 0 || FileLevelCodes.Contains(d.Code), $"{d.Code} without a line: {d.Message}");
                Assert.False(string.IsNullOrWhiteSpace(d.Message));
            });
        }, 3000);
    }

    [Fact]
    public void The_yaml_reader_never_throws_and_locates_every_problem()
    {
        var yaml = Gen.OneOf(
            MutatedWriteUp.Select(t => t.Split("---")[1 % Math.Max(1, t.Split("---").Length)]),
            Gen.String[Gen.Char[" \n\t:-[]{}&*!|>#\"'?,%@`abc123"], 0, 120]);
        Explore(yaml, text =>
        {
            var diagnostics = new DiagnosticBag();
            YamlTreeReader.Read(text, "f.md", 2, diagnostics);
            Assert.All(diagnostics.Sorted(), d => Assert.True(d.Location.Line >= 2, $"{d.Code} at line {d.Location.Line}"));
        }, 3000);
    }

    [Fact]
    public void A_whole_check_of_a_mutated_write_up_reports_every_problem_as_a_located_diagnostic()
    {
        using var site = TestSite.FromFixture("minimal");
        var path = site.File("fiches/essai.md");
        Explore(MutatedBytes, bytes =>
        {
            File.WriteAllBytes(path, bytes);
            var result = site.Check();
            Assert.All(result.Diagnostics, d =>
            {
                Assert.False(string.IsNullOrEmpty(d.Location.File), $"{d.Code} has no file: {d.Message}");
                if (d.Location.File == "content/fiches/essai.md")
                    Assert.True(d.Location.Line > 0 || FileLevelCodes.Contains(d.Code), $"{d.Code} without a line: {d.Message}");
            });
            // The minimal site is clean: any error must be about the mutated write-up or what it links to.
            Assert.All(result.Diagnostics.Where(d => d.Severity == Severity.Error),
                d => Assert.Equal("content/fiches/essai.md", d.Location.File));
        }, 150, threads: 1);
    }

    [Fact]
    public void A_build_of_a_mutated_write_up_writes_everything_or_nothing()
    {
        using var site = TestSite.FromFixture("minimal");
        site.Build(OutputMode.Disk).AssertNoErrors();
        var path = site.File("fiches/essai.md");
        Explore(MutatedWriteUp, text =>
        {
            File.WriteAllBytes(path, Encoding.UTF8.GetBytes(text));
            var before = OutputLinks.Read(site.OutputPath);
            var result = site.Build(OutputMode.Disk);
            var after = OutputLinks.Read(site.OutputPath);
            if (result.HasErrors)
                Assert.Equal(before.Keys.Order(), after.Keys.Order());
            else if (result.Diagnostics.Any(d => d.Code == DiagnosticCodes.UnknownAnchor.Id))
                Assert.DoesNotContain(OutputLinks.Broken(after), b => !b.Contains("(no id ", StringComparison.Ordinal)); // warned: leads to the top of the page
            else
                Assert.Empty(OutputLinks.Broken(after));
            // Besides the site, only the replaced one kept aside for the next build: no staging folder left over.
            Assert.Equal(["content", "output"], Directory.EnumerateFileSystemEntries(site.Root).Select(Path.GetFileName).Where(n => n != ".output.recyclage").Order());
        }, 40, threads: 1);
    }

    /// <summary>A front-matter value: plain text, or with a character that cannot be published, or around the size limits.</summary>
    private static readonly Gen<(string Yaml, string Expected)> FrontMatterValue = Gen.OneOf(
        Gen.String[Gen.Char["abcdéèà ,.'-"], 10, 100].Select(t => ($"\"{t.Trim()}x\"", "")),
        Gen.Select(Gen.OneOf<string>("\\uFFFE", "\\uFFFF", "\\uFDD0", "\\U0003FFFE", "\\0", "\\x01", "\\e", "\\x7F", "\\N", "\\x9F"), Gen.Int[0, 30])
            .Select(p => ($"\"{new string('a', p.Item2)}{p.Item1}fin\"", DiagnosticCodes.UnpublishableCharacter.Id)),
        Gen.Int[9_990, 10_010].Select(n => ($"\"{new string('a', n)}\"", n > 10_000 ? DiagnosticCodes.TooLarge.Id : DiagnosticCodes.Length.Id)));

    /// <summary>A body line nesting quotes, lists, emphasis or images: its levels, and the line.</summary>
    private static readonly Gen<(int Levels, string Line)> NestedLine =
        from levels in Gen.Int[1, 45]
        from kind in Gen.Int[0, 4]
        select (levels, kind switch
        {
            0 => string.Concat(Enumerable.Repeat("> ", levels)) + "une citation",
            1 => string.Concat(Enumerable.Repeat("- ", levels)) + "un point",
            2 => string.Concat(Enumerable.Repeat("> - ", (levels + 1) / 2)) + "un mélange",
            3 => string.Concat(Enumerable.Repeat("*a ", levels)) + "x" + string.Concat(Enumerable.Repeat(" a*", levels)),
            _ => string.Concat(Enumerable.Repeat("![", levels)) + "x" + string.Concat(Enumerable.Repeat("](a.png)", levels)),
        });

    [Fact]
    public void Front_matter_values_and_body_nesting_around_the_limits_give_their_diagnostic_at_their_line()
    {
        using var site = TestSite.FromFixture("minimal");
        var path = site.File("fiches/essai.md");
        var fields = new[] { ("titre: \"Une action collective de test\"", "titre: ", 2), ("prenom: Claire", "prenom: ", 7), ("  par: Relectrice", "  par: ", 18) };
        Explore(Gen.Select(Gen.Int[0, fields.Length - 1], FrontMatterValue, NestedLine), input =>
        {
            var (field, (value, expected), (levels, line)) = input;
            var (find, key, fieldLine) = fields[field];
            var text = WriteUpText.Valid.Replace(find, key + value) + "\n\n" + line + "\n";
            File.WriteAllText(path, text);
            var mine = site.Check().Diagnostics.Where(d => d.Location.File == "content/fiches/essai.md").ToList();
            Assert.All(mine, d => Assert.True(d.Location.Line > 0, $"{d.Code} without a line: {d.Message}"));
            if (expected.Length > 0)
                Assert.Contains(mine, d => d.Code == expected && d.Location.Line == fieldLine);
            // A refused front matter stops the file there; otherwise the body is measured.
            if (expected == DiagnosticCodes.Length.Id || expected.Length == 0)
                Assert.Equal(levels > 32, mine.Any(d => d.Code == DiagnosticCodes.NestingTooDeep.Id && d.Location.Line == 25));
            else
                Assert.DoesNotContain(mine, d => d.Code == DiagnosticCodes.NestingTooDeep.Id);
        }, 60, threads: 1);
    }
}
