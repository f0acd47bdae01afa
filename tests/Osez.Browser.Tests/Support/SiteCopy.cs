namespace Osez.Browser.Tests.Support;

/// <summary>A copy of the shipped content in a temporary folder, for tests that change files.</summary>
public sealed class SiteCopy : IDisposable
{
    public SiteCopy()
    {
        Root = Path.Combine(Path.GetTempPath(), "osez-browser-tests", Guid.NewGuid().ToString("N"));
        Copy(Repository.Content, Content);
    }

    public string Root { get; }

    public string Content => Path.Combine(Root, "content");

    public string File(string relative) => Path.Combine(Content, relative.Replace('/', Path.DirectorySeparatorChar));

    /// <summary>Replaces text in a content file, as an editor saving it would.</summary>
    public void Replace(string relative, string oldText, string newText)
    {
        var text = System.IO.File.ReadAllText(File(relative));
        Assert.Contains(oldText, text);
        System.IO.File.WriteAllText(File(relative), text.Replace(oldText, newText, StringComparison.Ordinal));
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
        }
    }

    private static void Copy(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (var file in Directory.EnumerateFiles(from))
            System.IO.File.Copy(file, Path.Combine(to, Path.GetFileName(file)));
        foreach (var directory in Directory.EnumerateDirectories(from))
            Copy(directory, Path.Combine(to, Path.GetFileName(directory)));
    }
}
