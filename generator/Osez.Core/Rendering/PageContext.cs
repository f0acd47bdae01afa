using Scriban;
using Scriban.Parsing;

namespace Osez.Rendering;

/// <summary>
/// The Scriban context of one render thread, reused from page to page (creating one costs more than
/// rendering a small page). Writes <see cref="PageContent"/> straight from its buffer.
/// </summary>
internal sealed class PageContext : TemplateContext
{
    public override TemplateContext Write(SourceSpan span, object? textAsObject)
    {
        if (textAsObject is PageContent content && Output is CharBuffer page)
        {
            page.Append(content.Buffer.Span);
            return this;
        }
        return base.Write(span, textAsObject);
    }

    public override string? ObjectToString(object? value, bool nested = false)
        => value is PageContent content ? content.ToString() : base.ObjectToString(value, nested);
}
