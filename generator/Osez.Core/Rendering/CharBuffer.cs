using System.Buffers;
using System.Text;
using Scriban.Runtime;

namespace Osez.Rendering;

/// <summary>
/// Where a page is rendered: a growing buffer of characters rented from the shared pool and reused
/// from page to page, so that no page, however long, becomes one large string. <see cref="ToString"/>
/// returns an empty string on purpose: Scriban calls it at the end of every render, and the text is
/// read with <see cref="Span"/> instead.
/// </summary>
internal sealed class CharBuffer : IScriptOutput, IDisposable
{
    private char[] _chars = ArrayPool<char>.Shared.Rent(16 * 1024);
    private int _length;

    public ReadOnlySpan<char> Span => _chars.AsSpan(0, _length);

    public int Length => _length;

    public void Clear() => _length = 0;

    public void Write(string text, int offset, int count) => Append(text.AsSpan(offset, count));

    public void Append(ReadOnlySpan<char> text)
    {
        if (_length + text.Length > _chars.Length)
            Grow(_length + text.Length);
        text.CopyTo(_chars.AsSpan(_length));
        _length += text.Length;
    }

    public ValueTask WriteAsync(string text, int offset, int count, CancellationToken cancellationToken)
    {
        Write(text, offset, count);
        return ValueTask.CompletedTask;
    }

    /// <summary>The text in UTF-8, in a buffer rented from the shared pool (return it with <see cref="ArrayPool{T}.Return"/>).</summary>
    public byte[] RentUtf8(out int length)
    {
        var bytes = ArrayPool<byte>.Shared.Rent(Encoding.UTF8.GetMaxByteCount(_length));
        length = Encoding.UTF8.GetBytes(Span, bytes);
        return bytes;
    }

    public string Text => new(Span);

    public override string ToString() => string.Empty;

    private void Grow(int needed)
    {
        var larger = ArrayPool<char>.Shared.Rent(Math.Max(needed, _chars.Length * 2));
        Span.CopyTo(larger);
        ArrayPool<char>.Shared.Return(_chars);
        _chars = larger;
    }

    public void Dispose()
    {
        ArrayPool<char>.Shared.Return(_chars);
        _chars = [];
        _length = 0;
    }
}
