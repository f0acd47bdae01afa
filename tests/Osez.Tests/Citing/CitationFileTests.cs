using Osez.Content;
using Osez.Tests.Support;
using YamlDotNet.RepresentationModel;

namespace Osez.Tests.Citing;

/// <summary>CITATION.cff, which forges read to offer « Cite this repository », has what CFF 1.2.0 requires.</summary>
public sealed class CitationFileTests
{
    [Fact]
    public void The_citation_file_has_the_keys_cff_requires_and_matches_the_site()
    {
        var yaml = new YamlStream();
        yaml.Load(new StringReader(File.ReadAllText(Path.Combine(Repository.Root, "CITATION.cff"))));
        var root = (YamlMappingNode)yaml.Documents[0].RootNode;
        string Scalar(string key) => ((YamlScalarNode)root.Children[new YamlScalarNode(key)]).Value!;

        Assert.Equal("1.2.0", Scalar("cff-version"));
        Assert.NotEmpty(Scalar("message"));
        var siteTitle = File.ReadAllLines(Path.Combine(Repository.Content, "site.yml")).Single(l => l.StartsWith("titre:", StringComparison.Ordinal))["titre:".Length..].Trim();
        Assert.StartsWith(siteTitle, Scalar("title"));
        Assert.Contains(Scalar("type"), new[] { "dataset", "software" });
        Assert.Equal(Licences.Default, Scalar("license"));
        var authors = (YamlSequenceNode)root.Children[new YamlScalarNode("authors")];
        Assert.NotEmpty(authors.Children);
        Assert.All(authors.Children.Cast<YamlMappingNode>(), a => Assert.True(
            a.Children.ContainsKey(new YamlScalarNode("name")) || a.Children.ContainsKey(new YamlScalarNode("family-names"))));
    }
}
