using Osez.Diagnostics;

namespace Osez.Content;

/// <summary>
/// Reads the bytes of a content file (a write-up, a page, a learning path, the settings, a vocabulary), with the one
/// size limit: a file over it is refused from its size alone, without ever being held in memory.
/// </summary>
public static class ContentFileBytes
{
    /// <summary>Ten times a very long write-up, far beyond any real content file.</summary>
    public const long MaxBytes = 10_000_000;

    /// <returns>The bytes, or null when the file cannot be read or is too large (diagnostics say why).</returns>
    public static byte[]? Read(string fullPath, string displayPath, DiagnosticBag diagnostics)
    {
        try
        {
            using var stream = new FileStream(fullPath, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
            if (IsTooLarge(stream.Length, displayPath, diagnostics))
                return null;
            var bytes = new byte[stream.Length];
            stream.ReadExactly(bytes);
            return bytes;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or NotSupportedException)
        {
            var dangling = IsDanglingLink(fullPath);
            diagnostics.Report(DiagnosticCodes.UnreadableFile, new SourceLocation(displayPath),
                dangling ? "Ce lien symbolique pointe vers un fichier qui n'existe pas." : "Le fichier ne peut pas être lu.",
                dangling ? "Retirez le lien, ou remplacez-le par le fichier lui-même." : "Vérifiez qu'il n'est pas ouvert ailleurs et que vous avez le droit de le lire.");
            return null;
        }
    }

    private static bool IsDanglingLink(string path)
    {
        try
        {
            var info = new FileInfo(path);
            return info.LinkTarget is not null && info.ResolveLinkTarget(returnFinalTarget: true) is { Exists: false };
        }
        catch (IOException)
        {
            // Links that loop.
            return false;
        }
    }

    /// <summary>Reports a file over <see cref="MaxBytes"/>; false when the length is within it.</summary>
    public static bool IsTooLarge(long length, string displayPath, DiagnosticBag diagnostics)
    {
        if (length <= MaxBytes)
            return false;
        diagnostics.Report(DiagnosticCodes.TooLarge, new SourceLocation(displayPath),
            string.Create(System.Globalization.CultureInfo.GetCultureInfo("fr-FR"),
                $"Le fichier fait {length / 1_000_000.0:0.0} Mo ; au-delà de {MaxBytes / 1_000_000} Mo, il n'est pas lu."),
            "Une fiche d'expérience fait quelques dizaines de Ko : vérifiez qu'il s'agit du bon fichier, ou découpez le texte en plusieurs fiches.");
        return true;
    }
}
