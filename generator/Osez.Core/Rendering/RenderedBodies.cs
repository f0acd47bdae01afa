using Osez.Markdown;

namespace Osez.Rendering;

/// <summary>The output of the bodies stage: each published write-up's body, rendered once, in the site's order.</summary>
public sealed class RenderedBodies
{
    private readonly IReadOnlyList<Heading>?[] _headings;

    internal RenderedBodies(IReadOnlyList<RenderedWriteUp> writeUps, IReadOnlyList<Heading>?[] headings, MarkdownRenderer markdown)
    {
        WriteUps = writeUps;
        _headings = headings;
        Markdown = markdown;
    }

    /// <summary>One per write-up of <see cref="Site.SiteModel.WriteUps"/>, at the same index.</summary>
    public IReadOnlyList<RenderedWriteUp> WriteUps { get; }

    /// <summary>
    /// The renderer that made them. The pages' own texts (free pages, learning paths) go through it too, so that
    /// the headings of a write-up they link to are read once per build.
    /// </summary>
    internal MarkdownRenderer Markdown { get; }

    /// <summary>
    /// The headings of the body at <paramref name="index"/>, for its page's table of contents. Only the page needs
    /// them: it takes them, and nothing holds them once it is rendered (the producers keep every body to the end).
    /// None for a body the preview reused, whose page is reused too.
    /// </summary>
    internal IReadOnlyList<Heading> TakeHeadings(int index) => Interlocked.Exchange(ref _headings[index], null) ?? [];
}
