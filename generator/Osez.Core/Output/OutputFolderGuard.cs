using Osez.Configuration;
using Osez.Content;
using Osez.Diagnostics;

namespace Osez.Output;

/// <summary>
/// Refuses output folders whose replacement would destroy something else: the root of a disk or a mounted volume,
/// a system folder, the home folder or one of their parents, the content or templates folder or one of their
/// parents, a repository root, or a folder that a previous build did not produce. Each rule is checked on the
/// folder as written and on the place it leads to, links followed.
/// </summary>
public static class OutputFolderGuard
{
    /// <summary>The file that marks a folder as produced by the generator (and so safe to replace).</summary>
    public const string MarkerFile = ".osez-site";

    // Folders of the system on Linux and macOS; on Windows, the special folders below name them.
    private static readonly string[] UnixSystemFolders =
    [
        "/bin", "/boot", "/dev", "/etc", "/home", "/lib", "/lib32", "/lib64", "/libx32", "/media", "/mnt", "/nix", "/opt",
        "/proc", "/root", "/run", "/sbin", "/snap", "/srv", "/sys", "/tmp", "/usr", "/var",
        "/Applications", "/Library", "/System", "/Users", "/Volumes", "/private", "/cores",
    ];

    private static readonly Environment.SpecialFolder[] SystemSpecialFolders =
    [
        Environment.SpecialFolder.Windows, Environment.SpecialFolder.System, Environment.SpecialFolder.SystemX86,
        Environment.SpecialFolder.ProgramFiles, Environment.SpecialFolder.ProgramFilesX86,
        Environment.SpecialFolder.CommonProgramFiles, Environment.SpecialFolder.CommonApplicationData,
        Environment.SpecialFolder.ApplicationData, Environment.SpecialFolder.LocalApplicationData,
    ];

    public static bool Check(SitePaths paths, DiagnosticBag diagnostics)
    {
        var output = paths.Output;
        // Where the folder leads first: "site -> /" is the root of the disk, whatever its name.
        var real = ContainedPath.Resolve(output) ?? output;
        var reason = Reason(real, ContainedPath.Resolve(paths.Content) ?? paths.Content, ContainedPath.Resolve(paths.Templates) ?? paths.Templates)
            ?? (real == output ? null : Reason(output, paths.Content, paths.Templates));
        if (reason is null)
            return true;
        diagnostics.Report(DiagnosticCodes.OutputRefused, new SourceLocation(output),
            $"Le dossier de sortie « {output} » est refusé : {reason}. Il serait remplacé à chaque construction.",
            // Emptying is a fix only for a folder of stray files: never for the project, the content or a system folder.
            reason == ForeignFiles
                ? "Choisissez un dossier dédié au site construit, par exemple « output » (option --output), ou videz ce dossier s'il ne contient rien à garder."
                : "Choisissez un dossier dédié au site construit, par exemple « output » (option --output), qui ne contient rien d'autre ; ne videz pas celui-ci.");
        return false;
    }

    private const string ForeignFiles = "il contient déjà des fichiers qui ne viennent pas d'une construction du site";

    private static string? Reason(string output, string content, string templates)
    {
        var home = Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);
        if (string.IsNullOrEmpty(output) || Path.GetPathRoot(output) is { } root && Path.TrimEndingDirectorySeparator(root) == Path.TrimEndingDirectorySeparator(output))
            return "c'est la racine du disque";
        if (IsSameOrParent(output, content))
            return "c'est le dossier de contenu ou l'un de ses parents";
        if (IsSameOrParent(output, templates))
            return "c'est le dossier des gabarits ou l'un de ses parents";
        if (home.Length > 0 && IsSameOrParent(output, Path.TrimEndingDirectorySeparator(home)))
            return string.Equals(output, Path.TrimEndingDirectorySeparator(home), StringComparison.Ordinal)
                ? "c'est votre dossier personnel"
                : "il contient votre dossier personnel";
        if (SystemFolders().Any(folder => IsSameOrParent(output, folder)))
            return "c'est un dossier du système ou l'un de ses parents";
        if (MountPoints().Any(point => string.Equals(point, output, StringComparison.Ordinal)))
            return "c'est la racine d'un disque ou d'un volume monté";
        if (Directory.Exists(Path.Combine(output, ".git")) || File.Exists(Path.Combine(output, ".git")))
            return "c'est la racine d'un dépôt Git";
        if (ContainedPath.IsUnder(content, output))
            return "le dossier de contenu se trouve à l'intérieur";
        if (Directory.Exists(output) && !File.Exists(Path.Combine(output, MarkerFile))
                 && Directory.EnumerateFileSystemEntries(output).Any())
            return ForeignFiles;
        return null;
    }

    private static IEnumerable<string> SystemFolders()
        => (OperatingSystem.IsWindows() ? [] : UnixSystemFolders)
            .Concat(SystemSpecialFolders.Select(Environment.GetFolderPath))
            .Where(folder => folder.Length > 0)
            .Select(Path.TrimEndingDirectorySeparator);

    private static IEnumerable<string> MountPoints()
    {
        try
        {
            return DriveInfo.GetDrives().Select(drive => Path.TrimEndingDirectorySeparator(drive.RootDirectory.FullName)).ToList();
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return [];
        }
    }

    private static bool IsSameOrParent(string candidate, string folder)
        => string.Equals(candidate, folder, StringComparison.Ordinal) || ContainedPath.IsUnder(folder, candidate);
}
