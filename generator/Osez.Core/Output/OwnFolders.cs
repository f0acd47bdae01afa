namespace Osez.Output;

/// <summary>
/// Disposing of folders a build made (checked by the caller with <see cref="OutputNeighbours.IsOurs"/>): kept aside
/// for the next build, or deleted. Nothing is ever followed through a link.
/// </summary>
internal static class OwnFolders
{
    /// <summary>Moves a folder of ours aside for the next build to rewrite, or deletes it when one is already waiting.</summary>
    public static void Recycle(string folder, OutputNeighbours names)
    {
        try
        {
            if (!Path.Exists(names.Recycled))
            {
                Directory.Move(folder, names.Recycled);
                return;
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
        }
        TryDelete(folder);
    }

    /// <summary>
    /// Deletes a folder of ours, its marker file last: a deletion cut short leaves a folder still known as ours,
    /// which a later build deletes in turn.
    /// </summary>
    public static void TryDelete(string folder)
    {
        try
        {
            var marker = Path.Combine(folder, OutputFolderGuard.MarkerFile);
            DeleteFilesInParallel(folder, marker);
            foreach (var entry in new DirectoryInfo(folder).EnumerateFileSystemInfos())
            {
                if (entry.FullName == marker)
                    continue;
                if (entry.LinkTarget is not null)
                    DeleteLink(entry.FullName);
                else if (entry is DirectoryInfo directory)
                    directory.Delete(recursive: true);
                else
                    entry.Delete();
            }
            File.Delete(marker);
            Directory.Delete(folder);
        }
        catch (Exception ex) when (OutputFailure.Find(ex) is not null)
        {
            // Left behind (a file is open elsewhere): harmless, never outside our own folders, and deleted by a later build.
        }
    }

    public static void DeleteLink(string link)
    {
        try
        {
            File.Delete(link);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            Directory.Delete(link, recursive: false);
        }
    }

    public static bool IsRunning(int process)
    {
        try
        {
            using var running = System.Diagnostics.Process.GetProcessById(process);
            return !running.HasExited;
        }
        catch (ArgumentException)
        {
            return false;
        }
        catch (InvalidOperationException)
        {
            return false;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            // Not ours to look at: taken as running, so that nothing of it is touched.
            return true;
        }
    }

    /// <summary>
    /// Removes the files of a replaced site on every core before the folders go: a site of 10,000
    /// write-ups holds some 12,000 files, and removing them one by one is the longest part of a commit.
    /// </summary>
    private static void DeleteFilesInParallel(string folder, string keep)
    {
        var options = new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = FileAttributes.ReparsePoint, IgnoreInaccessible = true };
        Parallel.ForEach(Directory.EnumerateFiles(folder, "*", options), file =>
        {
            if (file == keep)
                return;
            try
            {
                File.Delete(file);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                // Left for the deletion of its folder, which reports nothing either: see TryDelete.
            }
        });
    }
}
