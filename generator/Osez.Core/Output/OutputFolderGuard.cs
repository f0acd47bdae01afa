using Osez.Configuration;
using Osez.Diagnostics;

namespace Osez.Output;

/// <summary>
/// Refuses output folders whose replacement would destroy something else: the content or
/// templates folder or one of their parents, a repository root, a home folder, or a folder
/// that a previous build did not produce.
/// </summary>
public static class OutputFolderGuard
{
    /// <summary>The file that marks a folder as produced by the generator (and so safe to replace).</summary>
    public const string MarkerFile = ".osez-site";

    public static bool Check(SitePaths paths, DiagnosticBag diagnostics)
    {
        var output = paths.Output;
        var location = new SourceLocation(output);
        string? reason = null;
        if (IsSameOrParent(output, paths.Content))
            reason = "c'est le dossier de contenu ou l'un de ses parents";
        else if (IsSameOrParent(output, paths.Templates))
            reason = "c'est le dossier des gabarits ou l'un de ses parents";
        else if (Path.GetPathRoot(output) == output + Path.DirectorySeparatorChar || Path.GetPathRoot(output) == output)
            reason = "c'est la racine du disque";
        else if (Directory.Exists(Path.Combine(output, ".git")) || File.Exists(Path.Combine(output, ".git")))
            reason = "c'est la racine d'un dépôt Git";
        else if (string.Equals(output, Environment.GetFolderPath(Environment.SpecialFolder.UserProfile).TrimEnd(Path.DirectorySeparatorChar), StringComparison.Ordinal))
            reason = "c'est votre dossier personnel";
        else if (ContentFolderIsInside(output, paths))
            reason = "le dossier de contenu se trouve à l'intérieur";
        else if (Directory.Exists(output) && !File.Exists(Path.Combine(output, MarkerFile))
                 && Directory.EnumerateFileSystemEntries(output).Any())
            reason = "il contient déjà des fichiers qui ne viennent pas d'une construction du site";

        if (reason is null)
            return true;
        diagnostics.Report(DiagnosticCodes.OutputRefused, location,
            $"Le dossier de sortie « {output} » est refusé : {reason}. Il serait remplacé à chaque construction.",
            "Choisissez un dossier dédié au site construit, par exemple « output » (option --output), ou videz ce dossier.");
        return false;
    }

    private static bool IsSameOrParent(string candidate, string folder)
        => string.Equals(candidate, folder, StringComparison.Ordinal) || Content.ContentFolder.IsUnder(folder, candidate);

    private static bool ContentFolderIsInside(string output, SitePaths paths)
        => Content.ContentFolder.IsUnder(paths.Content, output);
}
