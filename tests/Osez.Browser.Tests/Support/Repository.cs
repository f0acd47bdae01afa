namespace Osez.Browser.Tests.Support;

/// <summary>Paths of the repository the tests run from.</summary>
public static class Repository
{
    public static string Root { get; } = FindRoot();

    public static string Templates => Path.Combine(Root, "templates");

    public static string Content => Path.Combine(Root, "content");

    public static string NodeModules => Path.Combine(Root, "tests", "node", "node_modules");

    public static string Artifacts => Path.Combine(Root, "tests", "artifacts");

    private static string FindRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Osez.slnx")))
            directory = directory.Parent;
        return directory?.FullName ?? throw new InvalidOperationException("Osez.slnx not found above " + AppContext.BaseDirectory);
    }
}
