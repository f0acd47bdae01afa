using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;

namespace Osez.Rendering;

/// <summary>
/// The Scriban context of one render thread, reused from page to page (creating one costs more than
/// rendering a small page). Writes <see cref="PageContent"/> straight from its buffer.
/// </summary>
/// <remarks>
/// Every value a template prints is escaped as HTML here, whatever it is and wherever it comes from (site.yml,
/// the interface texts, a write-up): templates have no way to forget it. Only <see cref="Markup"/> (made by the
/// generator for its context), the page's own content and what a template captured from its own output are
/// written as they are.
/// </remarks>
internal sealed class PageContext : TemplateContext
{
    public override TemplateContext Write(SourceSpan span, object? textAsObject)
    {
        switch (textAsObject)
        {
            case null:
                return base.Write(span, textAsObject);
            case PageContent content when Output is CharBuffer page:
                page.Append(content.Buffer.Span);
                return this;
            case PageContent content:
                return base.Write(span, content.ToString());
            case Markup markup:
                return base.Write(span, markup.Value);
            case IScriptOutput captured:
                // "capture": the template's own output, its values already escaped on the way in.
                return base.Write(span, captured.ToString());
            case string text:
                return base.Write(span, HtmlText.Escape(text));
            default:
                return base.Write(span, HtmlText.Escape(ObjectToString(textAsObject)));
        }
    }

    public override string? ObjectToString(object? value, bool nested = false) => value switch
    {
        PageContent content => content.ToString(),
        Markup markup => markup.Value,
        _ => base.ObjectToString(value, nested),
    };
}
