using Osez.Configuration;
using Osez.Content;
using Osez.Diagnostics;
using Osez.Yaml;
using Scriban.Runtime;

namespace Osez.Rendering;

/// <summary>
/// The interface texts of the site, from <c>templates/strings/&lt;langue&gt;.yml</c>: the one file to
/// translate. Templates read them as <c>t.section.key</c>; C# reads formats with <see cref="Get"/>.
/// </summary>
public sealed class UiStrings
{
    private readonly YMapping _root;

    private UiStrings(YMapping root, string file)
    {
        _root = root;
        File = file;
    }

    public string File { get; }

    /// <summary>The languages the theme has interface texts for: the names of templates/strings/*.yml.</summary>
    public static IReadOnlyList<string> Languages(string templatesFolder)
    {
        var folder = Path.Combine(templatesFolder, "strings");
        return Directory.Exists(folder)
            ? Directory.EnumerateFiles(folder, "*.yml").Select(Path.GetFileNameWithoutExtension).OfType<string>()
                .Where(LanguageCodes.IsValid).Order(StringComparer.Ordinal).ToList()
            : [];
    }

    /// <summary>
    /// The texts in the language of site.yml, which must be one the theme has (<see cref="Languages"/>): a language
    /// the theme lacks is a mistake in site.yml, reported where « langue » is written.
    /// </summary>
    public static UiStrings? Load(string templatesFolder, SiteConfig config, Func<string, string> display, DiagnosticBag diagnostics)
    {
        if (config.LanguageLocation is { } at && !Languages(templatesFolder).Contains(config.Language, StringComparer.Ordinal))
        {
            var known = Languages(templatesFolder);
            diagnostics.Report(DiagnosticCodes.InvalidConfig, at,
                $"« langue » vaut « {config.Language} », mais le thème n'a pas de textes d'interface dans cette langue.",
                (known.Count > 0 ? $"Langues disponibles : {string.Join(", ", known)}. " : string.Empty)
                + $"Pour une nouvelle langue, traduisez templates/strings/fr.yml dans templates/strings/{config.Language}.yml.");
            return null;
        }
        return Load(templatesFolder, config.Language, display, diagnostics);
    }

    public static UiStrings? Load(string templatesFolder, string language, Func<string, string> display, DiagnosticBag diagnostics)
    {
        if (!LanguageCodes.IsValid(language))
        {
            // site.yml lets only language codes through; this keeps any other caller from naming a file elsewhere.
            diagnostics.Report(DiagnosticCodes.InvalidStrings, new SourceLocation(display(Path.Combine(templatesFolder, "strings"))),
                $"« {language} » n'est pas un code de langue : aucun fichier de textes n'est lu.",
                "Écrivez un code de langue, comme langue: fr.");
            return null;
        }
        var path = Path.Combine(templatesFolder, "strings", language + ".yml");
        var shown = display(path);
        // Checked before the file is looked for: nothing outside the templates is read, nor said to exist.
        if (!ContainedPath.IsInside(path, templatesFolder))
        {
            diagnostics.Report(DiagnosticCodes.InvalidStrings, new SourceLocation(display(templatesFolder)),
                $"Le fichier des textes de l'interface pour la langue « {language} » serait lu hors du dossier des gabarits : il est refusé.",
                "Vérifiez « langue » dans site.yml (par exemple « fr »), et que templates/strings ne contient pas de lien symbolique.");
            return null;
        }
        if (!System.IO.File.Exists(path))
        {
            diagnostics.Report(DiagnosticCodes.InvalidStrings, new SourceLocation(shown),
                $"Le fichier des textes de l'interface pour la langue « {language} » est introuvable.",
                "Vérifiez « langue » dans site.yml, ou copiez templates/strings/fr.yml sous le nom de la langue.");
            return null;
        }
        if (ContentFileBytes.Read(path, shown, diagnostics) is not { } bytes
            || SourceText.Decode(bytes, shown, diagnostics) is not { } text)
            return null;
        var local = new DiagnosticBag();
        var root = YamlTreeReader.Read(text, shown, 1, local);
        diagnostics.AddRange(local.Sorted());
        if (root is YMapping map)
            return new UiStrings(map, shown);
        if (!local.HasErrors)
            diagnostics.Report(DiagnosticCodes.InvalidStrings, new SourceLocation(shown, 1, 1),
            "Le fichier des textes de l'interface doit être un ensemble de rubriques « clé: texte ».",
            "Partez de templates/strings/fr.yml.");
        return null;
    }

    /// <summary>A text by dotted key ("dates.today"); the key itself when missing, so a gap shows on the page.</summary>
    public string Get(string key)
    {
        YNode? node = _root;
        foreach (var part in key.Split('.'))
            node = (node as YMapping)?[part];
        return node is YScalar scalar ? scalar.Value : $"[{key}]";
    }

    /// <summary>A list of texts by dotted key (month names).</summary>
    public IReadOnlyList<string> List(string key)
    {
        YNode? node = _root;
        foreach (var part in key.Split('.'))
            node = (node as YMapping)?[part];
        return node is YSequence sequence ? sequence.Items.OfType<YScalar>().Select(s => s.Value).ToList() : [];
    }

    /// <summary>"{n} fiches" with n filled in; the singular form when n is 0 or 1 (French rule).</summary>
    public string Count(string key, int n)
        => Get(n <= 1 ? key + ".one" : key + ".other").Replace("{n}", n.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);

    /// <summary>The texts as a Scriban object, for templates.</summary>
    public ScriptObject ToScriptObject() => (ScriptObject)Convert(_root)!;

    private static object? Convert(YNode node) => node switch
    {
        YScalar scalar => scalar.Value,
        YSequence sequence => new ScriptArray(sequence.Items.Select(Convert)),
        YMapping map => ToObject(map),
        _ => null,
    };

    private static ScriptObject ToObject(YMapping map)
    {
        var result = new ScriptObject();
        foreach (var entry in map.Entries)
            result[entry.Key.Value] = Convert(entry.Value);
        return result;
    }
}
