using Osez.Content;
using Osez.Markdown;

namespace Osez.Rendering;

/// <summary>A published write-up with its rendered body: what the render stage hands to the index stage.</summary>
public sealed record RenderedWriteUp(WriteUp WriteUp, RenderedMarkdown Body)
{
    /// <summary>What rendering the body reported (links, anchors), also in the build's diagnostics.</summary>
    public IReadOnlyList<Diagnostics.Diagnostic> Diagnostics { get; init; } = [];
}
