using System.Text;
using Osez.Content;
using Osez.Markdown;

namespace Osez.Rendering;

/// <summary>
/// A published write-up with what its page and the producers need of its rendered body. Held from the bodies
/// stage to the end of the build for every write-up, so it keeps only that: the HTML as UTF-8 (half the memory of
/// a string for French text), the readable text and the files the body uses.
/// </summary>
/// <param name="HtmlUtf8">The body's safe HTML (<see cref="RenderedMarkdown.Html"/>), encoded in UTF-8.</param>
/// <param name="Text">The readable text, for the search index (<see cref="RenderedMarkdown.Text"/>).</param>
/// <param name="Assets">Files of the write-up's folder that the body uses (<see cref="RenderedMarkdown.Assets"/>).</param>
public sealed record RenderedWriteUp(WriteUp WriteUp, byte[] HtmlUtf8, string Text, IReadOnlyList<string> Assets)
{
    public RenderedWriteUp(WriteUp writeUp, RenderedMarkdown body)
        : this(writeUp, Encoding.UTF8.GetBytes(body.Html), body.Text, body.Assets)
    {
    }

    /// <summary>What rendering the body reported (links, anchors), also in the build's diagnostics.</summary>
    public IReadOnlyList<Diagnostics.Diagnostic> Diagnostics { get; init; } = [];
}
