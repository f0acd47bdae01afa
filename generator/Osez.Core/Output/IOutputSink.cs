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

    /// <summary>Makes the whole site visible at once. Not called when the build failed.</summary>
    void Commit();
}
