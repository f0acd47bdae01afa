using Microsoft.AspNetCore.Http;

namespace Osez.Server;

/// <summary>
/// The preview answers only requests addressed to itself: localhost, 127.0.0.1 or [::1], on the port it listens on.
/// Any other name can be made to point at 127.0.0.1 (DNS rebinding), and would let a web page read the drafts.
/// </summary>
internal static class HostCheck
{
    public static bool IsAllowed(HostString host, int port)
        => host.HasValue && host.Port == port
            && host.Host.ToLowerInvariant() is "localhost" or "127.0.0.1" or "[::1]";

    /// <summary>400 with a short French text naming the address to use.</summary>
    public static Task Refuse(HttpContext context, int port)
    {
        var response = context.Response;
        response.StatusCode = StatusCodes.Status400BadRequest;
        response.ContentType = "text/plain; charset=utf-8";
        response.Headers.CacheControl = "no-store";
        return response.WriteAsync($"Adresse refusée : l'aperçu ne répond qu'à http://127.0.0.1:{port}/ ou http://localhost:{port}/.\n");
    }
}
