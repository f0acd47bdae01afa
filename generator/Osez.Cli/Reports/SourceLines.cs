using Osez.Configuration;
using Osez.Content;

namespace Osez.Cli.Reports;

/// <summary>Reads source lines back for quoting them under a message (each file read once).</summary>
internal sealed class SourceLines(SitePaths paths)
{
    private readonly Dictionary<string, string[]?> _files = new(StringComparer.Ordinal);

    public string? Line(string file, int line)
    {
        if (line <= 0 || file.Length == 0)
            return null;
        if (!_files.TryGetValue(file, out var lines))
        {
            lines = Load(file);
            _files[file] = lines;
        }
        return lines is not null && line <= lines.Length ? lines[line - 1] : null;
    }

    private string[]? Load(string file)
    {
        var full = Path.IsPathRooted(file) ? file : Path.Combine(paths.Root, file);
        if (!paths.MayQuote(full))
            return null;
        try
        {
            var info = new FileInfo(full);
            if (!info.Exists || info.Length > ContentFileBytes.MaxBytes)
                return null;
            var text = SourceText.Decode(File.ReadAllBytes(full), file, new Diagnostics.DiagnosticBag());
            return text?.Split('\n');
        }
        catch (IOException)
        {
            return null;
        }
    }
}
