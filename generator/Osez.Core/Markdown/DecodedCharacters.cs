using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using Osez.Text;

namespace Osez.Markdown;

/// <summary>
/// Characters that only exist once Markdig has decoded the body: « &amp;#xFFFE; » or « &amp;#1; » is written with
/// ordinary characters, which the file check lets through, but Markdig turns it into one that cannot be published,
/// in the text, a link's address or title, or a code block's language.
/// </summary>
internal static class DecodedCharacters
{
    /// <returns>
    /// Where the first such character comes from (0-based in the body), what is written there, and what it gives;
    /// null when there is none.
    /// </returns>
    public static (int Line, int Column, string Written, string Character)? FirstUnpublishable(MarkdownDocument document, string markdown)
    {
        foreach (var node in document.Descendants())
        {
            var (decoded, at) = node switch
            {
                HtmlEntityInline entity => (entity.Transcoded.ToString(), node),
                // A link made from a definition (« [texte][ref] ») is reported at the definition, where the address is written.
                LinkInline link => (link.Url + "\n" + link.Title, link.Reference ?? (MarkdownObject)link),
                FencedCodeBlock code => (code.Info + "\n" + code.Arguments, node),
                _ => (string.Empty, node),
            };
            var index = PublishableText.FirstUnpublishable(decoded);
            if (index < 0)
                continue;
            var span = at.Span;
            var written = span.Start >= 0 && span.End < markdown.Length && span.Length > 0
                ? markdown.Substring(span.Start, span.Length).Split('\n')[0]
                : string.Empty;
            return (at.Line, at.Column, written, PublishableText.Describe(decoded, index));
        }
        return null;
    }
}
