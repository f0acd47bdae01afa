using System.Collections.Concurrent;
using System.Text;
using Microsoft.Win32.SafeHandles;
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
    // Folders already created: thousands of pages share a few folders, and each check is a system call.
    private readonly ConcurrentDictionary<string, byte> _folders = new(StringComparer.Ordinal);
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
        using SafeFileHandle handle = File.OpenHandle(target, FileMode.CreateNew, FileAccess.Write, FileShare.None, FileOptions.None);
        RandomAccess.Write(handle, content, 0);
    }

    public void Copy(string path, string sourceFile, string origin)
    {
        if (_paths.Claim(path, origin))
            File.Copy(sourceFile, Target(path));
    }

    /// <summary>Streams a large file to disk as it is made; a path already taken gets a stream that discards.</summary>
    public Stream Create(string path, string origin) => _paths.Claim(path, origin)
        ? new FileStream(Target(path), FileMode.CreateNew, FileAccess.Write, FileShare.None, bufferSize: 1 << 16)
        : Stream.Null;

    private string Target(string path)
    {
        var target = Path.Combine(_staging, path.Replace('/', Path.DirectorySeparatorChar));
        var folder = Path.GetDirectoryName(target)!;
        if (!_folders.ContainsKey(folder))
        {
            // Created before it is recorded: a parallel writer never sees a folder that is not there yet.
            Directory.CreateDirectory(folder);
            _folders.TryAdd(folder, 0);
        }
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
            DeleteFilesInParallel(folder);
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

    /// <summary>
    /// Removes the files of a replaced site on every core before the folders go: a site of 10,000
    /// write-ups holds some 12,000 files, and removing them one by one is the longest part of a commit.
    /// Only called on our own staging folder or on the previous output just moved aside.
    /// </summary>
    private static void DeleteFilesInParallel(string folder)
    {
        var options = new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = FileAttributes.ReparsePoint, IgnoreInaccessible = true };
        Parallel.ForEach(Directory.EnumerateFiles(folder, "*", options), file =>
        {
            try
            {
                File.Delete(file);
            }
            catch (IOException)
            {
                // Left for Directory.Delete, which reports nothing either: see TryDelete.
            }
            catch (UnauthorizedAccessException)
            {
            }
        });
    }
}
