using Osez.Configuration;

namespace Osez.Rendering;

/// <summary>Links to the source repository's web interface (GitHub, or GitLab when the address says so).</summary>
public static class ForgeLinks
{
    public static bool IsGitLab(SiteConfig config) => config.RepositoryUrl.Contains("gitlab", StringComparison.OrdinalIgnoreCase);

    /// <summary>The branch as a part of an address (site.yml only lets through names that need no escaping; escaped all the same).</summary>
    private static string Branch(SiteConfig config) => string.Join('/', config.Branch.Split('/').Select(Uri.EscapeDataString));

    /// <summary>The page that edits a file in the browser, or empty without a repository.</summary>
    public static string Edit(SiteConfig config, string path)
    {
        if (!config.HasRepository)
            return string.Empty;
        var escaped = string.Join('/', path.Split('/').Select(Uri.EscapeDataString));
        return IsGitLab(config)
            ? $"{config.RepositoryUrl}/-/edit/{Branch(config)}/{escaped}"
            : $"{config.RepositoryUrl}/edit/{Branch(config)}/{escaped}";
    }

    /// <summary>The page that creates a file in <paramref name="folder"/> in the browser, or empty without a repository.</summary>
    public static string NewFile(SiteConfig config, string folder)
    {
        if (!config.HasRepository)
            return string.Empty;
        var escaped = string.Join('/', folder.Split('/').Select(Uri.EscapeDataString));
        return IsGitLab(config)
            ? $"{config.RepositoryUrl}/-/new/{Branch(config)}/{escaped}"
            : $"{config.RepositoryUrl}/new/{Branch(config)}/{escaped}";
    }

    /// <summary>The page that opens an issue with a title and text filled in, or empty without a repository.</summary>
    public static string NewIssue(SiteConfig config, string title, string body)
    {
        if (!config.HasRepository)
            return string.Empty;
        var t = Uri.EscapeDataString(title);
        var b = Uri.EscapeDataString(body);
        return IsGitLab(config)
            ? $"{config.RepositoryUrl}/-/issues/new?issue%5Btitle%5D={t}&issue%5Bdescription%5D={b}"
            : $"{config.RepositoryUrl}/issues/new?title={t}&body={b}";
    }

    /// <summary>A file of the repository as the forge shows it (CONTRIBUTING.md), or empty without a repository.</summary>
    public static string View(SiteConfig config, string path)
    {
        if (!config.HasRepository)
            return string.Empty;
        var escaped = string.Join('/', path.Split('/').Select(Uri.EscapeDataString));
        return IsGitLab(config)
            ? $"{config.RepositoryUrl}/-/blob/{Branch(config)}/{escaped}"
            : $"{config.RepositoryUrl}/blob/{Branch(config)}/{escaped}";
    }
}
