using System.Text;

namespace Osez.Server;

/// <summary>
/// Adds the live-reload script (and the error panel, if any) to an HTML page as it is served.
/// The built files themselves never contain them.
/// </summary>
public static class HtmlInjection
{
    public const string ScriptPath = "/__osez/livereload.js";
    public const string EventsPath = "/__osez/evenements";

    public static byte[] Inject(byte[] page, int version, string overlay)
    {
        var html = Encoding.UTF8.GetString(page);
        var addition = overlay + $"<script src=\"{ScriptPath}\" data-version=\"{version}\" data-evenements=\"{EventsPath}\"></script>";
        var end = html.LastIndexOf("</body>", StringComparison.OrdinalIgnoreCase);
        html = end >= 0 ? html.Insert(end, addition) : html + addition;
        return Encoding.UTF8.GetBytes(html);
    }

    /// <summary>The page served when no build has succeeded yet: only the errors.</summary>
    public static byte[] ErrorPage(int version, string overlay)
        => Inject(Encoding.UTF8.GetBytes(
            "<!doctype html><html lang=\"fr\"><head><meta charset=\"utf-8\"><title>Erreur de construction · aperçu</title></head>"
            + "<body><main><h1>Le site ne peut pas encore être affiché</h1></main></body></html>"), version, overlay);
}
