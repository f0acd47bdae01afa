using Osez.Text;

namespace Osez.Contributing;

/// <summary>Picks the file name of a new write-up: its title as a slug, numbered when already taken.</summary>
public static class SlugPicker
{
    /// <summary>The slug when the title gives none (only punctuation, say).</summary>
    public const string Fallback = "fiche";

    /// <param name="taken">True when a slug is already used (a file or a folder of that name exists).</param>
    public static string Pick(string title, Func<string, bool> taken)
    {
        var stem = Slugs.FromText(title);
        if (stem.Length == 0)
            stem = Fallback;
        if (!taken(stem))
            return stem;
        for (var n = 2; ; n++)
        {
            var suffix = $"-{n}";
            var candidate = (stem.Length + suffix.Length > Slugs.MaxLength ? stem[..(Slugs.MaxLength - suffix.Length)].TrimEnd('-') : stem) + suffix;
            if (!taken(candidate))
                return candidate;
        }
    }

    /// <summary>Whether <c>fiches/&lt;slug&gt;.md</c> or the folder <c>fiches/&lt;slug&gt;/</c> exists.</summary>
    public static bool IsTakenOnDisk(string writeUpsFolder, string slug)
        => File.Exists(Path.Combine(writeUpsFolder, slug + ".md")) || Directory.Exists(Path.Combine(writeUpsFolder, slug));
}
