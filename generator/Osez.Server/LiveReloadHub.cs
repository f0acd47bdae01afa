using System.Collections.Concurrent;
using System.Threading.Channels;

namespace Osez.Server;

/// <summary>The open browser tabs, each listening for the next site version (server-sent events).</summary>
public sealed class LiveReloadHub
{
    private readonly ConcurrentDictionary<Channel<int>, byte> _clients = new();

    public int ClientCount => _clients.Count;

    public ChannelReader<int> Subscribe()
    {
        // Only the newest version matters to a tab: older ones are dropped if it lags.
        var channel = Channel.CreateBounded<int>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropOldest });
        _clients[channel] = 0;
        return channel.Reader;
    }

    public void Unsubscribe(ChannelReader<int> reader)
    {
        foreach (var channel in _clients.Keys.Where(c => c.Reader == reader))
            _clients.TryRemove(channel, out _);
    }

    public void Publish(int version)
    {
        foreach (var channel in _clients.Keys)
            channel.Writer.TryWrite(version);
    }

    /// <summary>Ends every stream, so that no open tab holds the server when it stops.</summary>
    public void CloseAll()
    {
        foreach (var channel in _clients.Keys)
            channel.Writer.TryComplete();
        _clients.Clear();
    }
}
