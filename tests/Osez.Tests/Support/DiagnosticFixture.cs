using System.Text;
using Osez.Building;
using Osez.Configuration;
using Osez.Diagnostics;

namespace Osez.Tests.Support;

/// <summary>
/// One folder of tests/fixtures/diagnostics: files laid over the clean base site, an optional
/// options.txt (how to run), and expected.txt (every diagnostic the run must report).
/// </summary>
/// <remarks>
/// options.txt lines: "commande: build" (default: check), "sortie: PATH", "contenu: PATH", "gabarits: PATH",
/// "supprimer: PATH", "lien: PATH -> TARGET", "remplir: PATH BYTES", "fichier: PATH"; paths are
/// relative to the site root. A "templates" folder in the fixture is laid over a copy of the
/// repository's templates. Set OSEZ_FIXTURES_UPDATE=1 to rewrite expected.txt from the actual run.
/// </remarks>
public sealed class DiagnosticFixture(string name)
{
    public static string Folder => System.IO.Path.Combine(Repository.Root, "tests", "fixtures", "diagnostics");

    public string Name { get; } = name;

    public string Path => System.IO.Path.Combine(Folder, Name);

    public string ExpectedFile => System.IO.Path.Combine(Path, "expected.txt");

    public static IReadOnlyList<string> Names() => Directory.EnumerateDirectories(Folder)
        .Select(System.IO.Path.GetFileName)
        .Where(n => n is not null && !n.StartsWith('_'))
        .Select(n => n!)
        .Order(StringComparer.Ordinal)
        .ToList();

    /// <summary>Lays the fixture out in <paramref name="root"/>, runs it, and returns its diagnostics as lines.</summary>
    public IReadOnlyList<string> Run(string root)
    {
        TempFolder.CopyFolder(System.IO.Path.Combine(Folder, "_base", "content"), System.IO.Path.Combine(root, "content"));
        var overlay = System.IO.Path.Combine(Path, "content");
        if (Directory.Exists(overlay))
            TempFolder.CopyFolder(overlay, System.IO.Path.Combine(root, "content"));
        var templates = Repository.Templates;
        if (Directory.Exists(System.IO.Path.Combine(Path, "templates")) || Options().Any(o => o.Value.StartsWith("templates/", StringComparison.Ordinal)))
        {
            templates = System.IO.Path.Combine(root, "templates");
            TempFolder.CopyFolder(Repository.Templates, templates);
            if (Directory.Exists(System.IO.Path.Combine(Path, "templates")))
                TempFolder.CopyFolder(System.IO.Path.Combine(Path, "templates"), templates);
        }

        var command = "check";
        var output = "output";
        var content = "content";
        foreach (var (key, value) in Options())
        {
            var target = System.IO.Path.Combine(root, value.Split(' ')[0]);
            switch (key)
            {
                case "commande": command = value; break;
                case "sortie": output = value; break;
                case "contenu": content = value; break;
                case "gabarits": templates = System.IO.Path.Combine(root, value); break;
                case "supprimer" when File.Exists(target): File.Delete(target); break;
                case "supprimer": Directory.Delete(target, recursive: true); break;
                case "fichier": File.WriteAllText(target, "un fichier\n"); break;
                case "lien":
                    var parts = value.Split(" -> ");
                    var link = System.IO.Path.Combine(root, parts[0]);
                    File.CreateSymbolicLink(link, System.IO.Path.IsPathRooted(parts[1]) ? parts[1] : System.IO.Path.Combine(root, parts[1]));
                    break;
                case "remplir":
                    var size = long.Parse(value.Split(' ')[1], System.Globalization.CultureInfo.InvariantCulture);
                    var paragraph = Encoding.UTF8.GetBytes("\nLe groupe s'est réuni au centre social pour préparer la rencontre avec le bailleur.\n");
                    using (var stream = new FileStream(target, FileMode.Append))
                        while (stream.Length < size)
                            stream.Write(paragraph);
                    break;
                default: throw new InvalidOperationException($"{Name}/options.txt: unknown option {key}");
            }
        }

        var paths = SitePaths.From(System.IO.Path.Combine(root, content), templates, System.IO.Path.Combine(root, output));
        var options = new BuildOptions(paths, command == "build" ? OutputMode.Disk : OutputMode.None)
        {
            IncludeDrafts = command != "build",
            Today = TestSite.Today,
        };
        var result = SiteBuilder.Default.Run(options);
        return result.Diagnostics.Select(d => Line(d, root)).ToList();
    }

    public IReadOnlyList<string> Expected()
        => File.Exists(ExpectedFile) ? File.ReadAllLines(ExpectedFile).Where(l => l.Length > 0 && !l.StartsWith('#')).ToList() : [];

    public void WriteExpected(IReadOnlyList<string> lines)
        => File.WriteAllText(ExpectedFile, string.Join('\n', lines) + "\n", new UTF8Encoding(false));

    private IEnumerable<(string Key, string Value)> Options()
    {
        var file = System.IO.Path.Combine(Path, "options.txt");
        if (!File.Exists(file))
            yield break;
        foreach (var line in File.ReadAllLines(file).Where(l => l.Length > 0 && !l.StartsWith('#')))
        {
            var colon = line.IndexOf(':');
            yield return (line[..colon].Trim(), line[(colon + 1)..].Trim());
        }
    }

    /// <summary>"erreur KB0201 content/fiches/x.md:14:15 message", the temporary root shown as &lt;site&gt;.</summary>
    public static string Line(Diagnostic d, string root)
    {
        var severity = d.Severity switch { Severity.Error => "erreur", Severity.Warning => "avertissement", _ => "information" };
        var text = $"{severity} {d.Code} {d.Location} {d.Message}".Replace(root, "<site>", StringComparison.Ordinal);
        return text.Replace("\n", " ⏎ ", StringComparison.Ordinal);
    }

}
