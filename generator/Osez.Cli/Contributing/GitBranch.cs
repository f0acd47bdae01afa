using System.Diagnostics;

namespace Osez.Cli.Contributing;

/// <summary>The few git commands « recevoir --branche » runs: arguments passed one by one, never through a shell.</summary>
internal sealed class GitBranch(string workingFolder)
{
    public (int Code, string Output) Run(params string[] args)
    {
        var start = new ProcessStartInfo("git")
        {
            WorkingDirectory = workingFolder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in args)
            start.ArgumentList.Add(arg);
        try
        {
            using var process = Process.Start(start)!;
            var output = process.StandardOutput.ReadToEndAsync();
            var error = process.StandardError.ReadToEnd();
            process.WaitForExit();
            return (process.ExitCode, (output.Result + error).Trim());
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return (-1, "git est introuvable");
        }
    }

    /// <summary>Why the branch cannot be made here, or null when it can: git present, a repository, a valid name not yet taken.</summary>
    public string? Problem(string branch)
    {
        var (inside, _) = Run("rev-parse", "--is-inside-work-tree");
        if (inside == -1)
            return "git est introuvable : installez Git (https://git-scm.com/), ou relancez sans --branche.";
        if (inside != 0)
            return "le dossier de contenu n'est pas dans un dépôt git : relancez sans --branche, ou depuis une copie du dépôt (git clone).";
        if (Run("check-ref-format", "--branch", branch).Code != 0 || branch.StartsWith('-'))
            return $"« {branch} » n'est pas un nom de branche possible : des lettres, chiffres et tirets, par exemple proposition-12.";
        if (Run("rev-parse", "--verify", "--quiet", "refs/heads/" + branch).Code == 0)
            return $"la branche « {branch} » existe déjà : choisissez un autre nom, ou supprimez-la (git branch -D {branch}).";
        return null;
    }
}
