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
/// <para>
/// The swap takes two renames; a journal written before them lets the next build finish a swap cut short by a kill
/// (<see cref="OutputRecovery"/>).
/// </para>
/// Only the staging folder, the recycled folder and the previous output (marked as ours) are ever deleted.
/// </summary>
public sealed class DiskOutput : IOutputSink
{
    private readonly string _output;
    private readonly OutputNeighbours _names;
    private readonly Action<string>? _hook;
    private string _id;
    private string _staging;
    private readonly OutputPaths _paths;
    // Folders already created: thousands of pages share a few folders, and each check is a system call.
    private readonly ConcurrentDictionary<string, byte> _folders = new(StringComparer.Ordinal);
    // Files of a recycled folder not rewritten yet, by site path (case-insensitive, as claims are), with their actual name.
    private readonly ConcurrentDictionary<string, string> _leftOver = new(StringComparer.OrdinalIgnoreCase);
    private bool _committed;
    // A commit journal is on disk: whatever stopped the commit, its folders stay as they are for the next build.
    private bool _journalPending;

    public DiskOutput(string output, DiagnosticBag diagnostics)
        : this(output, diagnostics, Environment.ProcessId, null)
    {
    }

    /// <param name="process">The process the build's folders are named after: another one only in tests, to play a build that was killed.</param>
    /// <param name="hook">
    /// For tests: called before each file is written (with its site path) and before each step of the commit
    /// (« commit:journal », « commit:ancien », « commit:nouveau », « commit:recyclage », « commit:fin »), to play a
    /// disk that fails or a process killed at that point.
    /// </param>
    internal DiskOutput(string output, DiagnosticBag diagnostics, int process, Action<string>? hook)
    {
        _output = output;
        _names = new OutputNeighbours(output);
        _hook = hook;
        _paths = new OutputPaths(diagnostics);
        Directory.CreateDirectory(_names.Parent);
        OutputRecovery.Run(output);
        _id = OutputNeighbours.NewId(process);
        _staging = _names.Staging(_id);
        if (TryTake(_names.Recycled, _staging))
        {
            try
            {
                TakeInventory();
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                // Unreadable in part: start afresh rather than risk keeping a file the new site does not have.
                _leftOver.Clear();
                OwnFolders.TryDelete(_staging);
                _id = OutputNeighbours.NewId(process);
                _staging = _names.Staging(_id);
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

    /// <summary>Where the site replaced by the last build waits to be reused: a hidden folder next to the output.</summary>
    public static string RecycledFolder(string output) => new OutputNeighbours(output).Recycled;

    public int FileCount => _paths.Count;

    public void Write(string path, ReadOnlySpan<byte> content, string origin)
    {
        if (!_paths.Claim(path, origin))
            return;
        _hook?.Invoke(path);
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
        _hook?.Invoke(path);
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
        _hook?.Invoke(path);
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
        var journal = _names.Journal(_id);
        var previous = _names.Old(_id);
        _hook?.Invoke("commit:journal");
        File.WriteAllText(journal,
            "Mise en place d'un site construit. Si ce fichier reste, elle a été interrompue : la construction suivante la termine.\n"
            + $"nouveau site : {Path.GetFileName(_staging)}\nancien site : {Path.GetFileName(previous)}\n",
            new UTF8Encoding(false));
        // From here until the journal goes, the folders are the next build's to finish with, whatever happens.
        _journalPending = true;
        var hadPrevious = Directory.Exists(_output);
        if (hadPrevious)
        {
            try
            {
                _hook?.Invoke("commit:ancien");
                Directory.Move(_output, previous);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                _journalPending = !TryDeleteFile(journal);
                throw;
            }
        }
        try
        {
            _hook?.Invoke("commit:nouveau");
            Directory.Move(_staging, _output);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // The previous site goes back; if even that fails, the journal tells the next build how to finish.
            if (!hadPrevious || TryMove(previous, _output))
                _journalPending = !TryDeleteFile(journal);
            throw;
        }
        _committed = true;
        _hook?.Invoke("commit:recyclage");
        if (hadPrevious)
            OwnFolders.Recycle(previous, _names);
        _hook?.Invoke("commit:fin");
        // Left in place if it cannot go: the next build finds nothing left to do but delete it.
        _journalPending = !TryDeleteFile(journal);
    }

    public void Dispose()
    {
        // A failed build's staging folder is as good as any for the next build to rewrite; but where no site
        // was ever built, a failed first build leaves nothing behind.
        if (_committed || _journalPending)
            return;
        if (Directory.Exists(_output))
            OwnFolders.Recycle(_staging, _names);
        else
            OwnFolders.TryDelete(_staging);
    }

    private static bool TryMove(string from, string to)
    {
        try
        {
            Directory.Move(from, to);
            return true;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    private static bool TryDeleteFile(string file)
    {
        try
        {
            File.Delete(file);
            return true;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    /// <summary>Takes the recycled folder as staging folder, if there is one that a build produced (and not a link).</summary>
    private static bool TryTake(string recycled, string staging)
    {
        if (!OutputNeighbours.IsOurs(recycled))
            return false;
        try
        {
            Directory.Move(recycled, staging);
            return true;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
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
            OwnFolders.DeleteLink(link);
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
}
