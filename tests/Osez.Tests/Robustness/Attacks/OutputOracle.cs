using System.Text;
using System.Text.Json;
using System.Xml.Linq;
using AngleSharp.Html.Parser;
using Microsoft.VisualBasic.FileIO;
using Osez.Tests.Support;

namespace Osez.Tests.Robustness.Attacks;

/// <summary>
/// Looks through a built site for what a hostile value could have made active: markup, script, a link
/// that runs code, a forged reference entry, a spreadsheet formula, a file from outside the content.
/// Every payload carries <see cref="Marker"/>; each finding names the file and what was found there.
/// </summary>
public static partial class OutputOracle
{
    public const string Marker = "osezPwn";

    private static readonly string[] UrlAttributes = ["href", "src", "action", "formaction", "data", "poster", "xlink:href", "srcset", "cite", "background"];
    private static readonly string[] ActiveSchemes = ["javascript:", "vbscript:", "data:"];
    private static readonly HashSet<string> DataScriptTypes = new(StringComparer.OrdinalIgnoreCase) { "application/json", "application/ld+json" };

    public static IReadOnlyList<string> Findings(IReadOnlyDictionary<string, byte[]> files, bool payloadHasMarker)
    {
        var findings = new List<string>();
        foreach (var (path, bytes) in files)
        {
            var text = Encoding.UTF8.GetString(bytes);
            if (text.Contains("root:x:0:0", StringComparison.Ordinal))
                findings.Add($"{path} : contient un fichier système (/etc/passwd)");
            if (!text.Contains(Marker, StringComparison.Ordinal))
                continue;
            if (!payloadHasMarker)
            {
                findings.Add($"{path} : le marqueur a été assemblé (gabarit évalué ?)");
                continue;
            }
            var extension = Path.GetExtension(path);
            if (extension == ".html")
                findings.AddRange(InHtml(path, text));
            else if (extension is ".xml" or ".atom")
                findings.AddRange(InXml(path, text));
            else if (extension == ".csv")
                findings.AddRange(InCsv(path, bytes));
            else if (extension == ".bib")
                findings.AddRange(InBibTex(path, text));
            else if (extension == ".ris")
                findings.AddRange(InRis(path, text));
            else if (extension == ".json")
                findings.AddRange(InJson(path, text));
            else if (extension == ".js")
                findings.AddRange(InScriptData(path, text));
        }
        return findings;
    }

    private static IEnumerable<string> InHtml(string path, string html)
    {
        var document = new HtmlParser().ParseDocument(html);
        foreach (var element in document.All)
        {
            var name = element.LocalName;
            if (name == "script" && !DataScriptTypes.Contains(element.GetAttribute("type") ?? string.Empty)
                && element.TextContent.Contains(Marker, StringComparison.Ordinal))
                yield return $"{path} : un <script> exécutable contient la charge";
            if (name == "script" && DataScriptTypes.Contains(element.GetAttribute("type") ?? string.Empty))
            {
                if (!IsJson(element.TextContent))
                    yield return $"{path} : des données JSON de la page ne se lisent plus (sortie du <script>)";
            }
            foreach (var attribute in element.Attributes)
            {
                if (!attribute.Value.Contains(Marker, StringComparison.Ordinal))
                    continue;
                if (attribute.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase))
                    yield return $"{path} : l'attribut {attribute.Name} de <{name}> contient la charge";
                if (UrlAttributes.Contains(attribute.Name, StringComparer.OrdinalIgnoreCase) && IsActiveUrl(attribute.Value))
                    yield return $"{path} : l'adresse {attribute.Name}=\"{attribute.Value}\" de <{name}> exécute du code";
                if (name == "meta" && attribute.Name == "content" && string.Equals(element.GetAttribute("http-equiv"), "refresh", StringComparison.OrdinalIgnoreCase))
                    yield return $"{path} : une redirection <meta refresh> porte la charge";
            }
        }
    }

    private static bool IsActiveUrl(string value)
    {
        var compact = new string(value.Where(c => !char.IsWhiteSpace(c) && !char.IsControl(c)).ToArray());
        return ActiveSchemes.Any(s => compact.StartsWith(s, StringComparison.OrdinalIgnoreCase));
    }

    private static bool IsJson(string text)
    {
        try
        {
            using var _ = JsonDocument.Parse(text);
            return true;
        }
        catch (JsonException)
        {
            return false;
        }
    }

    private static IEnumerable<string> InXml(string path, string text)
    {
        XDocument document;
        try
        {
            document = XDocument.Parse(text);
        }
        catch (System.Xml.XmlException error)
        {
            return [$"{path} : le XML ne se lit plus ({error.Message})"];
        }
        return document.Descendants().Where(e => e.Name.LocalName.Contains(Marker, StringComparison.Ordinal)
                || e.Name.LocalName is "script" || e.Attributes().Any(a => a.Name.LocalName.StartsWith("on", StringComparison.Ordinal) && a.Value.Contains(Marker, StringComparison.Ordinal)))
            .Select(e => $"{path} : un élément <{e.Name.LocalName}> a été forgé");
    }

    private static IEnumerable<string> InCsv(string path, byte[] bytes)
    {
        using var parser = new TextFieldParser(new MemoryStream(bytes), Encoding.UTF8) { HasFieldsEnclosedInQuotes = true, TrimWhiteSpace = false };
        parser.SetDelimiters(",");
        var findings = new List<string>();
        while (!parser.EndOfData)
        {
            foreach (var cell in parser.ReadFields()!)
            {
                if (cell.Length > 0 && "=+-@\t\r＝＋－＠".Contains(cell[0]) && cell.Contains(Marker, StringComparison.Ordinal))
                    findings.Add($"{path} : une cellule commence par une formule : {cell}");
            }
        }
        return findings;
    }

    private static IEnumerable<string> InBibTex(string path, string text)
    {
        var (keys, unbalanced) = BibTexScan.Scan(text);
        if (unbalanced)
            yield return $"{path} : les accolades ne sont plus appariées";
        foreach (var key in keys.Where(k => k.Contains(Marker, StringComparison.Ordinal)))
            yield return $"{path} : une entrée a été forgée : {key}";
    }

    private static IEnumerable<string> InRis(string path, string text)
    {
        var lines = text.Split('\n').Select(l => l.TrimEnd('\r')).ToList();
        var starts = lines.Count(l => l.StartsWith("TY  -", StringComparison.Ordinal));
        var ends = lines.Count(l => l.StartsWith("ER  -", StringComparison.Ordinal));
        if (starts != ends)
            yield return $"{path} : {starts} débuts pour {ends} fins de référence";
        foreach (var line in lines.Where(l => l.Contains(Marker, StringComparison.Ordinal) && l.StartsWith("TI  - " + Marker, StringComparison.Ordinal)))
            yield return $"{path} : une ligne a été forgée : {line}";
    }

    private static IEnumerable<string> InJson(string path, string text)
        => IsJson(text) ? [] : [$"{path} : le JSON ne se lit plus"];

    /// <summary>
    /// Generated scripts hold data: <c>window.X=JSON;</c> or <c>(window.X=window.X||{})["key"]=JSON;</c>, after an
    /// optional comment. The payload must stay inside a JSON string: the script must still be only that.
    /// </summary>
    private static IEnumerable<string> InScriptData(string path, string text)
    {
        var match = DataScript().Match(text);
        if (!match.Success || !IsJson(match.Groups["json"].Value))
            yield return $"{path} : le script de données n'est plus une simple affectation de JSON";
    }

    [System.Text.RegularExpressions.GeneratedRegex(
        @"\A(?:/\*(?:[^*]|\*(?!/))*\*/\s*)?(?:\(window\.\w+=window\.\w+\|\|\{\}\)\[""[^""\\<]*""\]|window\.\w+)=(?<json>.*);\s*\z",
        System.Text.RegularExpressions.RegexOptions.Singleline)]
    private static partial System.Text.RegularExpressions.Regex DataScript();
}
