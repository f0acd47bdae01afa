namespace Osez.Output;

/// <summary>
/// The one place that writes the built site. Paths are relative to the site root with '/'
/// separators. Writes may come from parallel renderers. Nothing is visible until <see cref="Commit"/>.
/// </summary>
public interface IOutputSink : IDisposable
{
    /// <summary>Adds a file. <paramref name="origin"/> names what produced it, for collision messages.</summary>
    void Write(string path, ReadOnlySpan<byte> content, string origin);

    /// <summary>Adds a copy of an existing file (an image, a stylesheet).</summary>
    void Copy(string path, string sourceFile, string origin);

    /// <summary>
    /// Opens a file to be written in pieces, for large files (exports, open data) that should never be held
    /// whole in memory; it is complete when the stream is disposed. By default the pieces are kept and handed
    /// to <see cref="Write"/>; a sink that writes to disk streams them.
    /// </summary>
    Stream Create(string path, string origin) => new BufferedOutputFile(this, path, origin);

    /// <summary>Makes the whole site visible at once. Not called when the build failed.</summary>
    void Commit();

    /// <summary>The files of the site so far, for the build's summary.</summary>
    int FileCount { get; }
}
