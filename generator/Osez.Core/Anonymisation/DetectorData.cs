using System.Reflection;

namespace Osez.Anonymisation;

/// <summary>The word lists the detectors ship with (Anonymisation/Data, embedded): one entry a line, "#" starts a comment line.</summary>
public static class DetectorData
{
    public static IReadOnlyList<string> Lines(string name)
    {
        using var stream = typeof(DetectorData).Assembly.GetManifestResourceStream($"Osez.Anonymisation.Data.{name}.txt")
            ?? throw new InvalidOperationException($"Missing embedded list Anonymisation/Data/{name}.txt");
        using var reader = new StreamReader(stream);
        var lines = new List<string>();
        while (reader.ReadLine() is { } line)
        {
            line = line.Trim();
            if (line.Length > 0 && !line.StartsWith('#'))
                lines.Add(line);
        }
        return lines;
    }
}
