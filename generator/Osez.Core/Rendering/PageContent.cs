namespace Osez.Rendering;

/// <summary>
/// What <c>{{ content }}</c> holds in <c>base.html</c>: the page rendered by its layout, still in its buffer.
/// <see cref="PageContext"/> copies it straight into the page instead of making it a string first.
/// </summary>
internal sealed class PageContent(CharBuffer buffer)
{
    public CharBuffer Buffer => buffer;

    /// <summary>The text, for the rare template that does more with <c>content</c> than write it.</summary>
    public override string ToString() => buffer.Text;
}
