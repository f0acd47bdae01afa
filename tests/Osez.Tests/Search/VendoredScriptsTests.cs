using Osez.Tests.Support;

namespace Osez.Tests.Search;

/// <summary>The browser runs the very files of the pinned npm packages (lunr, as the parity tests run it in node; fflate; markdown-it).</summary>
public sealed class VendoredScriptsTests
{
    [Theory]
    [InlineData("lunr/lunr.js", "lunr/lunr.js")]
    [InlineData("lunr/LICENSE", "lunr/LICENSE")]
    [InlineData("lunr-languages/lunr.stemmer.support.js", "lunr-languages/lunr.stemmer.support.js")]
    [InlineData("lunr-languages/lunr.fr.js", "lunr-languages/lunr.fr.js")]
    [InlineData("lunr-languages/LICENSE", "lunr-languages/LICENSE")]
    [InlineData("fflate/fflate.js", "fflate/umd/index.js")]
    [InlineData("fflate/LICENSE", "fflate/LICENSE")]
    [InlineData("markdown-it/markdown-it.umd.min.js", "markdown-it/dist/browser/markdown-it.umd.min.js")]
    [InlineData("markdown-it/LICENSE", "markdown-it/LICENSE")]
    public void Vendored_file_is_the_npm_file(string vendored, string package)
    {
        var ours = File.ReadAllBytes(Path.Combine(Repository.Templates, "assets", "vendor", vendored));
        var npm = Path.Combine(Node.NodeFolder, "node_modules", package);
        Assert.True(File.Exists(npm), $"{npm} missing: run ./test.sh (npm ci in tests/node)");
        Assert.Equal(File.ReadAllBytes(npm), ours);
    }
}
