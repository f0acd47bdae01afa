namespace Osez.Map;

/// <summary>
/// Which metropolitan départements share a land border (Map/Data/departements-voisins.txt: "59: 02 62 80",
/// its source at the top of the file). Overseas départements have none.
/// </summary>
public sealed class DepartementNeighbours
{
    private static readonly Lazy<DepartementNeighbours> Embedded = new(() =>
    {
        using var reader = new StreamReader(MapData.Open("departements-voisins.txt"));
        return Parse(reader.ReadToEnd());
    });

    public static DepartementNeighbours Metropole => Embedded.Value;

    private readonly Dictionary<string, IReadOnlyList<string>> _byId;

    private DepartementNeighbours(Dictionary<string, IReadOnlyList<string>> byId) => _byId = byId;

    /// <summary>The départements of the table, in its order.</summary>
    public IReadOnlyCollection<string> Ids => _byId.Keys;

    /// <summary>The codes of the neighbours of <paramref name="id"/>, in code order; none for an unknown code.</summary>
    public IReadOnlyList<string> Of(string id) => _byId.GetValueOrDefault(id) ?? [];

    public static DepartementNeighbours Parse(string text)
    {
        var byId = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        foreach (var raw in text.Split('\n'))
        {
            var line = raw.Trim();
            if (line.Length == 0 || line.StartsWith('#'))
                continue;
            var colon = line.IndexOf(':', StringComparison.Ordinal);
            if (colon <= 0)
                throw new FormatException($"Neighbour table: no code before ':' in \"{line}\".");
            byId[line[..colon].Trim()] = line[(colon + 1)..].Split(' ', StringSplitOptions.RemoveEmptyEntries);
        }
        return new DepartementNeighbours(byId);
    }
}
