using Osez.Markdown;

namespace Osez.Tests.Markdown;

/// <summary>The line-by-line measure taken before Markdig parses a body: markers and the indentation that nests lists.</summary>
public sealed class MarkdownNestingTests
{
    private static int? TooDeep(string markdown) => MarkdownNesting.FirstTooDeepLine(markdown)?.Line;

    [Theory]
    [InlineData(">", 32, null)]
    [InlineData(">", 33, 2)]
    [InlineData("> ", 33, 2)]
    [InlineData("- ", 33, 2)]
    [InlineData("* ", 33, 2)]
    [InlineData("+ ", 33, 2)]
    [InlineData("1. ", 33, 2)]
    [InlineData("123456789) ", 33, 2)]
    public void Markers_opening_more_than_32_levels_are_found_at_their_line(string marker, int count, int? line)
        => Assert.Equal(line, TooDeep("Un paragraphe.\n\n" + string.Concat(Enumerable.Repeat(marker, count)) + "texte\n\nLa suite."));

    [Theory]
    [InlineData("-texte")]
    [InlineData("1234567890. texte")]
    [InlineData("1.texte")]
    [InlineData("*texte*")]
    public void What_is_not_a_marker_opens_nothing(string start)
        => Assert.Null(TooDeep(string.Concat(Enumerable.Repeat("> ", 30)) + start));

    [Fact]
    public void Lists_nested_by_two_spaces_a_level_are_found_at_the_first_line_beyond_the_limit()
    {
        var lines = Enumerable.Range(0, 40).Select(i => new string(' ', 2 * i) + "- point");
        Assert.Equal(32, TooDeep(string.Join('\n', lines)));
    }

    [Fact]
    public void A_tab_counts_as_the_four_columns_it_stands_for()
        => Assert.Equal(16, TooDeep(string.Join('\n', Enumerable.Range(0, 20).Select(i => new string('\t', i) + "- point"))));

    [Fact]
    public void Indented_text_without_a_marker_opens_nothing()
        => Assert.Null(TooDeep(new string(' ', 200) + "un vers décalé\n" + new string('\t', 50) + "un autre"));

    [Theory]
    [InlineData("- - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - -")]
    [InlineData("> > * * * * * * * * * * * * * * * * * * * * * * * * * * * * * * * * * * * * * * * *")]
    [InlineData("_ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _")]
    public void A_separator_line_is_not_a_list(string line) => Assert.Null(TooDeep(line));

    [Theory]
    [InlineData("```", "```", 4)]
    [InlineData("~~~", "~~~~~", 4)]
    [InlineData("> ```", "> ```", 4)]
    [InlineData("````", "```", null)]
    [InlineData("~~~", "```", null)]
    public void Lines_of_a_fenced_code_block_open_nothing_until_it_is_closed(string open, string close, int? line)
        => Assert.Equal(line, TooDeep($"{open}\n{new string('>', 100)}\n{close}\n\n{new string('>', 100)}"));
}
