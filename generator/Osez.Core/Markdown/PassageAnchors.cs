using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Osez.Markdown;

/// <summary>
/// Gives every section heading a visible « ¶ » link to itself, and every top-level paragraph an id
/// and the same link, so that a trainer can cite a precise passage. Paragraph ids count within their
/// section ("demarche-p2": the second paragraph under "Démarche"), so editing one section does not
/// move the anchors of the others.
/// </summary>
public sealed class PassageAnchors(string sectionLabel, string paragraphLabel)
{
    public const string Symbol = "¶";

    public void Add(MarkdownDocument document)
    {
        var ids = new HashSet<string>(document.Descendants<HeadingBlock>()
            .Select(h => h.GetAttributes().Id).OfType<string>(), StringComparer.Ordinal);
        var section = "debut";
        var count = 0;
        foreach (var block in document)
        {
            switch (block)
            {
                case HeadingBlock heading when heading.GetAttributes().Id is { } id && heading.Inline is not null:
                    section = id;
                    count = 0;
                    heading.Inline.AppendChild(Link(id, sectionLabel.Replace("{titre}", PlainText.Of(heading.Inline), StringComparison.Ordinal)));
                    break;
                case ParagraphBlock paragraph when paragraph.Inline is not null:
                    count++;
                    var paragraphId = $"{section}-p{count}";
                    if (!ids.Add(paragraphId))
                        break;
                    paragraph.GetAttributes().Id = paragraphId;
                    paragraph.Inline.AppendChild(Link(paragraphId, paragraphLabel));
                    break;
            }
        }
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
