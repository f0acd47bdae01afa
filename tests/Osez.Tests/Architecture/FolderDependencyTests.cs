using Osez.Building;
using Osez.Tests.Support;

namespace Osez.Tests.Architecture;

/// <summary>
/// The folders of Osez.Core depend on each other one way: a feature (search, citing, learning paths, the proposal
/// form) uses the core and registers what it brings on the builder; the core never names a feature. Only
/// Building, where the builder lists the features, sees them all.
/// </summary>
public sealed class FolderDependencyTests(ITestOutputHelper output)
{
    private static readonly string[] FeatureFolders = ["Search", "Citing", "LearningPaths", "Contributing", "Map"];

    private static readonly Lazy<FolderGraph> Graph = new(() => FolderGraph.Of(
        typeof(SiteBuilder).Assembly.Location, Path.Combine(Repository.Root, "generator", "Osez.Core")));

    [Fact]
    public void No_folder_of_the_core_depends_on_itself_through_others()
    {
        var loops = Graph.Value.Loops();

        Assert.True(loops.Count == 0, "Dependency loop between folders of Osez.Core:\n" + string.Join("\n\n", loops.Select(Graph.Value.Describe)));
    }

    [Fact]
    public void Only_the_builder_names_the_features()
    {
        var graph = Graph.Value;
        foreach (var (from, to) in graph.Edges.Keys.Order())
            output.WriteLine($"{from} -> {to}");
        var wrong = graph.Edges
            .Where(e => FeatureFolders.Contains(e.Key.To) && e.Key.From != "Building" && !FeatureFolders.Contains(e.Key.From))
            .Select(e => $"{e.Key.From} -> {e.Key.To}: {e.Value}").ToList();

        Assert.True(wrong.Count == 0, "The core names a feature:\n" + string.Join("\n", wrong));
    }

    [Fact]
    public void Features_do_not_use_one_another()
    {
        var wrong = Graph.Value.Edges
            .Where(e => FeatureFolders.Contains(e.Key.From) && FeatureFolders.Contains(e.Key.To))
            .Select(e => $"{e.Key.From} -> {e.Key.To}: {e.Value}").ToList();

        Assert.True(wrong.Count == 0, "A feature uses another:\n" + string.Join("\n", wrong));
    }

    [Fact]
    public void The_graph_sees_every_folder_and_the_uses_it_is_told_about()
    {
        var graph = Graph.Value;

        Assert.Contains("Rendering", graph.Folders);
        Assert.Contains("Diagnostics", graph.Uses("Content"));
        // Through a method body only (a static call), not a signature.
        Assert.Contains("Text", graph.Uses("Vocabularies"));
    }
}
