using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Osez.Markdown;

/// <summary>
/// How deeply a body may put quotes, lists, emphasis and links inside one another. Markdig refuses more than 128
/// levels of its own tree by throwing, and our walkers recurse over it; a write-up never needs more than a few.
/// A level is what the writer typed: a quote « > », a list, an emphasis « * » or « _ », a link or an image.
/// </summary>
internal static class MarkdownNesting
{
    /// <summary>
    /// The limit, in the writer's levels. A list is two levels of Markdig's tree (list and item), so 32 of them stay far
    /// under Markdig's 128, with room for the inlines of the deepest paragraph.
    /// </summary>
    public const int MaxLevels = 32;

    /// <summary>
    /// Before parsing, line by line: the first line whose quote and list markers, with the indentation that nests a list
    /// in another, go deeper than <see cref="MaxLevels"/>. Markdig would throw on such a line before giving any position.
    /// </summary>
    /// <returns>The line (0-based in <paramref name="markdown"/>) and the levels it opens; null when every line is within the limit.</returns>
    public static (int Line, int Levels)? FirstTooDeepLine(string markdown)
    {
        var text = markdown.AsSpan();
        var line = 0;
        var fence = string.Empty;
        while (true)
        {
            var end = text.IndexOf('\n');
            var current = end < 0 ? text : text[..end];
            var (levels, restStart) = Levels(current);
            var rest = current[restStart..];
            // Inside a fenced code block, lines are shown as typed: « > » and « - » there open nothing. It ends with
            // a fence of the same character, at least as long.
            if (fence.Length > 0)
            {
                if (Fence(rest) is { Length: > 0 } closing && closing[0] == fence[0] && closing.Length >= fence.Length)
                    fence = string.Empty;
            }
            else if (Fence(rest) is { Length: > 0 } opening)
                fence = opening;
            else if (levels > MaxLevels)
                return (line, levels);
            if (end < 0)
                return null;
            text = text[(end + 1)..];
            line++;
        }
    }

    /// <summary>
    /// The levels a line opens: each quote or list marker at its start counts one, and so do every two columns of
    /// blanks before a marker, beyond the one after the previous marker (how a list is put inside another); and where
    /// the text after the markers starts.
    /// </summary>
    private static (int Levels, int RestStart) Levels(ReadOnlySpan<char> line)
    {
        // « * * * » or « - - - - » alone is a separator line, not lists: only the quotes before it open levels.
        var afterQuotes = line.TrimStart(" \t>");
        if (IsThematicBreak(afterQuotes))
            return (line[..(line.Length - afterQuotes.Length)].Count('>'), line.Length - afterQuotes.Length);
        var markers = 0;
        var blankColumns = 0;
        var column = 0;
        var i = 0;
        while (i < line.Length)
        {
            var blanksFrom = column;
            while (i < line.Length && line[i] is ' ' or '\t')
            {
                column += line[i] == '\t' ? 4 - column % 4 : 1;
                i++;
            }
            var marker = MarkerLength(line[i..]);
            if (marker == 0)
                break;
            // Only blanks before a marker nest it; the one that separates a marker from what follows is part of that marker.
            blankColumns += Math.Max(0, column - blanksFrom - (markers > 0 ? 1 : 0));
            markers++;
            i += marker;
            column += marker;
        }
        return (markers + blankColumns / 2, i);
    }

    /// <summary>The length of a quote or list marker at the start of <paramref name="text"/>; 0 when there is none.</summary>
    private static int MarkerLength(ReadOnlySpan<char> text)
    {
        if (text.IsEmpty)
            return 0;
        if (text[0] == '>')
            return 1;
        if (text[0] is '-' or '+' or '*')
            return text.Length == 1 || text[1] is ' ' or '\t' ? 1 : 0;
        var digits = 0;
        while (digits < text.Length && digits < 9 && char.IsAsciiDigit(text[digits]))
            digits++;
        if (digits == 0 || digits >= text.Length || text[digits] is not ('.' or ')'))
            return 0;
        return digits + 1 == text.Length || text[digits + 1] is ' ' or '\t' ? digits + 1 : 0;
    }

    private static bool IsThematicBreak(ReadOnlySpan<char> text)
    {
        var mark = text.IsEmpty ? '\0' : text[0];
        if (mark is not ('-' or '*' or '_'))
            return false;
        var count = 0;
        foreach (var c in text)
        {
            if (c == mark)
                count++;
            else if (c is not (' ' or '\t'))
                return false;
        }
        return count >= 3;
    }

    /// <summary>The run of « ` » or « ~ » that starts a line, when it is a fence (three or more); empty otherwise.</summary>
    private static string Fence(ReadOnlySpan<char> rest)
    {
        if (rest.IsEmpty || rest[0] is not ('`' or '~'))
            return string.Empty;
        var length = 1;
        while (length < rest.Length && rest[length] == rest[0])
            length++;
        return length >= 3 ? rest[..length].ToString() : string.Empty;
    }

    /// <summary>
    /// After parsing: the first element deeper than <see cref="MaxLevels"/> (emphasis and links inside one another are
    /// only known once parsed), walked without recursion since the tree may be thousands of levels deep.
    /// </summary>
    /// <returns>The element's line and column (0-based in the body); null when the whole tree is within the limit.</returns>
    public static (int Line, int Column)? FirstTooDeepElement(MarkdownDocument document)
    {
        var pending = new Stack<(MarkdownObject Node, int Levels)>();
        pending.Push((document, 0));
        while (pending.Count > 0)
        {
            var (node, levels) = pending.Pop();
            if (levels > MaxLevels)
                return (node.Line, node.Column);
            switch (node)
            {
                case ContainerBlock container:
                    for (var i = container.Count - 1; i >= 0; i--)
                        pending.Push((container[i], container[i] is ListItemBlock || container[i] is not ContainerBlock ? levels : levels + 1));
                    break;
                case LeafBlock { Inline: { } inline }:
                    for (var child = inline.LastChild; child is not null; child = child.PreviousSibling)
                        pending.Push((child, levels));
                    break;
                case ContainerInline container:
                    for (var child = container.LastChild; child is not null; child = child.PreviousSibling)
                        pending.Push((child, levels + 1));
                    break;
            }
        }
        return null;
    }

    /// <summary>True for Markdig's own refusal of a too deep tree (an <see cref="ArgumentException"/> like any other).</summary>
    public static bool IsMarkdigDepthLimit(ArgumentException exception)
        => exception.Message.Contains("too deeply nested", StringComparison.Ordinal);
}
