using System.Threading.Channels;
using Osez.Configuration;

namespace Osez.Server;

/// <summary>
/// Watches the content and templates folders and hands out changes in batches: a batch closes
/// once nothing has moved for <see cref="Quiet"/> (an editor saving writes several times).
/// </summary>
public sealed class SiteWatcher : IDisposable
{
    public static readonly TimeSpan Quiet = TimeSpan.FromMilliseconds(50);
    private static readonly TimeSpan Longest = TimeSpan.FromSeconds(1);

    private readonly ChangeClassifier _classifier;
    private readonly List<FileSystemWatcher> _watchers = [];
    private readonly Channel<string> _paths = Channel.CreateUnbounded<string>();

    public SiteWatcher(SitePaths paths)
    {
        _classifier = new ChangeClassifier(paths);
        foreach (var folder in new[] { paths.Content, paths.Templates }.Where(Directory.Exists))
        {
            var watcher = new FileSystemWatcher(folder)
            {
                IncludeSubdirectories = true,
                NotifyFilter = NotifyFilters.FileName | NotifyFilters.DirectoryName | NotifyFilters.LastWrite | NotifyFilters.Size,
                InternalBufferSize = 64 * 1024,
            };
            watcher.Changed += (_, e) => _paths.Writer.TryWrite(e.FullPath);
            watcher.Created += (_, e) => _paths.Writer.TryWrite(e.FullPath);
            watcher.Deleted += (_, e) => _paths.Writer.TryWrite(e.FullPath);
            watcher.Renamed += (_, e) =>
            {
                _paths.Writer.TryWrite(e.OldFullPath);
                _paths.Writer.TryWrite(e.FullPath);
            };
            // Too many changes at once (a checkout): rebuild everything from the config's point of view.
            watcher.Error += (_, _) => _paths.Writer.TryWrite(paths.ConfigFile);
            watcher.EnableRaisingEvents = true;
            _watchers.Add(watcher);
        }
    }

    /// <summary>The next batch of changes that matter to the build (each path once, last kind wins).</summary>
    public async Task<IReadOnlyList<SiteChange>> NextAsync(CancellationToken cancel)
    {
        while (true)
        {
            var batch = new Dictionary<string, SiteChange>(StringComparer.Ordinal);
            Add(batch, await _paths.Reader.ReadAsync(cancel));
            var deadline = DateTime.UtcNow + Longest;
            while (DateTime.UtcNow < deadline)
            {
                using var quiet = CancellationTokenSource.CreateLinkedTokenSource(cancel);
                quiet.CancelAfter(Quiet);
                try
                {
                    Add(batch, await _paths.Reader.ReadAsync(quiet.Token));
                }
                catch (OperationCanceledException) when (!cancel.IsCancellationRequested)
                {
                    break;
                }
            }
            if (batch.Count > 0)
                return batch.Values.ToList();
        }
    }

    private void Add(Dictionary<string, SiteChange> batch, string path)
    {
        var kind = _classifier.Classify(path);
        // A folder that changed (its files are reported one by one) is not a change of its own.
        if (kind == ChangeKind.Ignored || (Directory.Exists(path) && kind != ChangeKind.WriteUpFile))
            return;
        batch[path] = new SiteChange(path, kind);
    }

    public void Dispose()
    {
        foreach (var watcher in _watchers)
            watcher.Dispose();
        _paths.Writer.TryComplete();
    }
}
