namespace Osez.Diagnostics;

/// <summary>
/// The last resort: an exception nobody foresaw while working on one file becomes an error naming that file, so that
/// a check still reports everything else, a build stops cleanly and the preview server keeps running. Known causes
/// are reported where they arise, with their own code; this is only for what slipped through.
/// </summary>
public static class UnexpectedError
{
    /// <summary>Runs <paramref name="work"/>; if it throws, reports it against <paramref name="file"/> and gives <paramref name="fallback"/>.</summary>
    public static T Guard<T>(string file, DiagnosticBag diagnostics, Func<T> work, T fallback)
    {
        try
        {
            return work();
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            Report(file, diagnostics, ex);
            return fallback;
        }
    }

    /// <inheritdoc cref="Guard{T}(string, DiagnosticBag, Func{T}, T)"/>
    public static void Guard(string file, DiagnosticBag diagnostics, Action work)
        => Guard(file, diagnostics, () =>
        {
            work();
            return true;
        }, false);

    /// <summary>
    /// As <see cref="Guard(string, DiagnosticBag, Action)"/>, but lets through the exceptions that <paramref name="isForeseen"/>
    /// recognises, for a caller that reports them better (a full disk is KB0505, not an unexpected error).
    /// </summary>
    public static void Guard(string file, DiagnosticBag diagnostics, Action work, Func<Exception, bool> isForeseen)
    {
        try
        {
            work();
        }
        catch (Exception ex) when (ex is not OutOfMemoryException && !isForeseen(ex))
        {
            Report(file, diagnostics, ex);
        }
    }

    public static void Report(string file, DiagnosticBag diagnostics, Exception exception)
    {
        // Parallel loops wrap what their bodies threw: one exception, or one per iteration that failed before the loop
        // stopped (how many depends on the machine's load). The first says what went wrong.
        while (exception is AggregateException { InnerExceptions.Count: > 0 } aggregate)
            exception = aggregate.Flatten().InnerExceptions[0];
        diagnostics.Report(DiagnosticCodes.UnreadableFile, new SourceLocation(file),
            $"Ce fichier n'a pas pu être traité : le générateur s'est arrêté sur une erreur imprévue ({exception.GetType().Name} : {exception.Message}).",
            "Ce n'est sans doute pas de votre fait : signalez-le à l'équipe du site en joignant ce fichier. "
            + "En attendant, c'est sa dernière modification qu'il faut regarder.");
    }
}
