using Microsoft.Extensions.Hosting;

namespace Osez.Server;

/// <summary>Leaves Ctrl+C to the command line, which stops the server itself (the host's console lifetime would compete for it).</summary>
internal sealed class PassiveLifetime : IHostLifetime
{
    public Task WaitForStartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
