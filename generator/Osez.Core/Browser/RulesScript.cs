using System.Buffers;
using System.Collections;
using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Osez.Anonymisation;
using Osez.Text;

namespace Osez.Browser;

/// <summary>
/// <c>assets/regles.js</c>: the generator's rules that the pages' scripts apply too, written by every build from the
/// objects the generator itself uses, so that a rule is written once. The core gives the personal-data detectors
/// (the proposal form, <c>donnees-personnelles.js</c>) and the folding of text; each feature registers its own
/// (the French search pipeline, the file the form writes, the reference chunks) and keeps in its scripts only the
/// code that applies them. A script, not a JSON file: pages opened from disk (file://) cannot fetch.
/// </summary>
public sealed class RulesScript
{
    /// <summary>Where the script is written in the site.</summary>
    public const string Path = Site.SiteUrls.Assets + "regles.js";

    /// <summary>The global it defines (and what it exports in node, for the tests).</summary>
    public const string Global = "OsezRegles";

    /// <summary>The script of the personal-data rules, loaded by the proposal page only (the first-name list weighs).</summary>
    public const string PersonalDataPath = Site.SiteUrls.Assets + "regles-donnees-personnelles.js";

    private readonly IReadOnlyList<BrowserRules> _all;
    private readonly Lazy<byte[]> _script;
    private readonly Lazy<IReadOnlyList<(string Path, byte[] Bytes)>> _pageScripts;

    /// <param name="features">What the features registered, in their order, after the core's rules.</param>
    public RulesScript(IEnumerable<BrowserRules> features)
    {
        _all = [.. CoreRules, .. features];
        Rules = _all.ToDictionary(r => r.Name, r => r.Rules, StringComparer.Ordinal);
        _script = new Lazy<byte[]>(() => Write(Rules));
        _pageScripts = new Lazy<IReadOnlyList<(string, byte[])>>(WritePageScripts);
    }

    /// <summary>The core's rules: the personal-data detectors and the folding of text.</summary>
    public static IReadOnlyList<BrowserRules> CoreRules { get; } =
    [
        new("personalData", new
        {
            // In priority order: when two findings overlap, the first detector's is kept.
            detectors = PersonalDataDetectors.All.Select(Detector).ToList(),
            prepare = ScanText.Rules,
        }, "regles-donnees-personnelles.js"),
        new("folding", TextFolding.Rules),
    ];

    /// <summary>The rules as one value, by name: what the script assigns to <see cref="Global"/>.</summary>
    public IReadOnlyDictionary<string, object> Rules { get; }

    /// <summary>Every rule in one script (for node, which has no pages): the same for every build of this generator.</summary>
    public ReadOnlySpan<byte> Bytes => _script.Value;

    /// <summary>
    /// The scripts the site holds: <see cref="Path"/> with the rules every page may need, then one script per group of
    /// rules that asked for their own (<see cref="BrowserRules.OwnScript"/>), which adds them to <see cref="Global"/>.
    /// </summary>
    public IReadOnlyList<(string Path, byte[] Bytes)> PageScripts => _pageScripts.Value;

    private static Dictionary<string, object> Detector(IPersonalDataDetector detector)
    {
        var rules = detector.Rules;
        var entry = new Dictionary<string, object>
        {
            ["kind"] = rules.Kind,
            ["code"] = detector.Code.Id,
            ["pattern"] = rules.Pattern,
        };
        foreach (var (name, pattern) in rules.Patterns)
            entry.Add(name, pattern);
        foreach (var (name, value) in rules.Values)
            entry.Add(name, value);
        return entry;
    }

    /// <summary>The rules in JSON, as the script holds them (patterns written for JavaScript).</summary>
    public string Json => Encoding.UTF8.GetString(JsonBytes(Rules));

    private const string Header =
        "/* Règles du générateur appliquées aussi dans les pages (données personnelles, recherche, fiche proposée,\n"
        + "   morceaux de références). Écrit à chaque construction par le générateur (generator/Osez.Core/Browser) :\n"
        + "   ne pas modifier ici. */\n";

    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    private static byte[] Write(IReadOnlyDictionary<string, object> rules)
        => Utf8.GetBytes(new StringBuilder(Header)
            .Append("var ").Append(Global).Append(" = ").Append(Encoding.UTF8.GetString(JsonBytes(rules))).Append(";\n")
            .Append("if (typeof module !== 'undefined' && module.exports) module.exports = ").Append(Global).Append(";\n")
            .ToString());

    private IReadOnlyList<(string, byte[])> WritePageScripts()
    {
        var scripts = new List<(string, byte[])>
        {
            (Path, Write(_all.Where(r => r.OwnScript is null).ToDictionary(r => r.Name, r => r.Rules, StringComparer.Ordinal))),
        };
        foreach (var group in _all.Where(r => r.OwnScript is not null).GroupBy(r => r.OwnScript!))
        {
            var script = new StringBuilder(Header);
            foreach (var rules in group)
                script.Append(Global).Append('.').Append(rules.Name).Append(" = ").Append(Encoding.UTF8.GetString(JsonBytes(rules.Rules))).Append(";\n");
            scripts.Add((Site.SiteUrls.Assets + group.Key, Utf8.GetBytes(script.ToString())));
        }
        return scripts;
    }

    /// <summary>
    /// The value in JSON: strings, numbers, patterns, lists, tables and objects (their public properties, in order).
    /// Written by hand rather than by the serializer, whose reflection would cost every build more than the rules.
    /// </summary>
    private static byte[] JsonBytes(object value)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
            WriteValue(writer, value);
        return buffer.WrittenSpan.ToArray();
    }

    private static void WriteValue(Utf8JsonWriter writer, object? value)
    {
        switch (value)
        {
            case null: writer.WriteNullValue(); break;
            case string text: writer.WriteStringValue(text); break;
            case bool flag: writer.WriteBooleanValue(flag); break;
            case int number: writer.WriteNumberValue(number); break;
            case uint number: writer.WriteNumberValue(number); break;
            case RulePattern pattern: writer.WriteStringValue(pattern.ForJavaScript()); break;
            case IDictionary table:
                writer.WriteStartObject();
                foreach (DictionaryEntry entry in table)
                {
                    writer.WritePropertyName(Convert.ToString(entry.Key, CultureInfo.InvariantCulture)!);
                    WriteValue(writer, entry.Value);
                }
                writer.WriteEndObject();
                break;
            case IEnumerable items:
                writer.WriteStartArray();
                foreach (var item in items)
                    WriteValue(writer, item);
                writer.WriteEndArray();
                break;
            default:
                writer.WriteStartObject();
                foreach (var property in value.GetType().GetProperties())
                {
                    writer.WritePropertyName(property.Name);
                    WriteValue(writer, property.GetValue(value));
                }
                writer.WriteEndObject();
                break;
        }
    }
}
