namespace Osez.Map;

/// <summary>The map's data files, embedded in the generator (Map/Data/).</summary>
internal static class MapData
{
    public static Stream Open(string file)
        => typeof(MapData).Assembly.GetManifestResourceStream($"Osez.Map.Data.{file}")
           ?? throw new InvalidOperationException($"Map data {file} is missing from the generator.");
}
