using System.Text;
using Osez.Diagnostics;

namespace Osez.Output;

/// <summary>
/// Writes the site into a staging folder next to the output folder, and swaps it in on
/// <see cref="Commit"/>. A build that fails (or crashes) leaves the previous output untouched.
/// Only the staging folder and the previous output (marked as ours) are ever deleted.
/// </summary>
public sealed class DiskOutput : IOutputSink
{
    private readonly string _output;
    private readonly string _staging;
    private readonly OutputPaths _paths;
    private bool _committed;

    public DiskOutput(string output, DiagnosticBag diagnostics)
    {
        _output = output;
        _paths = new OutputPaths(diagnostics);
        var parent = Path.GetDirectoryName(output) ?? ".";
        Directory.CreateDirectory(parent);
        _staging = Path.Combine(parent, $".{Path.GetFileName(output)}.en-cours-{Environment.ProcessId}-{Guid.NewGuid():N}");
        Directory.CreateDirectory(_staging);
        File.WriteAllText(Path.Combine(_staging, OutputFolderGuard.MarkerFile),
            "Dossier produit par le générateur du site : il est entièrement remplacé à chaque construction.\n",
            new UTF8Encoding(false));
    }

    public int FileCount => _paths.Count;

    public void Write(string path, ReadOnlySpan<byte> content, string origin)
    {
        if (!_paths.Claim(path, origin))
            return;
        var target = Target(path);
        using var stream = new FileStream(target, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1, FileOptions.None);
        stream.Write(content);
    }

    public void Copy(string path, string sourceFile, string origin)
    {
        if (_paths.Claim(path, origin))
            File.Copy(sourceFile, Target(path));
    }

    private string Target(string path)
    {
        var target = Path.Combine(_staging, path.Replace('/', Path.DirectorySeparatorChar));
        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        return target;
    }

    public void Commit()
    {
        var previous = _output + $".ancien-{Environment.ProcessId}-{Guid.NewGuid():N}";
        var hadPrevious = Directory.Exists(_output);
        if (hadPrevious)
            Directory.Move(_output, previous);
        try
        {
            Directory.Move(_staging, _output);
        }
        catch
        {
            if (hadPrevious)
                Directory.Move(previous, _output);
            throw;
        }
        _committed = true;
        if (hadPrevious)
            TryDelete(previous);
    }

    public void Dispose()
    {
        if (!_committed)
            TryDelete(_staging);
    }

    private static void TryDelete(string folder)
    {
        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (IOException)
        {
            // Left behind (a file is open elsewhere); harmless, and never outside our own folders.
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}
