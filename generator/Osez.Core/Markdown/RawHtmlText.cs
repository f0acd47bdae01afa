using System.Text;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace Osez.Markdown;

/// <summary>
/// The words of raw HTML as the page shows them once <see cref="RawHtmlSanitizer"/> has kept what
/// <see cref="RawHtmlRules"/> allows: the text of kept and unwrapped elements, blanks between blocks,
/// nothing of what is removed with its content (scripts, styles, forms) and no tag.
/// </summary>
internal static partial class RawHtmlText
{
    private static readonly HtmlParser Parser = new();
    private static readonly IElement Context = Parser.ParseDocument(string.Empty).Body!;

    /// <summary>Appends the words of an HTML block, blocks on lines of their own.</summary>
    public static void Append(string html, StringBuilder builder)
    {
        var start = builder.Length;
        // Walked with a stack of its own: the parser nests up to hundreds of levels deep.
        var pending = new Stack<(INode Node, bool Closing)>();
        var nodes = Parser.ParseFragment(html, Context);
        for (var i = nodes.Length - 1; i >= 0; i--)
            pending.Push((nodes[i], false));
        while (pending.TryPop(out var item))
        {
            var (node, closing) = item;
            if (node is IText text)
            {
                AppendWords(text.Data, builder, start);
                continue;
            }
            if (node is not IElement element || RawHtmlRules.DroppedWithContent.Contains(element.LocalName))
                continue;
            var block = RawHtmlRules.Blocks.Contains(element.LocalName);
            if (block)
                EndLine(builder, start);
            if (closing)
                continue;
            if (block)
                pending.Push((element, true));
            for (var child = element.LastChild; child is not null; child = child.PreviousSibling)
                pending.Push((child, false));
        }
        EndLine(builder, start);
        while (builder.Length > start && builder[^1] == '\n')
            builder.Length--;
    }

    /// <summary>The element an inline tag opens or closes ("b", "/b"), or null for a comment or a declaration.</summary>
    public static (string Name, bool Closing)? TagOf(string tag)
    {
        var match = TagName().Match(tag);
        return match.Success ? (match.Groups[2].Value.ToLowerInvariant(), match.Groups[1].Length > 0) : null;
    }

    private static void AppendWords(string text, StringBuilder builder, int start)
    {
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c) && c != '\u00A0' && c != '\u202F')
            {
                if (builder.Length > start && builder[^1] is not (' ' or '\n'))
                    builder.Append(' ');
                continue;
            }
            builder.Append(c);
        }
    }

    private static void EndLine(StringBuilder builder, int start)
    {
        while (builder.Length > start && builder[^1] == ' ')
            builder.Length--;
        if (builder.Length > start && builder[^1] != '\n')
            builder.Append('\n');
    }

    [GeneratedRegex("^<(/?)([A-Za-z][A-Za-z0-9-]*)")]
    private static partial Regex TagName();
}
