using Osez.Configuration;
using Osez.Diagnostics;

namespace Osez.Rendering;

/// <summary>What the pages are rendered with besides the content: the interface texts and the templates.</summary>
public sealed record Theme(UiStrings Strings, TemplateSet Templates)
{
    /// <summary>Reads the templates folder in the site's language; null, its problems reported, when it cannot be used.</summary>
    public static Theme? Load(SitePaths paths, SiteConfig config, DiagnosticBag diagnostics)
    {
        if (!Directory.Exists(paths.Templates))
        {
            // One clear message rather than the texts and every layout reported missing one by one.
            diagnostics.Report(DiagnosticCodes.MissingFolder, new SourceLocation(paths.Templates),
                "Le dossier des gabarits (mise en page du site) est introuvable.",
                "Lancez la commande depuis le dossier du projet, ou indiquez le dossier avec --templates.");
            return null;
        }
        var errors = diagnostics.ErrorCount;
        var strings = UiStrings.Load(paths.Templates, config, paths.Display, diagnostics);
        var templates = TemplateSet.Load(paths.Templates, paths.Display, diagnostics);
        return strings is null || diagnostics.ErrorCount > errors ? null : new Theme(strings, templates);
    }
}
