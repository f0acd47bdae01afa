using System.Globalization;

namespace Osez.Output;

/// <summary>
/// What a build keeps beside the output folder, by name, each named after the build that made it (process number,
/// then a random part: its id): the staging folder (<c>.output.en-cours-ID</c>), the site replaced by a commit
/// (<c>output.ancien-ID</c>), the commit journal (<c>.output.bascule-ID</c>) and the one folder waiting to be rewritten
/// by the next build (<c>.output.recyclage</c>).
/// </summary>
internal sealed record OutputNeighbours(string Output)
{
    public string Parent => Path.GetDirectoryName(Output) ?? ".";

    private string Name => Path.GetFileName(Output);

    public string StagingPrefix => $".{Name}.en-cours-";

    public string OldPrefix => $"{Name}.ancien-";

    public string JournalPrefix => $".{Name}.bascule-";

    public string Recycled => Path.Combine(Parent, $".{Name}.recyclage");

    public string Staging(string id) => Path.Combine(Parent, StagingPrefix + id);

    public string Old(string id) => Path.Combine(Parent, OldPrefix + id);

    public string Journal(string id) => Path.Combine(Parent, JournalPrefix + id);

    public static string NewId(int process) => $"{process.ToString(CultureInfo.InvariantCulture)}-{Guid.NewGuid():N}";

    /// <summary>The id in a name made with <paramref name="prefix"/>, and the process it names; null for another name.</summary>
    public static (string Id, int Process)? IdOf(string path, string prefix)
    {
        var name = Path.GetFileName(path);
        if (!name.StartsWith(prefix, StringComparison.Ordinal))
            return null;
        var id = name[prefix.Length..];
        var dash = id.IndexOf('-', StringComparison.Ordinal);
        return dash > 0 && int.TryParse(id.AsSpan(0, dash), NumberStyles.None, CultureInfo.InvariantCulture, out var process)
            ? (id, process)
            : null;
    }

    /// <summary>A folder that a build made: there, not a link, and holding the marker file.</summary>
    public static bool IsOurs(string folder)
    {
        try
        {
            var info = new DirectoryInfo(folder);
            return info.Exists && info.LinkTarget is null && File.Exists(Path.Combine(folder, OutputFolderGuard.MarkerFile));
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }
}
