using System.Collections.Concurrent;
using Osez.Diagnostics;

namespace Osez.Content;

/// <summary>
/// What reading each write-up file gave (the write-up, or nothing, and the diagnostics), kept from one build to
/// the next by the preview server: a file whose size and time of last change are the same is not read again, and
/// its diagnostics are reported again as they were. The same <see cref="WriteUp"/> object comes back, so later
/// stages can tell an unchanged write-up by reference.
/// <para>
/// A write-up is read against the vocabularies: when any vocabulary file changes (or appears, or goes), everything
/// is forgotten. Files the caller knows have changed are forgotten too (<see cref="Forget"/>), whatever their stamp.
/// </para>
/// </summary>
public sealed class WriteUpMemo
{
    private ConcurrentDictionary<string, Entry> _entries = new(StringComparer.Ordinal);
    private string _vocabularyStamp = string.Empty;

    /// <summary>Starts a build: forgets everything if a vocabulary file changed.</summary>
    internal void Begin(string vocabularyFolder)
    {
        var stamp = FolderStamp(vocabularyFolder);
        if (stamp != _vocabularyStamp)
        {
            _entries = new(StringComparer.Ordinal);
            _vocabularyStamp = stamp;
        }
    }

    /// <summary>Forgets one file (the watcher saw it change), so that it is read again even if its stamp looks the same.</summary>
    public void Forget(string fullPath) => _entries.TryRemove(fullPath, out _);

    /// <summary>
    /// The write-up of <paramref name="fullPath"/> as read before if the file has not changed; otherwise
    /// <paramref name="read"/> runs (reporting into a bag of its own) and its result is kept.
    /// </summary>
    internal WriteUp? GetOrRead(string fullPath, DiagnosticBag diagnostics, Func<DiagnosticBag, WriteUp?> read)
    {
        var stamp = FileStamp.Of(fullPath);
        if (stamp is not null && _entries.TryGetValue(fullPath, out var entry) && entry.Stamp == stamp)
        {
            diagnostics.AddRange(entry.Diagnostics);
            return entry.WriteUp;
        }
        var own = new DiagnosticBag();
        var writeUp = read(own);
        var found = own.Sorted();
        diagnostics.AddRange(found);
        if (stamp is not null)
            _entries[fullPath] = new Entry(stamp.Value, writeUp, found);
        return writeUp;
    }

    /// <summary>Drops the files that were not asked for during the last build (deleted or renamed write-ups).</summary>
    internal void KeepOnly(IEnumerable<string> fullPaths)
    {
        var kept = fullPaths.ToHashSet(StringComparer.Ordinal);
        foreach (var path in _entries.Keys)
            if (!kept.Contains(path))
                _entries.TryRemove(path, out _);
    }

    private static string FolderStamp(string folder)
    {
        if (!Directory.Exists(folder))
            return "-";
        return string.Join('\n', ContainedPath.Files(folder, folder)
            .Select(path => new FileInfo(path))
            .Select(f => $"{f.FullName}\t{f.Length}\t{f.LastWriteTimeUtc.Ticks}"));
    }

    private sealed record Entry(FileStamp Stamp, WriteUp? WriteUp, IReadOnlyList<Diagnostic> Diagnostics);

    private readonly record struct FileStamp(long Length, long LastWrite)
    {
        public static FileStamp? Of(string path)
        {
            var info = new FileInfo(path);
            return info.Exists ? new FileStamp(info.Length, info.LastWriteTimeUtc.Ticks) : null;
        }
    }
}
