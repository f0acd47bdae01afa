using Osez.Building;
using Osez.Configuration;

namespace Osez.Tests.Support;

/// <summary>
/// A copy of a fixture site in a temporary folder (content/ and output/ side by side),
/// built with the repository's templates. Tests may change its files freely.
/// </summary>
public sealed class TestSite : IDisposable
{
    public static readonly DateOnly Today = new(2026, 6, 1);

    private readonly TempFolder _folder = new();

    private TestSite(string fixtureContent)
    {
        TempFolder.CopyFolder(fixtureContent, ContentPath);
    }

    public static TestSite FromFixture(string name) => new(Path.Combine(Repository.Fixture(name), "content"));

    public static TestSite FromShippedContent() => new(Repository.Content);

    public string Root => _folder.Path;

    public string ContentPath => _folder.Combine("content");

    public string OutputPath => _folder.Combine("output");

    public SitePaths Paths => SitePaths.From(ContentPath, Repository.Templates, OutputPath);

    public string File(string relative) => Path.Combine(ContentPath, relative.Replace('/', Path.DirectorySeparatorChar));

    public void Write(string relative, string text)
    {
        var path = File(relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        System.IO.File.WriteAllText(path, text);
    }

    public string Read(string relative) => System.IO.File.ReadAllText(File(relative));

    public void Replace(string relative, string oldText, string newText)
    {
        var text = Read(relative);
        Assert.Contains(oldText, text);
        Write(relative, text.Replace(oldText, newText, StringComparison.Ordinal));
    }

    public BuildResult Build(OutputMode mode = OutputMode.Memory, bool drafts = false)
        => SiteBuilder.Default.Run(new BuildOptions(Paths, mode) { IncludeDrafts = drafts, Today = Today });

    public BuildResult Check() => Build(OutputMode.None, drafts: true);

    public string OutputFile(string relative) => System.IO.File.ReadAllText(Path.Combine(OutputPath, relative));

    public void Dispose() => _folder.Dispose();
}
