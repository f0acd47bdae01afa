using Osez.Configuration;
using Osez.Content;
using Osez.Diagnostics;

namespace Osez.Server;

/// <summary>Reads back the line a diagnostic points at, to quote it in the error panel.</summary>
internal sealed class SourceLines(SitePaths paths)
{
    public string? Of(Diagnostic diagnostic)
    {
        var location = diagnostic.Location;
        if (location.Line <= 0 || location.File.Length == 0)
            return null;
        var file = Path.IsPathRooted(location.File) ? location.File : Path.Combine(paths.Root, location.File);
        if (!paths.MayQuote(file))
            return null;
        try
        {
            var info = new FileInfo(file);
            if (!info.Exists || info.Length > Osez.Content.ContentFileBytes.MaxBytes)
                return null;
            return File.ReadLines(file).Skip(location.Line - 1).FirstOrDefault()?.TrimEnd();
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }
}
