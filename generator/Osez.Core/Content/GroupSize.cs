namespace Osez.Content;

/// <summary>The size of the group as a range of people, never an exact count.</summary>
public sealed record GroupSize(int Min, int Max)
{
    public static bool TryParse(string text, out GroupSize? size)
    {
        size = null;
        var parts = text.Replace('–', '-').Split('-', StringSplitOptions.TrimEntries);
        if (parts.Length != 2
            || !int.TryParse(parts[0], System.Globalization.NumberStyles.None, null, out var min)
            || !int.TryParse(parts[1], System.Globalization.NumberStyles.None, null, out var max)
            || min < 1 || max < min || max > 100_000)
            return false;
        size = new GroupSize(min, max);
        return true;
    }

    public override string ToString() => $"{Min}-{Max}";
}
