using System.Text;
using Osez.Contributing;
using Osez.Contributing.Receiving;

namespace Osez.Cli.Contributing;

/// <summary>
/// Places a received write-up under a free name: « fiches/&lt;nom&gt;.md », or « fiches/&lt;nom&gt;/index.md » with its images.
/// Never replaces anything: every file is created new, and a name taken in between gives the next one.
/// </summary>
internal static class ReceivedFiles
{
    /// <returns>The files written (the text first) and the slug, or null when an image name cannot be used.</returns>
    public static (string Slug, IReadOnlyList<string> Files) Write(string writeUpsFolder, ReceivedProposal proposal)
    {
        Directory.CreateDirectory(writeUpsFolder);
        var encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
        while (true)
        {
            var slug = SlugPicker.Pick(proposal.Title, s => SlugPicker.IsTakenOnDisk(writeUpsFolder, s));
            if (proposal.Images.Count == 0)
            {
                var file = Path.Combine(writeUpsFolder, slug + ".md");
                if (TryCreate(file, encoding.GetBytes(proposal.Markdown)))
                    return (slug, [file]);
                continue;
            }
            var folder = Path.Combine(writeUpsFolder, slug);
            if (Directory.Exists(folder) || File.Exists(folder + ".md"))
                continue;
            Directory.CreateDirectory(folder);
            var index = Path.Combine(folder, "index.md");
            if (!TryCreate(index, encoding.GetBytes(proposal.Markdown)))
                continue;
            var files = new List<string> { index };
            var root = Path.GetFullPath(folder) + Path.DirectorySeparatorChar;
            foreach (var image in proposal.Images)
            {
                var path = Path.GetFullPath(Path.Combine(folder, image.Path.Replace('/', Path.DirectorySeparatorChar)));
                // ProposalZip refuses any name that leaves the folder: checked again where the file is written.
                if (!path.StartsWith(root, StringComparison.Ordinal))
                    throw new InvalidOperationException("image path outside the write-up's folder");
                Directory.CreateDirectory(Path.GetDirectoryName(path)!);
                if (TryCreate(path, image.Bytes))
                    files.Add(path);
            }
            return (slug, files);
        }
    }

    private static bool TryCreate(string path, byte[] bytes)
    {
        try
        {
            using var stream = new FileStream(path, FileMode.CreateNew, FileAccess.Write);
            stream.Write(bytes);
            return true;
        }
        catch (IOException) when (File.Exists(path))
        {
            return false;
        }
    }

    /// <summary>Takes back what <see cref="Write"/> wrote (a refused write-up): its files, then its folder when it made one.</summary>
    public static void Remove(string writeUpsFolder, string slug, IReadOnlyList<string> files)
    {
        foreach (var file in files)
            File.Delete(file);
        var folder = Path.Combine(writeUpsFolder, slug);
        if (Directory.Exists(folder))
        {
            foreach (var sub in Directory.GetDirectories(folder, "*", SearchOption.AllDirectories).OrderByDescending(d => d.Length))
                if (!Directory.EnumerateFileSystemEntries(sub).Any())
                    Directory.Delete(sub);
            if (!Directory.EnumerateFileSystemEntries(folder).Any())
                Directory.Delete(folder);
        }
    }
}
