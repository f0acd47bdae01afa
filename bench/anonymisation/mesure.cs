#:project ../../generator/Osez.Core/Osez.Core.csproj
// Measures the anonymisation guard: false alarms on ordinary prose, detection of seeded personal data.
//
//   dotnet run bench/anonymisation/mesure.cs -- [--site CONTENT_DIR] [--corpus DIR]... [--positifs FILE] [--exemples N]
//
// --site     a content folder, checked with the real guard (authors and contact allowed, accepted passages applied)
// --corpus   a folder of Markdown write-ups in any front-matter schema (for example the generated bench corpus):
//            front matter and body are scanned with nothing declared
// --negatifs a file of ordinary sentences that look like personal data without being any (none should fire)
// --positifs a file of "KB04xx<TAB>sentence" lines: each sentence holds one piece of personal data of that kind
// (--negatifs and --positifs may each be given more than once)
using System.Text;
using Osez.Anonymisation;
using Osez.Configuration;
using Osez.Content;
using Osez.Diagnostics;

var sites = new List<string>();
var corpora = new List<string>();
var positiveFiles = new List<string>();
var negativeFiles = new List<string>();
var examples = 10;
for (var i = 0; i < args.Length; i++)
{
    switch (args[i])
    {
        case "--site": sites.Add(args[++i]); break;
        case "--corpus": corpora.Add(args[++i]); break;
        case "--positifs": positiveFiles.Add(args[++i]); break;
        case "--negatifs": negativeFiles.Add(args[++i]); break;
        case "--exemples": examples = int.Parse(args[++i]); break;
        default: Console.Error.WriteLine($"argument inconnu : {args[i]}"); return 2;
    }
}

foreach (var site in sites)
{
    var content = Path.GetFullPath(site);
    var paths = SitePaths.From(content, Path.Combine(content, "..", "templates"), Path.Combine(Path.GetTempPath(), "osez-mesure-sortie"));
    var diagnostics = new DiagnosticBag();
    var loaded = ContentLoader.Load(paths, diagnostics);
    if (loaded is null)
    {
        Console.WriteLine($"{site} : contenu illisible");
        continue;
    }
    var found = new DiagnosticBag();
    var documents = loaded.WriteUps.Select(ScannedDocument.Of).Concat(loaded.Pages.Select(ScannedDocument.Of)).ToList();
    foreach (var document in documents)
        AnonymisationGuard.Check(document, found);
    var all = found.Sorted();
    var words = loaded.WriteUps.Sum(w => Words(w.Body)) + loaded.Pages.Sum(p => Words(p.Body));
    Console.WriteLine($"## Contenu {site} : {documents.Count} fichiers, {words} mots");
    var errors = all.Count(d => d.Severity == Severity.Error);
    Console.WriteLine($"   détections (erreurs) : {errors} ({10000.0 * errors / Math.Max(1, words):0.00} pour 10 000 mots), acceptées : {all.Count(d => d.Code == DiagnosticCodes.AcceptedFinding.Id)}");
    foreach (var d in all.Take(examples))
        Console.WriteLine($"   {d.Code} {d.Location} {d.Message}");
}

foreach (var corpus in corpora)
{
    var files = Directory.EnumerateFiles(corpus, "*.md", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList();
    var byCode = new SortedDictionary<string, int>(StringComparer.Ordinal);
    var samples = new List<string>();
    long words = 0;
    var documentsWithFinding = 0;
    foreach (var file in files)
    {
        var bag = new DiagnosticBag();
        var markdown = MarkdownFile.Parse(File.ReadAllBytes(file), file, bag);
        if (markdown is null)
            continue;
        words += Words(markdown.Split.Body);
        var any = false;
        foreach (var text in new[] { markdown.Split.Yaml, markdown.Split.Body })
        {
            foreach (var (detector, detection) in PersonalDataDetectors.Scan(text, DeclaredIdentities.None))
            {
                any = true;
                byCode[detector.Code.Id] = byCode.GetValueOrDefault(detector.Code.Id) + 1;
                if (samples.Count < examples)
                    samples.Add($"   {detector.Code.Id} {Path.GetFileName(file)} : …{Context(text, detection)}…");
            }
        }
        if (any)
            documentsWithFinding++;
    }
    var total = byCode.Values.Sum();
    Console.WriteLine($"## Corpus {corpus} : {files.Count} fiches, {words} mots");
    Console.WriteLine($"   fausses alertes : {total} ({10000.0 * total / Math.Max(1, words):0.00} pour 10 000 mots), "
        + $"fiches touchées : {documentsWithFinding} sur {files.Count} ({100.0 * documentsWithFinding / Math.Max(1, files.Count):0.0} %)");
    foreach (var (code, count) in byCode)
        Console.WriteLine($"   {code} : {count} ({10000.0 * count / Math.Max(1, words):0.00} pour 10 000 mots)");
    samples.ForEach(Console.WriteLine);
}

foreach (var negatives in negativeFiles)
{
    var lines = File.ReadAllLines(negatives).Where(l => l.Length > 0 && !l.StartsWith('#')).ToList();
    var fired = lines.Select(l => (Line: l, Found: PersonalDataDetectors.Scan(l, DeclaredIdentities.None))).Where(x => x.Found.Count > 0).ToList();
    Console.WriteLine($"## Fausses alertes sur {negatives} : {fired.Count} phrases signalées sur {lines.Count}");
    foreach (var (line, found) in fired)
        Console.WriteLine($"   {string.Join(",", found.Select(f => f.Detector.Code.Id))} : {line}");
}

foreach (var positives in positiveFiles)
{
    var lines = File.ReadAllLines(positives).Where(l => l.Length > 0 && !l.StartsWith('#')).ToList();
    var detected = 0;
    var byCode = new SortedDictionary<string, (int Total, int Found)>(StringComparer.Ordinal);
    var missed = new List<string>();
    foreach (var line in lines)
    {
        var tab = line.IndexOf('\t');
        var code = line[..tab];
        var sentence = line[(tab + 1)..];
        var hit = PersonalDataDetectors.Scan(sentence, DeclaredIdentities.None).Any(f => f.Detector.Code.Id == code);
        var (total, found) = byCode.GetValueOrDefault(code);
        byCode[code] = (total + 1, found + (hit ? 1 : 0));
        if (hit)
            detected++;
        else
            missed.Add($"   manqué {code} : {sentence}");
    }
    Console.WriteLine($"## Détection sur {positives} : {detected} sur {lines.Count} ({100.0 * detected / Math.Max(1, lines.Count):0.0} %)");
    foreach (var (code, (total, found)) in byCode)
        Console.WriteLine($"   {code} : {found}/{total}");
    missed.ForEach(Console.WriteLine);
}
return 0;

static int Words(string text) => text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Count(w => w.Any(char.IsLetterOrDigit));

static string Context(string text, Detection detection)
{
    var start = Math.Max(0, detection.Start - 30);
    var end = Math.Min(text.Length, detection.End + 30);
    return new StringBuilder(text[start..end]).Replace('\n', ' ').ToString();
}
