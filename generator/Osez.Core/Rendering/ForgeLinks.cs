using Osez.Configuration;

namespace Osez.Rendering;

/// <summary>Links to the source repository's web interface (GitHub, or GitLab when the address says so).</summary>
public static class ForgeLinks
{
    public static bool IsGitLab(SiteConfig config) => config.RepositoryUrl.Contains("gitlab", StringComparison.OrdinalIgnoreCase);

    /// <summary>The page that edits a file in the browser, or empty without a repository.</summary>
    public static string Edit(SiteConfig config, string path)
    {
        if (!config.HasRepository)
            return string.Empty;
        var escaped = string.Join('/', path.Split('/').Select(Uri.EscapeDataString));
        return IsGitLab(config)
            ? $"{config.RepositoryUrl}/-/edit/{config.Branch}/{escaped}"
            : $"{config.RepositoryUrl}/edit/{config.Branch}/{escaped}";
    }
}
