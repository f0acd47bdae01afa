using Osez.Diagnostics;
using Osez.Yaml;

namespace Osez.Tests.Yaml;

public sealed class YamlTreeReaderTests
{
    private static (YNode? Node, IReadOnlyList<Diagnostic> Diagnostics) Read(string yaml, int firstLine = 2)
    {
        var diagnostics = new DiagnosticBag();
        var node = YamlTreeReader.Read(yaml, "f.md", firstLine, diagnostics);
        return (node, diagnostics.Sorted());
    }

    [Fact]
    public void Keeps_values_as_written_with_their_file_lines()
    {
        var (node, diagnostics) = Read("titre: Un titre\ndepartement: \"01\"\nliste: [a, b]\n");
        Assert.Empty(diagnostics);
        var map = Assert.IsType<YMapping>(node);
        Assert.Equal("Un titre", ((YScalar)map["titre"]!).Value);
        Assert.Equal("01", ((YScalar)map["departement"]!).Value);
        Assert.False(((YScalar)map["departement"]!).IsPlain);
        Assert.Equal(3, map["departement"]!.Location.Line);
        Assert.Equal(14, map["departement"]!.Location.Column);
        Assert.Equal(2, Assert.IsType<YSequence>(map["liste"]).Items.Count);
    }

    [Fact]
    public void Reports_a_syntax_error_at_its_file_line_and_quotes_it()
    {
        var (node, diagnostics) = Read("titre: x\nresume: \"pas fermé\nauteurs: y\n");
        Assert.Null(node);
        var diagnostic = Assert.Single(diagnostics);
        Assert.Equal(DiagnosticCodes.YamlSyntax.Id, diagnostic.Code);
        Assert.InRange(diagnostic.Location.Line, 3, 5);
        Assert.NotEmpty(diagnostic.Hint);
    }

    [Fact]
    public void Explains_a_colon_inside_an_unquoted_value()
    {
        var (_, diagnostics) = Read("titre: Avant : après: la suite\n");
        var diagnostic = Assert.Single(diagnostics);
        Assert.Contains("guillemets", diagnostic.Hint);
        Assert.Equal("titre: Avant : après: la suite", diagnostic.Excerpt);
    }

    [Fact]
    public void Refuses_duplicate_keys()
    {
        var (node, diagnostics) = Read("titre: a\ntitre: b\n");
        Assert.Null(node);
        var diagnostic = Assert.Single(diagnostics);
        Assert.Equal(DiagnosticCodes.DuplicateKey.Id, diagnostic.Code);
        Assert.Equal(3, diagnostic.Location.Line);
    }

    [Fact]
    public void Refuses_aliases_so_a_billion_laughs_cannot_expand()
    {
        var bomb = "a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n"
            + string.Concat(Enumerable.Range(0, 9).Select(i => $"{(char)('b' + i)}: &{(char)('b' + i)} [*{(char)('a' + i)},*{(char)('a' + i)},*{(char)('a' + i)},*{(char)('a' + i)},*{(char)('a' + i)},*{(char)('a' + i)},*{(char)('a' + i)},*{(char)('a' + i)},*{(char)('a' + i)}]\n"));
        var (node, diagnostics) = Read(bomb);
        Assert.Null(node);
        Assert.All(diagnostics, d => Assert.Equal(DiagnosticCodes.YamlAlias.Id, d.Code));
        Assert.NotEmpty(diagnostics);
    }

    [Fact]
    public void Refuses_tags_that_would_create_objects()
    {
        var (node, diagnostics) = Read("titre: !!python/object/apply:os.system [\"rm -rf /\"]\nautre: !Type {a: 1}\n");
        Assert.Null(node);
        Assert.Equal(2, diagnostics.Count(d => d.Code == DiagnosticCodes.YamlTag.Id));
    }

    [Fact]
    public void Refuses_deep_nesting_without_crashing()
    {
        var deep = string.Concat(Enumerable.Repeat("[", 5000)) + string.Concat(Enumerable.Repeat("]", 5000));
        var (node, diagnostics) = Read("a: " + deep);
        Assert.Null(node);
        Assert.Contains(diagnostics, d => d.Code == DiagnosticCodes.YamlTooDeep.Id);
    }

    [Fact]
    public void An_empty_document_is_no_node_and_no_error()
    {
        var (node, diagnostics) = Read("");
        Assert.Null(node);
        Assert.Empty(diagnostics);
    }

    [Theory]
    [InlineData("titre: \"a\\uFFFEb\"", "U+FFFE")]
    [InlineData("titre: \"a\\0b\"", "U+0000")]
    [InlineData("titre: \"a\\x1Fb\"", "U+001F")]
    [InlineData("liste:\n  - ok\n  - \"\\U0010FFFE\"", "U+10FFFE")]
    [InlineData("\"cl\\uFDD0e\": valeur", "U+FDD0")]
    public void Refuses_a_decoded_value_or_key_that_cannot_be_published_where_it_starts(string yaml, string shown)
    {
        var (node, diagnostics) = Read(yaml);
        Assert.Null(node);
        var diagnostic = Assert.Single(diagnostics);
        Assert.Equal(DiagnosticCodes.UnpublishableCharacter.Id, diagnostic.Code);
        Assert.Equal(2 + yaml.Count(c => c == '\n'), diagnostic.Location.Line);
        Assert.Contains(shown, diagnostic.Message);
    }

    [Fact]
    public void Keeps_escapes_that_give_publishable_characters()
    {
        var (node, diagnostics) = Read("titre: \"a\\tb\\u00E9\\_c\\n\"");
        Assert.Empty(diagnostics);
        Assert.Equal("a\tbé\u00A0c\n", ((YScalar)((YMapping)node!)["titre"]!).Value);
    }

    [Fact]
    public void Refuses_a_value_over_ten_thousand_characters_where_it_starts()
    {
        var (node, diagnostics) = Read("titre: ok\nresume: " + new string('x', YamlTreeReader.MaxScalarChars + 1));
        Assert.Null(node);
        var diagnostic = Assert.Single(diagnostics);
        Assert.Equal((DiagnosticCodes.TooLarge.Id, 3, 9), (diagnostic.Code, diagnostic.Location.Line, diagnostic.Location.Column));
        Assert.Empty(Read("resume: " + new string('x', YamlTreeReader.MaxScalarChars)).Diagnostics);
    }

    [Fact]
    public void Refuses_a_document_over_the_limit_before_parsing_it()
    {
        var (node, diagnostics) = Read(string.Concat(Enumerable.Range(0, 20_000).Select(i => $"cle{i}: valeur\n")), firstLine: 5);
        Assert.Null(node);
        var diagnostic = Assert.Single(diagnostics);
        Assert.Equal((DiagnosticCodes.TooLarge.Id, 5), (diagnostic.Code, diagnostic.Location.Line));
    }

    [Theory]
    [InlineData("titre: Un titre\nauteurs:\n  - nom: Martin\n    prenom: Claire\n\tfonction: Assistante\n", 6, 1)]
    [InlineData("titre: Un titre\nauteurs:\n  - nom: Martin\n  \t  prenom: Claire\n", 5, 3)]
    [InlineData("# Avant d'écrire : lisez le guide\ntitre: Un titre\nperiode:\n\tdebut: 2023-09\n", 5, 1)]
    public void Reports_a_tab_on_its_own_line_with_the_tab_hint(string yaml, int line, int column)
    {
        var (node, diagnostics) = Read(yaml);
        Assert.Null(node);
        var diagnostic = Assert.Single(diagnostics);
        Assert.Equal(DiagnosticCodes.YamlSyntax.Id, diagnostic.Code);
        Assert.Equal(line, diagnostic.Location.Line);
        Assert.Equal(column, diagnostic.Location.Column);
        Assert.Contains("tabulation", diagnostic.Hint);
        Assert.Contains('\t', diagnostic.Excerpt);
    }

    [Fact]
    public void Reports_an_unclosed_quote_on_the_line_where_it_opens()
    {
        var (node, diagnostics) = Read("titre: x\nresume: \"pas fermé\nauteurs: y\nstatut: publie\n");
        Assert.Null(node);
        var diagnostic = Assert.Single(diagnostics);
        Assert.Equal(3, diagnostic.Location.Line);
        Assert.Equal("resume: \"pas fermé", diagnostic.Excerpt);
        Assert.Contains("guillemet", diagnostic.Hint);
    }

    [Fact]
    public void A_tab_inside_a_value_is_not_blamed_for_another_error()
    {
        var (_, diagnostics) = Read("titre: a\tb\nresume: Avant : après: la suite\n");
        var diagnostic = Assert.Single(diagnostics);
        Assert.Equal(3, diagnostic.Location.Line);
    }

    [Theory]
    // A no-break space (pasted from a word processor) before a key: the parser complained about the next line.
    [InlineData("titre: Un titre\nauteurs:\n  - nom: Martin\n\u00A0   prenom: Claire\n    fonction: Assistante\n", 5, 1, "espace insécable")]
    // A narrow no-break space, after ordinary spaces.
    [InlineData("titre: Un titre\nauteurs:\n  - nom: Martin\n  \u202F prenom: Claire\n    fonction: Assistante\n", 5, 3, "U+202F")]
    // A key without its colon before its block: the parser complained about the block's first line.
    [InlineData("titre: Un titre\nperiode\n  debut: 2023-09\n  fin: 2024-06\n", 3, 8, "Il manque « : » après « periode » : écrivez « periode: »")]
    // A line separator pasted inside a value: the parser took it for a line break.
    [InlineData("titre: Un titre\nresume: \"Un groupe\u2028de locataires\"\nstatut: publie\n", 3, 19, "saut de ligne invisible (U+2028)")]
    // A value opened with an apostrophe and never closed.
    [InlineData("titre: Un titre\nauteurs:\n  - nom: Martin\n    fonction: 'Assistante\nstatut: publie\n", 5, 15, "Une apostrophe « ' » ouvre cette valeur")]
    public void Reports_invisible_characters_and_missing_colons_on_the_faulty_line(string yaml, int line, int column, string hint)
    {
        var (node, diagnostics) = Read(yaml);
        Assert.Null(node);
        var diagnostic = Assert.Single(diagnostics);
        Assert.Equal(DiagnosticCodes.YamlSyntax.Id, diagnostic.Code);
        Assert.Equal((line, column), (diagnostic.Location.Line, diagnostic.Location.Column));
        Assert.Contains(hint, diagnostic.Hint);
    }

    [Fact]
    public void A_bare_text_continuing_a_value_is_not_taken_for_a_key_without_colon()
    {
        // « de locataires » continues the summary (same indentation as the line after it): the colon rule keeps out.
        var (_, diagnostics) = Read("resume: Un groupe\n  de locataires\n  a appris: oui\n");
        var diagnostic = Assert.Single(diagnostics);
        Assert.DoesNotContain("Il manque « : »", diagnostic.Hint);
    }
}
