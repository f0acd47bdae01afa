using System.Collections.Concurrent;
using Osez.Diagnostics;

namespace Osez.Output;

/// <summary>Keeps the site in memory: for the preview server and for tests.</summary>
public sealed class MemoryOutput(DiagnosticBag diagnostics) : IOutputSink
{
    private readonly OutputPaths _paths = new(diagnostics);
    private readonly ConcurrentDictionary<string, byte[]> _files = new(StringComparer.Ordinal);

    public IReadOnlyDictionary<string, byte[]> Files => _files;

    public bool IsCommitted { get; private set; }

    public int FileCount => _files.Count;

    public void Write(string path, ReadOnlySpan<byte> content, string origin)
    {
        if (_paths.Claim(path, origin))
            _files[path] = content.ToArray();
    }

    public void Copy(string path, string sourceFile, string origin)
    {
        if (_paths.Claim(path, origin))
            _files[path] = File.ReadAllBytes(sourceFile);
    }

    public void Commit() => IsCommitted = true;

    public void Dispose()
    {
    }
}
