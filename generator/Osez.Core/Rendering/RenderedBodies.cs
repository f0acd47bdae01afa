using Osez.Markdown;

namespace Osez.Rendering;

/// <summary>The output of the bodies stage: each published write-up's body, rendered once, in the site's order.</summary>
public sealed class RenderedBodies
{
    internal RenderedBodies(IReadOnlyList<RenderedWriteUp> writeUps, MarkdownRenderer markdown)
    {
        WriteUps = writeUps;
        Markdown = markdown;
    }

    /// <summary>One per write-up of <see cref="Site.SiteModel.WriteUps"/>, at the same index.</summary>
    public IReadOnlyList<RenderedWriteUp> WriteUps { get; }

    /// <summary>
    /// The renderer that made them. The pages' own texts (free pages, learning paths) go through it too, so that
    /// the headings of a write-up they link to are read once per build.
    /// </summary>
    internal MarkdownRenderer Markdown { get; }
}
