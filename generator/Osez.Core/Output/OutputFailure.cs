using Osez.Diagnostics;

namespace Osez.Output;

/// <summary>
/// A failure of the disk while the site is written (full, read-only, writing refused), reported as KB0505 in plain
/// words rather than as a crash. Nothing is visible before the commit, so the previous site is still in place.
/// </summary>
public static class OutputFailure
{
    // Error numbers (Linux, macOS) and Windows error codes, as .NET leaves them in HResult.
    private const int NoSpace = 28, ReadOnly = 30, QuotaLinux = 122, QuotaMac = 69;
    private const int WindowsDiskFull = 112, WindowsHandleDiskFull = 39, WindowsWriteProtect = 19;

    /// <summary>
    /// The disk failure behind an exception, looking inside those that parallel loops gather; null when it is
    /// something else (or when a gathered exception is not a disk failure: a bug is not to be passed off as one).
    /// </summary>
    public static Exception? Find(Exception exception) => exception switch
    {
        IOException or UnauthorizedAccessException => exception,
        AggregateException aggregate => aggregate.Flatten().InnerExceptions.Select(Find).ToList() is var found && found.All(f => f is not null)
            ? found.FirstOrDefault()
            : null,
        _ => null,
    };

    /// <param name="what">What could not be done, as the start of the sentence (« Le site n'a pas pu être écrit »).</param>
    public static void Report(DiagnosticBag diagnostics, string output, Exception failure, string what)
    {
        var (cause, hint) = Explain(failure);
        diagnostics.Report(DiagnosticCodes.OutputFailed, new SourceLocation(output), $"{what} : {cause}.", hint + " L'ancien site est conservé.");
    }

    private static (string Cause, string Hint) Explain(Exception failure)
    {
        if (failure is UnauthorizedAccessException)
            return ("le droit d'écrire y est refusé",
                "Vérifiez que vous avez le droit d'écrire dans ce dossier et à côté de lui, ou choisissez-en un autre avec --output.");
        return ((failure.HResult & 0xFFFF) switch
        {
            NoSpace or QuotaLinux or QuotaMac or WindowsDiskFull or WindowsHandleDiskFull when IsCode(failure.HResult) =>
                ("le disque est plein", "Libérez de la place sur le disque (ou choisissez un autre dossier avec --output), puis relancez."),
            ReadOnly or WindowsWriteProtect when IsCode(failure.HResult) =>
                ("le disque est en lecture seule", "Choisissez un dossier où l'on peut écrire avec --output, puis relancez."),
            _ => ($"le système a répondu « {failure.Message} »",
                "Vérifiez que le dossier de sortie n'est pas ouvert dans un autre programme et qu'il reste de la place, puis relancez."),
        });
    }

    // An error number as such (Unix), or wrapped in an HRESULT of the Win32 family (0x8007xxxx).
    private static bool IsCode(int hresult) => hresult is > 0 and < 0x10000 || unchecked((uint)hresult) >> 16 == 0x8007;
}
