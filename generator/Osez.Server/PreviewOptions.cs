using Osez.Configuration;

namespace Osez.Server;

/// <summary>How to run the preview server.</summary>
/// <param name="Port">0 for any free port.</param>
/// <param name="Log">Where the server tells what it does (address, rebuilds, errors).</param>
public sealed record PreviewOptions(SitePaths Paths, int Port, TextWriter Log);
