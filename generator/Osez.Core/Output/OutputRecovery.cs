namespace Osez.Output;

/// <summary>
/// Puts the output folder back in order after builds that were killed, before a new build starts.
/// <para>
/// A commit writes its journal (<see cref="OutputNeighbours.Journal"/>) before it swaps anything: a journal still
/// there means that commit was cut short, and says which folders were involved. The new site was complete when the
/// journal was written, so the commit is finished (the new site put in place); when the new site is gone, the
/// previous one is put back. Older leftovers without a journal are handled too: a replaced site of a process that is
/// gone is put back when the output folder is missing, and removed otherwise; a staging folder of a process that is
/// gone becomes the folder the next build rewrites, or is removed.
/// </para>
/// Each step looks at what is on disk before acting, so recovering after a recovery that was itself cut short works
/// too. Only folders that a build made (<see cref="OutputNeighbours.IsOurs"/>) are ever moved or removed.
/// </summary>
internal static class OutputRecovery
{
    /// <summary>Best effort: what cannot be done now (a file open elsewhere) is left for a later build.</summary>
    public static void Run(string output)
    {
        var names = new OutputNeighbours(output);
        List<string> entries;
        try
        {
            entries = Directory.EnumerateFileSystemEntries(names.Parent).Order(StringComparer.Ordinal).ToList();
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return;
        }

        foreach (var journal in entries)
            if (OutputNeighbours.IdOf(journal, names.JournalPrefix) is { } owner && IsAbandoned(owner) && File.Exists(journal))
                Attempt(() => Finish(names, owner.Id, journal));

        var oldSites = entries
            .Where(e => OutputNeighbours.IdOf(e, names.OldPrefix) is { } owner && IsAbandoned(owner) && OutputNeighbours.IsOurs(e))
            .OrderByDescending(LastWrite)
            .ToList();
        foreach (var old in oldSites)
            Attempt(() =>
            {
                if (!Path.Exists(output))
                    Directory.Move(old, output);
                else
                    OwnFolders.Recycle(old, names);
            });

        foreach (var staging in entries)
            if (OutputNeighbours.IdOf(staging, names.StagingPrefix) is { } owner && IsAbandoned(owner) && OutputNeighbours.IsOurs(staging))
                Attempt(() => OwnFolders.Recycle(staging, names));
    }

    /// <summary>Finishes a commit cut short, or undoes it when its new site is gone.</summary>
    private static void Finish(OutputNeighbours names, string id, string journal)
    {
        var staging = names.Staging(id);
        var old = names.Old(id);
        if (OutputNeighbours.IsOurs(staging))
        {
            if (Path.Exists(names.Output))
            {
                if (!OutputNeighbours.IsOurs(names.Output) || Path.Exists(old))
                {
                    // Not a state a commit leaves: keep the site in place, and the staging folder goes the usual way.
                    File.Delete(journal);
                    return;
                }
                Directory.Move(names.Output, old);
            }
            Directory.Move(staging, names.Output);
        }
        else if (!Path.Exists(names.Output) && OutputNeighbours.IsOurs(old))
            Directory.Move(old, names.Output);
        if (OutputNeighbours.IsOurs(old))
            OwnFolders.Recycle(old, names);
        File.Delete(journal);
    }

    // What this process made is never abandoned: it may be building right now.
    private static bool IsAbandoned((string Id, int Process) owner)
        => owner.Process != Environment.ProcessId && !OwnFolders.IsRunning(owner.Process);

    private static DateTime LastWrite(string folder)
    {
        try
        {
            return Directory.GetLastWriteTimeUtc(folder);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return DateTime.MinValue;
        }
    }

    private static void Attempt(Action step)
    {
        try
        {
            step();
        }
        catch (Exception ex) when (OutputFailure.Find(ex) is not null)
        {
        }
    }
}
