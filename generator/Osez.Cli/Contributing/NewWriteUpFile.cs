using System.Text;
using Osez.Contributing;

namespace Osez.Cli.Contributing;

/// <summary>Writes a new write-up under a free name; never replaces a file that exists.</summary>
internal static class NewWriteUpFile
{
    /// <returns>The full path of the file written.</returns>
    public static string Write(string writeUpsFolder, string title, Func<string, string> text)
    {
        Directory.CreateDirectory(writeUpsFolder);
        var encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
        while (true)
        {
            var slug = SlugPicker.Pick(title, s => SlugPicker.IsTakenOnDisk(writeUpsFolder, s));
            var path = Path.Combine(writeUpsFolder, slug + ".md");
            try
            {
                // CreateNew: if someone created the same name in between, pick another rather than overwrite it.
                using var stream = new FileStream(path, FileMode.CreateNew, FileAccess.Write);
                var bytes = encoding.GetBytes(text(slug));
                stream.Write(bytes);
                return path;
            }
            catch (IOException) when (File.Exists(path))
            {
            }
        }
    }
}
