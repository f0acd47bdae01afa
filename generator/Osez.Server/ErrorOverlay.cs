using System.Text;
using Osez.Diagnostics;

namespace Osez.Server;

/// <summary>
/// The panel laid over every page while the last change does not build: which file, which line,
/// what is wrong and how to fix it. Self-contained (own styles), so a broken theme cannot hide it.
/// </summary>
public static class ErrorOverlay
{
    public const string ElementId = "osez-erreurs";
    private const int MaxShown = 20;

    /// <param name="sourceLine">The line a diagnostic points at, quoted under its message (null when unknown).</param>
    public static string Render(IReadOnlyList<Diagnostic> errors, bool hasPreviousVersion, Func<Diagnostic, string?> sourceLine)
    {
        var html = new StringBuilder();
        html.Append($"<div id=\"{ElementId}\" role=\"alert\" aria-labelledby=\"{ElementId}-titre\">");
        html.Append($"<style>#{ElementId}{{position:fixed;inset:0 0 auto 0;max-height:80vh;overflow:auto;z-index:2147483647;")
            .Append("background:#fff5f5;color:#1a1a1a;border-bottom:4px solid #b3261e;box-shadow:0 4px 24px rgba(0,0,0,.35);")
            .Append("font:16px/1.5 system-ui,sans-serif;padding:1rem 1.5rem}")
            .Append($"#{ElementId} h2{{margin:0 0 .5rem;font-size:1.2rem;color:#8c1d18}}#{ElementId} p{{margin:.25rem 0}}")
            .Append($"#{ElementId} ol{{margin:.5rem 0;padding-left:1.5rem}}#{ElementId} li{{margin:.5rem 0}}")
            .Append($"#{ElementId} code{{font:15px/1.4 ui-monospace,monospace;background:#fde7e7;padding:0 .2em}}")
            .Append($"#{ElementId} .osez-conseil{{color:#1b5e20}}#{ElementId} button{{font:inherit;margin-top:.5rem;padding:.3rem .8rem;")
            .Append("border:2px solid #8c1d18;background:#fff;color:#8c1d18;border-radius:4px;cursor:pointer}</style>");
        var count = errors.Count == 1 ? "une erreur" : $"{errors.Count} erreurs";
        html.Append($"<h2 id=\"{ElementId}-titre\">Le site ne se construit plus : {count}</h2>");
        html.Append(hasPreviousVersion
            ? "<p>La page ci-dessous est la dernière version correcte. Corrigez le fichier et enregistrez : la page se met à jour toute seule.</p>"
            : "<p>Aucune version correcte du site n'a encore été construite. Corrigez le fichier et enregistrez : la page se met à jour toute seule.</p>");
        html.Append("<ol>");
        foreach (var error in errors.Take(MaxShown))
        {
            html.Append("<li><p><strong><code>").Append(Encode(Where(error))).Append("</code></strong> ")
                .Append("<span class=\"osez-code\">").Append(Encode(error.Code)).Append("</span></p>")
                .Append("<p>").Append(Encode(error.Message)).Append("</p>");
            var quoted = error.Excerpt.Length > 0 ? error.Excerpt : sourceLine(error);
            if (!string.IsNullOrWhiteSpace(quoted))
                html.Append("<p><code>").Append(Encode(ExcerptWindow.Of(quoted, error.Location.Column, error.ExcerptColumn).Text)).Append("</code></p>");
            if (error.Hint.Length > 0)
                html.Append("<p class=\"osez-conseil\">→ ").Append(Encode(error.Hint).Replace("\n", "<br>", StringComparison.Ordinal)).Append("</p>");
            html.Append("</li>");
        }
        html.Append("</ol>");
        if (errors.Count > MaxShown)
            html.Append($"<p>… et {errors.Count - MaxShown} autres : lancez « ./build.sh check » pour la liste complète.</p>");
        html.Append($"<button type=\"button\" onclick=\"document.getElementById('{ElementId}').hidden=true\">Masquer</button>");
        html.Append("</div>");
        return html.ToString();
    }

    /// <summary>"content/fiches/x.md, ligne 12" — as a person says it.</summary>
    public static string Where(Diagnostic error)
    {
        var location = error.Location;
        if (location.File.Length == 0)
            return "(site)";
        return location.Line > 0 ? $"{location.File}, ligne {location.Line}" : location.File;
    }

    private static string Encode(string text) => Rendering.HtmlText.Escape(text);
}
