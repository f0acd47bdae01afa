using YamlDotNet.RepresentationModel;
using Osez.Tests.Support;

namespace Osez.Tests.Robustness.Attacks;

/// <summary>A hostile value: added to the end of a field's value, or standing for the whole value.</summary>
public sealed record Payload(string Name, bool ReplacesValue, string Text)
{
    public bool HasMarker => Text.Contains(OutputOracle.Marker, StringComparison.Ordinal);
}

public enum Outcome { Refused, Harmless, Either }

/// <summary>
/// The catalogue of attacks kept as data in tests/fixtures/attacks: the payloads (charges.yml) and, for
/// each channel and payload, the outcome expected (catalogue.tsv, first matching row wins).
/// </summary>
public static class AttackCatalogue
{
    public static string Folder => Path.Combine(Repository.Root, "tests", "fixtures", "attacks");

    public static IReadOnlyList<Payload> Payloads { get; } = ReadPayloads();

    private static readonly IReadOnlyList<(string Channel, string Payload, Outcome Outcome)> Rows = ReadRows();

    public static Outcome Expected(string channel, string payload)
    {
        foreach (var row in Rows)
        {
            if (Matches(row.Channel, channel) && Matches(row.Payload, payload))
                return row.Outcome;
        }
        throw new InvalidOperationException($"catalogue.tsv has no row for {channel} x {payload}: it must end with « *\t* ».");
    }

    private static bool Matches(string pattern, string value)
        => pattern == "*" || pattern == value || (pattern.EndsWith('*') && value.StartsWith(pattern[..^1], StringComparison.Ordinal));

    private static List<Payload> ReadPayloads()
    {
        var stream = new YamlStream();
        using (var reader = new StreamReader(Path.Combine(Folder, "charges.yml")))
            stream.Load(reader);
        return ((YamlSequenceNode)stream.Documents[0].RootNode).Children.Cast<YamlMappingNode>()
            .Select(m => new Payload(
                ((YamlScalarNode)m["nom"]).Value!,
                ((YamlScalarNode)m["mode"]).Value switch
                {
                    "remplace" => true,
                    "ajout" => false,
                    var other => throw new InvalidDataException($"charges.yml: mode « {other} »"),
                },
                ((YamlScalarNode)m["texte"]).Value!))
            .ToList();
    }

    private static List<(string, string, Outcome)> ReadRows()
        => File.ReadAllLines(Path.Combine(Folder, "catalogue.tsv"))
            .Where(l => l.Length > 0 && !l.StartsWith('#'))
            .Select(l => l.Split('\t'))
            .Select(c => (c[0], c[1], c[2] switch
            {
                "refusée" => Outcome.Refused,
                "inoffensive" => Outcome.Harmless,
                "l'une-ou-l'autre" => Outcome.Either,
                var other => throw new InvalidDataException($"catalogue.tsv: issue « {other} »"),
            }))
            .ToList();
}
