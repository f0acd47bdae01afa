namespace Osez.Map;

/// <summary>
/// The shades of the map: 0 for no write-up, then 1, 2 or 3, 4 to 9, 10 or more. Fixed classes, so that a
/// shade means the same on every site and in every legend (labels: carte.legende in the strings).
/// </summary>
public static class MapShading
{
    public const int Count = 5;

    public static int Of(int writeUps) => writeUps switch
    {
        <= 0 => 0,
        1 => 1,
        <= 3 => 2,
        <= 9 => 3,
        _ => 4,
    };
}
