using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using Osez.Content;

namespace Osez.Cli.Contributing;

/// <summary>
/// The answers of a <c>new</c> not finished yet, kept as they are given so that an interruption (Ctrl+C, a closed
/// terminal) loses nothing: one small file in a hidden folder next to the content folder (<c>.osez/</c>, which
/// git ignores), never among the write-ups; deleted once the write-up file is written.
/// </summary>
internal sealed class KeptAnswers(string path)
{
    // The answers' collections have no setter: they are filled in place.
    private static readonly JsonSerializerOptions Json = new()
    {
        WriteIndented = true,
        PreferredObjectCreationHandling = JsonObjectCreationHandling.Populate,
        Converters = { new MonthJson() },
    };

    private const string StartedAtKey = "StartedAt";

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
        // The answers themselves, with the moment they were started beside them.
        var kept = JsonSerializer.SerializeToNode(answers, Json)!.AsObject();
        kept[StartedAtKey] = startedAt;
        var temporary = Path + ".tmp";
        File.WriteAllText(temporary, JsonSerializer.Serialize(kept, Json), new UTF8Encoding(false));
        File.Move(temporary, Path, overwrite: true);
    }

    /// <summary>The answers kept, with the moment they were started; null when there are none or they cannot be read.</summary>
    public (DraftAnswers Answers, DateTime StartedAt, int Count)? Load()
    {
        JsonObject? kept;
        try
        {
            kept = JsonNode.Parse(File.ReadAllText(Path)) as JsonObject;
        }
        catch (Exception e) when (e is IOException or JsonException or UnauthorizedAccessException)
        {
            return null;
        }
        if (kept?[StartedAtKey] is not JsonValue started || !started.TryGetValue(out DateTime startedAt))
            return null;
        kept.Remove(StartedAtKey);
        DraftAnswers? answers;
        try
        {
            answers = kept.Deserialize<DraftAnswers>(Json);
        }
        catch (JsonException)
        {
            return null;
        }
        return answers is null ? null : (answers, startedAt, answers.Count);
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

    /// <summary>A month as the write-ups write it (<c>2024-09</c>).</summary>
    private sealed class MonthJson : JsonConverter<YearMonth>
    {
        public override YearMonth Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
            => YearMonth.TryParse(reader.GetString() ?? string.Empty, out var month) ? month : throw new JsonException("not a month");

        public override void Write(Utf8JsonWriter writer, YearMonth value, JsonSerializerOptions options) => writer.WriteStringValue(value.ToString());
    }
}
