using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Osez.Markdown;

/// <summary>
/// Gives every section heading a visible « ¶ » link to itself, and every top-level paragraph an id
/// and the same link (out of the Tab order, see <see cref="ParagraphLink"/>), so that a trainer can
/// cite a precise passage. Paragraph ids count within their
/// section ("demarche-p2": the second paragraph under "Démarche"), so editing one section does not
/// move the anchors of the others.
/// </summary>
public sealed class PassageAnchors(string sectionLabel, string paragraphLabel)
{
    public const string Symbol = "¶";

    public void Add(MarkdownDocument document)
    {
        var paragraphs = ParagraphIds(document).ToDictionary(p => p.Paragraph, p => p.Id);
        foreach (var block in document)
        {
            switch (block)
            {
                case HeadingBlock heading when heading.GetAttributes().Id is { } id && heading.Inline is not null:
                    heading.Inline.AppendChild(Link(id, sectionLabel.Replace("{titre}", PlainText.Of(heading.Inline), StringComparison.Ordinal)));
                    break;
                case ParagraphBlock paragraph when paragraphs.TryGetValue(paragraph, out var paragraphId):
                    paragraph.GetAttributes().Id = paragraphId;
                    paragraph.Inline!.AppendChild(ParagraphLink(paragraphId, paragraphLabel));
                    break;
            }
        }
    }

    /// <summary>The id each top-level paragraph gets, in document order; a paragraph whose id a heading already uses gets none.</summary>
    public static IReadOnlyList<(ParagraphBlock Paragraph, string Id)> ParagraphIds(MarkdownDocument document)
    {
        var ids = new HashSet<string>(document.Descendants<HeadingBlock>()
            .Select(h => h.GetAttributes().Id).OfType<string>(), StringComparer.Ordinal);
        var result = new List<(ParagraphBlock, string)>();
        var section = "debut";
        var count = 0;
        foreach (var block in document)
        {
            switch (block)
            {
                case HeadingBlock heading when heading.GetAttributes().Id is { } id:
                    section = id;
                    count = 0;
                    break;
                case ParagraphBlock paragraph when paragraph.Inline is not null:
                    count++;
                    var paragraphId = $"{section}-p{count}";
                    if (ids.Add(paragraphId))
                        result.Add((paragraph, paragraphId));
                    break;
            }
        }
        return result;
    }

    /// <summary>
    /// A paragraph's « ¶ » is for the mouse (shown on hover): out of the Tab order and not read aloud,
    /// so that twenty paragraphs are not twenty stops; the paragraph keeps its id, so its address still
    /// works, and the section's « ¶ » (a Tab stop) cites the passage by keyboard.
    /// </summary>
    private static LinkInline ParagraphLink(string id, string label)
    {
        var link = Link(id, label);
        link.GetAttributes().AddProperty("tabindex", "-1");
        link.GetAttributes().AddProperty("aria-hidden", "true");
        return link;
    }

    private static LinkInline Link(string id, string label)
    {
        var link = new LinkInline("#" + id, string.Empty);
        link.AppendChild(new LiteralInline(Symbol));
        var attributes = link.GetAttributes();
        attributes.AddClass("anchor");
        attributes.AddProperty("aria-label", label);
        return link;
    }
}
