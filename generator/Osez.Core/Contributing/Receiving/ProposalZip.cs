using System.IO.Compression;
using System.Text;
using Osez.Content;

namespace Osez.Contributing.Receiving;

/// <summary>
/// Reads a received zip: one Markdown file anywhere in it (the site form writes « &lt;nom&gt;/index.md »), and images
/// next to it (or in folders below it). Refused, with a French reason, and nothing read further: a name that would
/// leave the folder (« ../ », an absolute path, a drive), more entries or bytes than a write-up ever needs (a « zip
/// bomb »), a file that is not an image, an image outside the write-up's folder.
/// </summary>
public static class ProposalZip
{
    public const int MaxEntries = 200;

    /// <summary>One file's limit: the one of any content file.</summary>
    public const long MaxEntryBytes = ContentFileBytes.MaxBytes;

    public const long MaxTotalBytes = 50_000_000;

    /// <summary>A file that is this many times smaller compressed is no image nor text: a bomb.</summary>
    public const int MaxRatio = 200;

    public static IReadOnlyList<string> ImageExtensions { get; } = [".jpg", ".jpeg", ".png", ".gif", ".webp", ".avif"];

    /// <summary>What the file systems of the machines that made the zip leave in it, ignored.</summary>
    private static bool IsLitter(string path)
        => path.StartsWith("__MACOSX/", StringComparison.Ordinal) || Path.GetFileName(path) is ".DS_Store" or "Thumbs.db" or "desktop.ini";

    public static bool IsZip(byte[] bytes) => bytes.Length >= 4 && bytes[0] == 'P' && bytes[1] == 'K' && bytes[2] is 3 or 5 && bytes[3] is 4 or 6;

    /// <returns>The Markdown text and the images (path relative to the Markdown file's folder), or null with <paramref name="problems"/>.</returns>
    public static (string Markdown, IReadOnlyList<ReceivedImage> Images)? Read(byte[] bytes, List<string> problems)
    {
        ZipArchive archive;
        try
        {
            archive = new ZipArchive(new MemoryStream(bytes, writable: false), ZipArchiveMode.Read);
        }
        catch (InvalidDataException)
        {
            problems.Add("Le fichier n'est pas une archive zip lisible : demandez à la personne de renvoyer le fichier téléchargé depuis le formulaire du site.");
            return null;
        }
        using (archive)
        {
            if (archive.Entries.Count > MaxEntries)
            {
                problems.Add($"L'archive contient {archive.Entries.Count} fichiers ; une fiche n'en a jamais plus de {MaxEntries} : elle n'a pas été ouverte.");
                return null;
            }
            var files = new List<(string Path, ZipArchiveEntry Entry)>();
            foreach (var entry in archive.Entries)
            {
                var path = entry.FullName.Replace('\\', '/');
                if (!IsSafe(path))
                {
                    problems.Add($"L'archive contient un nom de fichier impossible, ou un chemin qui sortirait du dossier de la fiche (« {Shown(entry.FullName)} ») : elle est refusée, rien n'a été écrit.");
                    return null;
                }
                if (path.EndsWith('/') || IsLitter(path))
                    continue;
                files.Add((path, entry));
            }
            long total = 0;
            foreach (var (path, entry) in files)
            {
                total += entry.Length;
                if (entry.Length > MaxEntryBytes || total > MaxTotalBytes
                    || (entry.Length > 1_000_000 && entry.CompressedLength > 0 && entry.Length / entry.CompressedLength > MaxRatio))
                {
                    problems.Add($"« {Shown(path)} » est trop gros une fois décompressé ({entry.Length / 1_000_000.0:0.0} Mo ; au plus {MaxEntryBytes / 1_000_000} Mo par fichier et {MaxTotalBytes / 1_000_000} Mo en tout) : l'archive est refusée.");
                    return null;
                }
            }
            var markdown = files.Where(f => f.Path.EndsWith(".md", StringComparison.OrdinalIgnoreCase)).ToList();
            if (markdown.Count != 1)
            {
                problems.Add(markdown.Count == 0
                    ? "L'archive ne contient aucun fichier .md : le texte de la fiche manque."
                    : $"L'archive contient {markdown.Count} fichiers .md ({string.Join(", ", markdown.Select(m => Shown(m.Path)))}) : une proposition n'en a qu'un. Recevez-les un par un.");
                return null;
            }
            var folder = markdown[0].Path.Contains('/') ? markdown[0].Path[..(markdown[0].Path.LastIndexOf('/') + 1)] : string.Empty;
            var images = new List<ReceivedImage>();
            foreach (var (path, entry) in files)
            {
                if (path == markdown[0].Path)
                    continue;
                if (!ImageExtensions.Contains(Path.GetExtension(path).ToLowerInvariant(), StringComparer.Ordinal))
                {
                    problems.Add($"« {Shown(path)} » n'est pas une image ({string.Join(", ", ImageExtensions)}) : une proposition ne contient que le texte et ses images. L'archive est refusée.");
                    return null;
                }
                if (!path.StartsWith(folder, StringComparison.Ordinal))
                {
                    problems.Add($"L'image « {Shown(path)} » n'est pas dans le dossier du texte ({(folder.Length == 0 ? "la racine de l'archive" : Shown(folder))}) : le texte ne pourrait pas l'afficher. L'archive est refusée.");
                    return null;
                }
                if (ReadCapped(entry) is not { } data)
                {
                    problems.Add($"« {Shown(path)} » est plus gros que ce que l'archive annonce : elle est refusée.");
                    return null;
                }
                images.Add(new ReceivedImage(path[folder.Length..], data));
            }
            if (ReadCapped(markdown[0].Entry) is not { } text)
            {
                problems.Add($"« {Shown(markdown[0].Path)} » est plus gros que ce que l'archive annonce : elle est refusée.");
                return null;
            }
            return (new UTF8Encoding(false).GetString(text).TrimStart('\uFEFF'), images);
        }
    }

    /// <summary>A relative path of plain names: no « .. », no root, no drive, no control character.</summary>
    public static bool IsSafe(string path)
    {
        // The characters no Windows file name may hold are refused too: the zip may be received on any system.
        if (path.Length == 0 || path.StartsWith('/') || path.Any(c => char.IsControl(c) || c is ':' or '*' or '?' or '"' or '<' or '>' or '|'))
            return false;
        return path.TrimEnd('/').Split('/').All(segment => segment.Length > 0 && segment != "." && segment != ".." && segment.TrimEnd(' ', '.') == segment);
    }

    /// <summary>The entry's bytes, never more than its announced length allows (the header may lie); null beyond.</summary>
    private static byte[]? ReadCapped(ZipArchiveEntry entry)
    {
        using var stream = entry.Open();
        using var copy = new MemoryStream();
        var buffer = new byte[81920];
        int read;
        while ((read = stream.Read(buffer, 0, buffer.Length)) > 0)
        {
            copy.Write(buffer, 0, read);
            if (copy.Length > Math.Min(entry.Length, MaxEntryBytes))
                return null;
        }
        return copy.ToArray();
    }

    private static string Shown(string text) => Text.LogText.Visible(text.Length > 120 ? text[..120] + "…" : text);
}

/// <summary>An image received with a write-up: its path next to the text, and its bytes.</summary>
public sealed record ReceivedImage(string Path, byte[] Bytes);
