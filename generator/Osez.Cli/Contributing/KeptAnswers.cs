using System.Globalization;
using System.Text;
using System.Text.Json;
using Osez.Content;

namespace Osez.Cli.Contributing;

/// <summary>
/// The answers of a <c>new</c> not finished yet, kept as they are given so that an interruption (Ctrl+C, a closed
/// terminal) loses nothing: one small file in a hidden folder next to the content folder (<c>.osez/</c>, which
/// git ignores), never among the write-ups; deleted once the write-up file is written.
/// </summary>
internal sealed class KeptAnswers(string path)
{
    private static readonly JsonSerializerOptions Json = new() { WriteIndented = true };

    public string Path { get; } = path;

    /// <summary>The file for a content folder: <c>.osez/fiche-en-cours.json</c> in the folder that holds it.</summary>
    public static KeptAnswers For(string contentFolder)
    {
        var full = System.IO.Path.GetFullPath(contentFolder).TrimEnd(System.IO.Path.DirectorySeparatorChar, System.IO.Path.AltDirectorySeparatorChar);
        var parent = System.IO.Path.GetDirectoryName(full);
        var folder = parent is null
            ? System.IO.Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.ApplicationData), "osez")
            : System.IO.Path.Combine(parent, ".osez");
        return new KeptAnswers(System.IO.Path.Combine(folder, "fiche-en-cours.json"));
    }

    public bool Exists => File.Exists(Path);

    /// <summary>Writes what is known so far; the previous file stays whole until the new one is complete.</summary>
    public void Save(DraftAnswers answers, DateTime startedAt)
    {
        var folder = System.IO.Path.GetDirectoryName(Path)!;
        Directory.CreateDirectory(folder);
        // The folder ignores itself: nothing in it is ever proposed with the content, whatever the project's .gitignore says.
        var ignore = System.IO.Path.Combine(folder, ".gitignore");
        if (!File.Exists(ignore))
            File.WriteAllText(ignore, "*\n");
        var kept = new Kept
        {
            StartedAt = startedAt,
            Title = answers.Title,
            Summary = answers.Summary,
            LastName = answers.LastName,
            FirstName = answers.FirstName,
            Role = answers.Role,
            Organisation = answers.Organisation,
            PeriodStart = answers.PeriodStart?.ToString(),
            PeriodEndKnown = answers.PeriodEndKnown,
            PeriodEnd = answers.PeriodEnd?.ToString(),
            GroupSize = answers.GroupSize,
            Terms = answers.Terms.ToDictionary(t => t.Key, t => t.Value.ToArray()),
            Values = answers.Values.ToDictionary(v => v.Key, v => v.Value.ToArray()),
        };
        var temporary = Path + ".tmp";
        File.WriteAllText(temporary, JsonSerializer.Serialize(kept, Json), new UTF8Encoding(false));
        File.Move(temporary, Path, overwrite: true);
    }

    /// <summary>The answers kept, with the moment they were started; null when there are none or they cannot be read.</summary>
    public (DraftAnswers Answers, DateTime StartedAt, int Count)? Load()
    {
        Kept? kept;
        try
        {
            kept = JsonSerializer.Deserialize<Kept>(File.ReadAllText(Path));
        }
        catch (Exception e) when (e is IOException or JsonException or UnauthorizedAccessException)
        {
            return null;
        }
        if (kept is null)
            return null;
        var answers = new DraftAnswers
        {
            Title = kept.Title,
            Summary = kept.Summary,
            LastName = kept.LastName,
            FirstName = kept.FirstName,
            Role = kept.Role,
            Organisation = kept.Organisation,
            PeriodStart = Month(kept.PeriodStart),
            PeriodEndKnown = kept.PeriodEndKnown,
            PeriodEnd = Month(kept.PeriodEnd),
            GroupSize = kept.GroupSize,
        };
        foreach (var (key, ids) in kept.Terms ?? [])
            answers.Terms[key] = ids ?? [];
        foreach (var (key, values) in kept.Values ?? [])
            answers.Values[key] = values ?? [];
        return (answers, kept.StartedAt, answers.Count);
    }

    public void Delete()
    {
        try
        {
            File.Delete(Path);
        }
        catch (IOException)
        {
        }
    }

    /// <summary>« le 8 décembre à 14 h 10 ».</summary>
    public static string When(DateTime startedAt)
        => $"le {startedAt.ToString("d MMMM", CultureInfo.GetCultureInfo("fr-FR"))} à {startedAt.Hour} h {startedAt.Minute:D2}";

    private static YearMonth? Month(string? text) => text is not null && YearMonth.TryParse(text, out var month) ? month : null;

    private sealed class Kept
    {
        public DateTime StartedAt { get; set; }
        public string? Title { get; set; }
        public string? Summary { get; set; }
        public string? LastName { get; set; }
        public string? FirstName { get; set; }
        public string? Role { get; set; }
        public string? Organisation { get; set; }
        public string? PeriodStart { get; set; }
        public bool PeriodEndKnown { get; set; }
        public string? PeriodEnd { get; set; }
        public string? GroupSize { get; set; }
        public Dictionary<string, string[]>? Terms { get; set; }
        public Dictionary<string, string[]>? Values { get; set; }
    }
}
