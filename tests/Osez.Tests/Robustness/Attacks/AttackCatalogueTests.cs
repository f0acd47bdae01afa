using Osez.Content.Schema;
using Osez.Building;
using Osez.Configuration;
using Osez.Content;
using Osez.Diagnostics;
using Osez.LearningPaths;
using Osez.Tests.Support;

namespace Osez.Tests.Robustness.Attacks;

/// <summary>
/// Every channel of the attacked site (each field of a write-up, a page, a learning path, a vocabulary,
/// site.yml, the theme's texts, each body) receives every payload of the catalogue. The build must never
/// throw; it either refuses the value with an error located in the attacked file, or builds a site in which
/// nothing of the payload is active (<see cref="OutputOracle"/>); and where the catalogue says which, that one.
/// </summary>
public sealed class AttackCatalogueTests
{
    public static TheoryData<string> ChannelNames()
    {
        var data = new TheoryData<string>();
        foreach (var channel in AttackChannels.All)
            data.Add(channel.Name);
        return data;
    }

    [Theory]
    [MemberData(nameof(ChannelNames))]
    public void Every_payload_through_this_channel_is_refused_where_it_is_or_made_harmless(string name)
    {
        var channel = AttackChannels.All.Single(c => c.Name == name);
        var failures = new List<string>();
        foreach (var payload in AttackCatalogue.Payloads)
        {
            var expected = AttackCatalogue.Expected(channel.Name, payload.Name);
            var (outcome, detail) = Attack(channel, payload);
            if (outcome is null)
                failures.Add($"{payload.Name} : {detail}");
            else if (expected != Outcome.Either && outcome != expected)
                failures.Add($"{payload.Name} : attendu {expected}, obtenu {outcome} ({detail})");
        }
        Assert.True(failures.Count == 0, $"{channel.Name}\n" + string.Join("\n", failures));
    }

    /// <summary>The outcome of one attack, or null with what went wrong.</summary>
    private static (Outcome? Outcome, string Detail) Attack(Channel channel, Payload payload)
    {
        using var folder = new TempFolder();
        var content = folder.Combine("content");
        TempFolder.CopyFolder(AttackChannels.Content, content);
        var templates = Repository.Templates;
        if (channel.InTemplates)
        {
            templates = folder.Combine("templates");
            TempFolder.CopyFolder(Repository.Templates, templates);
        }
        var target = Path.Combine(channel.InTemplates ? folder.Path : folder.Path, channel.DisplayPath.Replace('/', Path.DirectorySeparatorChar));
        File.WriteAllText(target, channel.Apply(File.ReadAllText(target), payload));

        BuildResult result;
        try
        {
            result = SiteBuilder.Default.Run(new BuildOptions(SitePaths.From(content, templates, folder.Combine("output")), OutputMode.Memory)
            {
                Today = TestSite.Today,
            });
        }
        catch (Exception crash)
        {
            return (null, $"la construction a planté : {crash.GetType().Name}: {crash.Message}");
        }

        if (result.HasErrors)
        {
            var errors = result.Diagnostics.Where(d => d.Severity == Severity.Error).ToList();
            var located = errors.Where(d => d.Location.File == channel.DisplayPath && d.Location.Line > 0).ToList();
            return located.Count > 0
                ? (Outcome.Refused, located[0].Code + " " + located[0].Location)
                : (null, "erreur non située dans le fichier attaqué : " + string.Join(" | ", errors.Select(d => $"{d.Code} {d.Location} {d.Message}")));
        }
        var findings = OutputOracle.Findings(result.Files!, payload.HasMarker);
        return findings.Count == 0
            ? (Outcome.Harmless, "site construit")
            : (null, "charge active : " + string.Join(" ; ", findings.Take(5)));
    }

    [Fact]
    public void The_catalogue_is_complete_and_reads()
    {
        Assert.True(AttackCatalogue.Payloads.Count >= 13);
        Assert.All(AttackCatalogue.Payloads, p => Assert.False(string.IsNullOrEmpty(p.Text)));
        Assert.Equal(Outcome.Refused, AttackCatalogue.Expected("fiche:contact.site", "lien-javascript"));
        Assert.Equal(Outcome.Either, AttackCatalogue.Expected("un:canal-inconnu", "une-charge"));
        // Enough channels are found to mean every field is attacked: a sudden drop means the discovery broke.
        Assert.True(AttackChannels.All.Count >= 60, $"{AttackChannels.All.Count} channels");
    }

    /// <summary>A field the generator knows must be in the attacked site, so that it is attacked the day it appears.</summary>
    [Fact]
    public void Every_known_field_is_in_the_attacked_site()
    {
        var names = AttackChannels.All.Select(c => c.Name).ToList();
        bool Has(string prefix) => names.Any(n => n == prefix || n.StartsWith(prefix + ".", StringComparison.Ordinal) || n.StartsWith(prefix + "[", StringComparison.Ordinal));
        Assert.All(WriteUpSchema.Fields.Select(f => f.Key), key => Assert.True(Has("fiche:" + key), $"fiche:{key} is not attacked: add it to tests/fixtures/attacks/content/fiches/cible.md"));
        Assert.All(LearningPathSchema.Fields.Select(f => f.Key), key => Assert.True(Has("parcours:" + key), $"parcours:{key} is not attacked"));
        Assert.All(SiteConfigReader.Keys, key => Assert.True(Has("site:" + key), $"site:{key} is not attacked"));
        Assert.All(["structure", "courriel", "telephone", "site"], key => Assert.True(Has("fiche:contact." + key), $"fiche:contact.{key} is not attacked"));
    }
}
