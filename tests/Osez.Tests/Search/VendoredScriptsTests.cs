using Osez.Tests.Support;

namespace Osez.Tests.Search;

/// <summary>The browser runs the very lunr files the parity tests run in node (same pinned npm versions).</summary>
public sealed class VendoredScriptsTests
{
    [Theory]
    [InlineData("lunr/lunr.js", "lunr/lunr.js")]
    [InlineData("lunr/LICENSE", "lunr/LICENSE")]
    [InlineData("lunr-languages/lunr.stemmer.support.js", "lunr-languages/lunr.stemmer.support.js")]
    [InlineData("lunr-languages/lunr.fr.js", "lunr-languages/lunr.fr.js")]
    [InlineData("lunr-languages/LICENSE", "lunr-languages/LICENSE")]
    public void Vendored_file_is_the_npm_file(string vendored, string package)
    {
        var ours = File.ReadAllBytes(Path.Combine(Repository.Templates, "assets", "vendor", vendored));
        var npm = Path.Combine(Node.NodeFolder, "node_modules", package);
        Assert.True(File.Exists(npm), $"{npm} missing: run ./test.sh (npm ci in tests/node)");
        Assert.Equal(File.ReadAllBytes(npm), ours);
    }
}
