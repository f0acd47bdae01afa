using System.Text;
using Markdig.Extensions.Footnotes;
using Markdig.Extensions.SmartyPants;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Osez.Markdown;

/// <summary>
/// The readable text of a parsed Markdown document, for the search index: the words of paragraphs,
/// headings, lists, tables, quotes, footnotes and code, one block per line; link texts and image
/// descriptions are kept, addresses (bare URLs, e-mail addresses) and markup are not. Raw HTML gives
/// the words the page shows of it (<see cref="RawHtmlText"/>).
/// </summary>
internal static class MarkdownText
{
    /// <summary>Elements without content: the words after them are not theirs.</summary>
    private static readonly HashSet<string> Void = new(
        ["area", "base", "br", "col", "embed", "frame", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr"], StringComparer.Ordinal);

    /// <param name="readRawHtml">False when the body's raw HTML is not rendered at all (too much of it).</param>
    public static string Of(MarkdownDocument document, bool readRawHtml = true)
    {
        var builder = new StringBuilder();
        foreach (var block in document.Descendants<LeafBlock>())
        {
            var start = builder.Length;
            if (block is CodeBlock code)
            {
                // An empty fenced block has no line array at all.
                foreach (var line in (code.Lines.Lines ?? []).Take(code.Lines.Count))
                    builder.Append(line.Slice.AsSpan()).Append('\n');
            }
            else if (block.Inline is { } inline)
            {
                Append(inline, builder);
            }
            else if (block is HtmlBlock html && readRawHtml)
            {
                RawHtmlText.Append(string.Join('\n', (html.Lines.Lines ?? []).Take(html.Lines.Count).Select(l => l.Slice.ToString())), builder);
            }
            if (builder.Length > start && builder[^1] != '\n')
                builder.Append('\n');
        }
        // Trimmed in the builder: TrimEnd on the string would copy the whole text once more.
        var length = builder.Length;
        while (length > 0 && builder[length - 1] == '\n')
            length--;
        return builder.ToString(0, length);
    }

    /// <summary>Appends the readable text of an inline and its children (also used for heading titles).</summary>
    internal static void Append(Inline inline, StringBuilder builder)
    {
        switch (inline)
        {
            case LiteralInline literal:
                builder.Append(literal.Content.AsSpan());
                break;
            case CodeInline code:
                builder.Append(code.Content);
                break;
            case LineBreakInline:
                builder.Append(' ');
                break;
            case HtmlEntityInline entity:
                builder.Append(entity.Transcoded.AsSpan());
                break;
            case SmartyPant pant:
                builder.Append(pant.Type switch
                {
                    SmartyPantType.LeftDoubleQuote or SmartyPantType.LeftAngleQuote => "« ",
                    SmartyPantType.RightDoubleQuote or SmartyPantType.RightAngleQuote => " »",
                    SmartyPantType.Ellipsis => "…",
                    SmartyPantType.Dash2 => "–",
                    SmartyPantType.Dash3 => "—",
                    _ => "’",
                });
                break;
            case LinkInline { IsAutoLink: true }:
            case AutolinkInline:
            case FootnoteLink:
                break;
            case ContainerInline container:
                // Raw HTML tags are siblings of the words they hold: what a removed element holds is skipped.
                string? skipping = null;
                for (var child = container.FirstChild; child is not null; child = child.NextSibling)
                {
                    if (child is HtmlInline html)
                    {
                        if (RawHtmlText.TagOf(html.Tag) is not var (name, closing))
                            continue;
                        if (skipping is not null)
                            skipping = closing && name == skipping ? null : skipping;
                        else if (!closing && RawHtmlRules.DroppedWithContent.Contains(name) && !Void.Contains(name) && !html.Tag.EndsWith("/>", StringComparison.Ordinal))
                            skipping = name;
                        else if (RawHtmlRules.Blocks.Contains(name))
                            builder.Append(' ');
                        continue;
                    }
                    if (skipping is null)
                        Append(child, builder);
                }
                break;
        }
    }
}
