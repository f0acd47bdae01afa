using System.Collections.Concurrent;
using System.Text;
using Microsoft.Win32.SafeHandles;
using Osez.Diagnostics;

namespace Osez.Output;

/// <summary>
/// Writes the site into a staging folder next to the output folder, and swaps it in on
/// <see cref="Commit"/>. A build that fails (or crashes) leaves the previous output untouched.
/// <para>
/// The site replaced by a build is not deleted but kept aside (<see cref="RecycledFolder"/>) and becomes the next
/// build's staging folder: its files are overwritten in place (or left alone when they already hold the same
/// bytes), and only those the new site no longer has are removed. Creating a file costs ten times more than rewriting one on some file systems, and a large site
/// holds tens of thousands. Links found in a recycled folder are removed (never followed) before anything is written.
/// </para>
/// Only the staging folder, the recycled folder and the previous output (marked as ours) are ever deleted.
/// </summary>
public sealed class DiskOutput : IOutputSink
{
    private readonly string _output;
    private readonly string _staging;
    private readonly OutputPaths _paths;
    // Folders already created: thousands of pages share a few folders, and each check is a system call.
    private readonly ConcurrentDictionary<string, byte> _folders = new(StringComparer.Ordinal);
    // Files of a recycled folder not rewritten yet, by site path (case-insensitive, as claims are), with their actual name.
    private readonly ConcurrentDictionary<string, string> _leftOver = new(StringComparer.OrdinalIgnoreCase);
    private bool _committed;

    public DiskOutput(string output, DiagnosticBag diagnostics)
    {
        _output = output;
        _paths = new OutputPaths(diagnostics);
        var parent = Path.GetDirectoryName(output) ?? ".";
        Directory.CreateDirectory(parent);
        _staging = StagingName(output);
        ClearAbandonedStaging(output);
        if (TryTake(RecycledFolder(output), _staging))
        {
            try
            {
                TakeInventory();
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                // Unreadable in part: start afresh rather than risk keeping a file the new site does not have.
                _leftOver.Clear();
                TryDelete(_staging);
                _staging = StagingName(output);
                Directory.CreateDirectory(_staging);
            }
        }
        else
            Directory.CreateDirectory(_staging);
        File.WriteAllText(Path.Combine(_staging, OutputFolderGuard.MarkerFile),
            "Dossier produit par le générateur du site : il est entièrement remplacé à chaque construction.\n",
            new UTF8Encoding(false));
        _leftOver.TryRemove(OutputFolderGuard.MarkerFile, out _);
    }

    private static string StagingName(string output)
        => Path.Combine(Path.GetDirectoryName(output) ?? ".", $".{Path.GetFileName(output)}.en-cours-{Environment.ProcessId}-{Guid.NewGuid():N}");

    /// <summary>Where the site replaced by the last build waits to be reused: a hidden folder next to the output.</summary>
    public static string RecycledFolder(string output)
        => Path.Combine(Path.GetDirectoryName(output) ?? ".", $".{Path.GetFileName(output)}.recyclage");

    public int FileCount => _paths.Count;

    public void Write(string path, ReadOnlySpan<byte> content, string origin)
    {
        if (!_paths.Claim(path, origin))
            return;
        var target = Target(path);
        if (_leftOver.TryRemove(path, out var existing))
        {
            if (existing == path)
            {
                // Rewritten in place: no new file, and the old length trimmed only when it differs. A file that
                // already holds these bytes is left alone: reading it costs far less than writing it back.
                using var open = File.OpenHandle(target, FileMode.Open, FileAccess.ReadWrite, FileShare.None, FileOptions.None);
                var length = RandomAccess.GetLength(open);
                if (length == content.Length && HoldsAlready(open, content))
                    return;
                RandomAccess.Write(open, content, 0);
                if (length != content.Length)
                    RandomAccess.SetLength(open, content.Length);
                return;
            }
            File.Delete(Target(existing));
        }
        using SafeFileHandle handle = File.OpenHandle(target, FileMode.CreateNew, FileAccess.Write, FileShare.None, FileOptions.None);
        RandomAccess.Write(handle, content, 0);
    }

    private static bool HoldsAlready(SafeFileHandle file, ReadOnlySpan<byte> content)
    {
        var buffer = System.Buffers.ArrayPool<byte>.Shared.Rent(Math.Min(content.Length, 1 << 16));
        try
        {
            for (var offset = 0; offset < content.Length;)
            {
                var read = RandomAccess.Read(file, buffer.AsSpan(0, Math.Min(buffer.Length, content.Length - offset)), offset);
                if (read <= 0 || !buffer.AsSpan(0, read).SequenceEqual(content.Slice(offset, read)))
                    return false;
                offset += read;
            }
            return true;
        }
        finally
        {
            System.Buffers.ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    public void Copy(string path, string sourceFile, string origin)
    {
        if (!_paths.Claim(path, origin))
            return;
        var target = Target(path);
        if (_leftOver.TryRemove(path, out var existing))
        {
            File.Delete(Target(existing));
        }
        File.Copy(sourceFile, target);
    }

    /// <summary>Streams a large file to disk as it is made; a path already taken gets a stream that discards.</summary>
    public Stream Create(string path, string origin)
    {
        if (!_paths.Claim(path, origin))
            return Stream.Null;
        var target = Target(path);
        var mode = FileMode.CreateNew;
        if (_leftOver.TryRemove(path, out var existing))
        {
            // The recycled file of that name is truncated and rewritten; one that differs only by case goes.
            if (existing == path)
                mode = FileMode.Truncate;
            else
                File.Delete(Target(existing));
        }
        return new FileStream(target, mode, FileAccess.Write, FileShare.None, bufferSize: 1 << 16);
    }

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
        RemoveLeftOvers();
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
            Recycle(previous);
    }

    public void Dispose()
    {
        // A failed build's staging folder is as good as any for the next build to rewrite; but where no site
        // was ever built, a failed first build leaves nothing behind.
        if (_committed)
            return;
        if (Directory.Exists(_output))
            Recycle(_staging);
        else
            TryDelete(_staging);
    }

    /// <summary>Moves a folder of ours aside for the next build, or deletes it when one is already waiting.</summary>
    private void Recycle(string folder)
    {
        var recycled = RecycledFolder(_output);
        try
        {
            if (!Path.Exists(recycled))
            {
                Directory.Move(folder, recycled);
                return;
            }
        }
        catch (IOException)
        {
        }
        catch (UnauthorizedAccessException)
        {
        }
        TryDelete(folder);
    }

    /// <summary>
    /// A build that was killed leaves its staging folder behind, named after its process. When that process is gone,
    /// the folder becomes the recycled folder if there is none, or is deleted; only folders of that name that hold
    /// our marker file (and are not links) are touched.
    /// </summary>
    private static void ClearAbandonedStaging(string output)
    {
        var prefix = $".{Path.GetFileName(output)}.en-cours-";
        IEnumerable<string> folders;
        try
        {
            folders = Directory.EnumerateDirectories(Path.GetDirectoryName(output) ?? ".", prefix + "*").ToList();
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return;
        }
        foreach (var folder in folders)
        {
            var rest = Path.GetFileName(folder)[prefix.Length..];
            var dash = rest.IndexOf('-', StringComparison.Ordinal);
            if (dash <= 0 || !int.TryParse(rest.AsSpan(0, dash), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var process)
                || IsRunning(process) || new DirectoryInfo(folder).LinkTarget is not null
                || !File.Exists(Path.Combine(folder, OutputFolderGuard.MarkerFile)))
                continue;
            var recycled = RecycledFolder(output);
            try
            {
                if (!Path.Exists(recycled))
                {
                    Directory.Move(folder, recycled);
                    continue;
                }
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
            }
            TryDelete(folder);
        }
    }

    private static bool IsRunning(int process)
    {
        try
        {
            using var running = System.Diagnostics.Process.GetProcessById(process);
            return !running.HasExited;
        }
        catch (ArgumentException)
        {
            return false;
        }
        catch (InvalidOperationException)
        {
            return false;
        }
    }

    /// <summary>Takes the recycled folder as staging folder, if there is one that a build produced (and not a link).</summary>
    private static bool TryTake(string recycled, string staging)
    {
        try
        {
            var folder = new DirectoryInfo(recycled);
            if (!folder.Exists || folder.LinkTarget is not null || !File.Exists(Path.Combine(recycled, OutputFolderGuard.MarkerFile)))
                return false;
            Directory.Move(recycled, staging);
            return true;
        }
        catch (IOException)
        {
            return false;
        }
        catch (UnauthorizedAccessException)
        {
            return false;
        }
    }

    /// <summary>Lists the files of the recycled folder and removes its links, so that nothing is ever written through one.</summary>
    private void TakeInventory()
    {
        var options = new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = 0, IgnoreInaccessible = false };
        var links = new List<string>();
        var files = new System.IO.Enumeration.FileSystemEnumerable<(string Path, bool Link)>(_staging,
            (ref System.IO.Enumeration.FileSystemEntry entry) => (entry.ToFullPath(), (entry.Attributes & FileAttributes.ReparsePoint) != 0), options)
        {
            ShouldIncludePredicate = (ref System.IO.Enumeration.FileSystemEntry entry) => !entry.IsDirectory || (entry.Attributes & FileAttributes.ReparsePoint) != 0,
            ShouldRecursePredicate = (ref System.IO.Enumeration.FileSystemEntry entry) => (entry.Attributes & FileAttributes.ReparsePoint) == 0,
        };
        foreach (var (path, link) in files)
        {
            if (link)
            {
                links.Add(path);
                continue;
            }
            var relative = Path.GetRelativePath(_staging, path).Replace(Path.DirectorySeparatorChar, '/');
            _leftOver.TryAdd(relative, relative);
        }
        foreach (var link in links)
            DeleteLink(link);
    }

    private static void DeleteLink(string link)
    {
        try
        {
            File.Delete(link);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            Directory.Delete(link, recursive: false);
        }
    }

    /// <summary>Removes the files of a recycled folder that this build did not produce, and the folders they leave empty.</summary>
    private void RemoveLeftOvers()
    {
        if (_leftOver.IsEmpty)
            return;
        var folders = new HashSet<string>(StringComparer.Ordinal);
        foreach (var relative in _leftOver.Values)
        {
            var file = Path.Combine(_staging, relative.Replace('/', Path.DirectorySeparatorChar));
            File.Delete(file);
            folders.Add(Path.GetDirectoryName(file)!);
        }
        _leftOver.Clear();
        // Deepest first, and up through parents that become empty in turn.
        foreach (var folder in folders.OrderByDescending(f => f.Length))
            for (var current = folder; current.Length > _staging.Length && Directory.Exists(current) && !Directory.EnumerateFileSystemEntries(current).Any();
                 current = Path.GetDirectoryName(current)!)
                Directory.Delete(current);
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
