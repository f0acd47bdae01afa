using Osez.Diagnostics;

namespace Osez.Output;

/// <summary>Checks output paths and discards the content: what "check" renders into.</summary>
public sealed class NullOutput(DiagnosticBag diagnostics) : IOutputSink
{
    private readonly OutputPaths _paths = new(diagnostics);

    public int FileCount => _paths.Count;

    public void Write(string path, ReadOnlySpan<byte> content, string origin) => _paths.Claim(path, origin);

    public void Copy(string path, string sourceFile, string origin) => _paths.Claim(path, origin);

    public Stream Create(string path, string origin)
    {
        _paths.Claim(path, origin);
        return Stream.Null;
    }

    public void Commit()
    {
    }

    public void Dispose()
    {
    }
}
