using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.StaticFiles;
using Osez.Output;

namespace Osez.Server;

/// <summary>Answers a request from the site in memory, as a static host would, with the live-reload script added to pages.</summary>
internal sealed class SiteResponder(PreviewState state)
{
    private static readonly FileExtensionContentTypeProvider ContentTypes = new();

    public async Task RespondAsync(HttpContext context)
    {
        var response = context.Response;
        response.Headers.CacheControl = "no-store";
        var snapshot = state.Current;
        var overlay = snapshot.Overlay;
        if (snapshot.Files is null)
        {
            await Send(response, 503, "text/html; charset=utf-8", HtmlInjection.ErrorPage(snapshot.Version, overlay));
            return;
        }

        var path = Uri.UnescapeDataString(context.Request.Path.Value ?? "/").TrimStart('/');
        if (path.Length == 0 || path.EndsWith('/'))
            path += "index.html";
        if (!OutputPaths.IsSafe(path))
        {
            response.StatusCode = 400;
            return;
        }
        var status = 200;
        if (!snapshot.Files.TryGetValue(path, out var content))
        {
            // "fiches/x" without its slash: send the browser to "fiches/x/" so relative links work.
            if (snapshot.Files.ContainsKey(path + "/index.html"))
            {
                response.Redirect("/" + Uri.EscapeDataString(path).Replace("%2F", "/", StringComparison.Ordinal) + "/");
                return;
            }
            status = 404;
            path = "404.html";
            content = snapshot.Files.GetValueOrDefault(path) ?? Encoding.UTF8.GetBytes("<!doctype html><title>404</title><body>Page introuvable</body>");
        }
        var type = ContentTypes.TryGetContentType(path, out var known) ? known : "application/octet-stream";
        if (path.EndsWith(".html", StringComparison.Ordinal))
        {
            type = "text/html; charset=utf-8";
            content = HtmlInjection.Inject(content, snapshot.Version, overlay);
        }
        else if (type.StartsWith("text/", StringComparison.Ordinal) || type is "application/javascript" or "application/json")
            type += "; charset=utf-8";
        await Send(response, status, type, content);
    }

    private static async Task Send(HttpResponse response, int status, string type, byte[] body)
    {
        response.StatusCode = status;
        response.ContentType = type;
        response.ContentLength = body.Length;
        await response.Body.WriteAsync(body);
    }
}
