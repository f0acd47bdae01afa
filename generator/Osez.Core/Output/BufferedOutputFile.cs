namespace Osez.Output;

/// <summary>
/// A file written in pieces that a sink only takes whole: the pieces are kept in memory and handed to
/// <see cref="IOutputSink.Write"/> when the stream is disposed (the default of <see cref="IOutputSink.Create"/>).
/// </summary>
internal sealed class BufferedOutputFile(IOutputSink sink, string path, string origin) : MemoryStream
{
    private bool _written;

    protected override void Dispose(bool disposing)
    {
        if (disposing && !_written)
        {
            _written = true;
            sink.Write(path, GetBuffer().AsSpan(0, (int)Length), origin);
        }
        base.Dispose(disposing);
    }
}
