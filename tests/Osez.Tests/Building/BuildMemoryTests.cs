using Osez.Building;
using Osez.Diagnostics;
using Osez.Tests.Support;

namespace Osez.Tests.Building;

/// <summary>
/// The preview server's rebuilds reuse what did not change. Whatever the edit, a rebuild must give exactly the
/// files and diagnostics of a full build of the same content: every step below compares the two, byte for byte.
/// </summary>
public sealed class BuildMemoryTests
{
    private const string Films = "fiches/des-films-pour-changer-le-regard.md";
    private const string Cuisine = "fiches/une-cuisine-collective-dans-le-quartier.md";
    private const string Jeunes = "fiches/des-jeunes-enquetent-sur-le-logement.md";
    private const string Locataires = "fiches/des-locataires-face-aux-factures-d-energie.md";
    private const string Campagne = "fiches/se-deplacer-sans-voiture-a-la-campagne.md";

    [Fact]
    public void Rebuilds_after_edits_give_the_files_and_diagnostics_of_a_full_build()
    {
        using var site = TestSite.FromShippedContent();
        var options = new BuildOptions(site.Paths, OutputMode.Memory) { IncludeDrafts = true, Today = TestSite.Today };
        var memory = new BuildMemory();
        var first = SiteBuilder.Default.Run(options, memory);
        Assert.False(first.HasErrors);
        var reused = new Dictionary<string, int>();

        void Step(string name, string changed, Action edit)
        {
            edit();
            memory.WriteUpChanged(site.File(changed));
            var incremental = SiteBuilder.Default.Run(options, memory);
            var full = SiteBuilder.Default.Run(options);
            Assert.Equal(full.Diagnostics, incremental.Diagnostics);
            AssertSameFiles(name, full.Files, incremental.Files);
            reused[name] = memory.LastReused;
        }

        Step("text only", Films, () => site.Replace(Films, "## Enseignements", "Un paragraphe ajouté pendant la relecture.\n\n## Enseignements"));
        Step("title shown by the write-ups that link to it", Cuisine, () => site.Replace(Cuisine,
            "titre: \"Une cuisine collective pour celles et ceux qui n’ont pas de cuisine\"", "titre: \"Une cuisine partagée pour celles et ceux qui n’en ont pas\""));
        Step("link to a heading of another write-up", Campagne, () => site.Replace(Campagne, "## Contexte",
            "## Contexte\n\nVoir aussi [le contexte de l’enquête des jeunes](fiche:des-jeunes-enquetent-sur-le-logement#contexte)."));
        Step("the heading linked to is renamed", Jeunes, () => site.Replace(Jeunes, "## Contexte", "## D’où part l’enquête"));
        Step("terms change, and so do their counts", Cuisine, () => site.Replace(Cuisine,
            "thematiques: [alimentation, sante, lien-social, budget]", "thematiques: [alimentation, sante, lien-social]"));
        Step("a new related write-up", Locataires, () => site.Replace(Locataires,
            "liens:\n", "liens:\n  - fiche: rompre-l-isolement-des-aines-en-haute-corse\n    pourquoi: \"Un autre groupe qui s’est fait entendre des institutions.\"\n"));
        Step("publication date moves it in the lists", Jeunes, () => site.Replace(Jeunes, "date_publication: 2025-06-10", "date_publication: 2026-01-15"));
        Step("an error", Films, () => site.Replace(Films, "statut: publie", "statut: publiee"));
        Step("the error fixed", Films, () => site.Replace(Films, "statut: publiee", "statut: publie"));
        Step("text again after the error", Films, () => site.Replace(Films, "Un paragraphe ajouté", "Un paragraphe complété"));
        const string Copy = "fiches/se-deplacer-autrement-a-la-campagne.md";
        Step("a write-up added", Copy, () => File.Copy(site.File(Campagne), site.File(Copy)));
        Step("a write-up removed", Copy, () => File.Delete(site.File(Copy)));
        Step("a write-up others link to removed", Campagne, () => File.Delete(site.File(Campagne)));

        // The comparisons above hold whether pages are reused or not: check they were, where they can be.
        string[] full = ["an error", "a write-up added", "a write-up removed", "a write-up others link to removed"];
        Assert.All(reused.Where(r => !full.Contains(r.Key)), r => Assert.True(r.Value > 0, $"{r.Key}: no page reused"));
        Assert.True(reused["text only"] >= 6, $"pages reused: {reused["text only"]}");
        Assert.True(reused["title shown by the write-ups that link to it"] >= 6, $"pages reused: {reused["title shown by the write-ups that link to it"]}");
        Assert.True(reused["text again after the error"] >= 6, $"pages reused: {reused["text again after the error"]}");
        Assert.Equal(0, reused["a write-up added"]);
        Assert.Equal(0, reused["a write-up removed"]);
    }

    [Fact]
    public void A_theme_that_shows_how_many_write_ups_use_a_term_on_cards_gets_the_counts_right_after_a_rebuild()
    {
        using var site = TestSite.FromShippedContent();
        using var theme = new TempFolder();
        TempFolder.CopyFolder(Repository.Templates, theme.Path);
        var card = Path.Combine(theme.Path, "partials", "writeup-card.html");
        File.WriteAllText(card, File.ReadAllText(card).Replace("<li>{{ term.label | html.escape }}</li>", "<li>{{ term.label | html.escape }} ({{ term.count }})</li>"));
        var options = new BuildOptions(Osez.Configuration.SitePaths.From(site.ContentPath, theme.Path, site.OutputPath), OutputMode.Memory)
        {
            IncludeDrafts = true,
            Today = TestSite.Today,
        };
        var memory = new BuildMemory();
        Assert.Contains("Budget et surendettement (", System.Text.Encoding.UTF8.GetString(SiteBuilder.Default.Run(options, memory).Files!["fiches/index.html"]));

        site.Replace(Cuisine, "thematiques: [alimentation, sante, lien-social, budget]", "thematiques: [alimentation, sante, lien-social]");
        memory.WriteUpChanged(site.File(Cuisine));
        var incremental = SiteBuilder.Default.Run(options, memory);
        Assert.True(memory.LastReused > 0);
        AssertSameFiles("counts", SiteBuilder.Default.Run(options).Files, incremental.Files);
    }

    [Fact]
    public void The_pages_are_handed_over_before_the_index_and_exports_with_the_last_ones_in_place()
    {
        using var site = TestSite.FromShippedContent();
        var options = new BuildOptions(site.Paths, OutputMode.Memory) { IncludeDrafts = true, Today = TestSite.Today };
        var memory = new BuildMemory();
        var before = SiteBuilder.Default.Run(options, memory).Files!;

        site.Replace(Films, "titre: \"", "titre: \"Quartier : ");
        memory.WriteUpChanged(site.File(Films));
        IReadOnlyDictionary<string, byte[]>? pages = null;
        var complete = SiteBuilder.Default.Run(options, memory, ready => pages = ready.Files);

        Assert.NotNull(pages);
        Assert.Equal(before.Keys.Order(StringComparer.Ordinal), pages.Keys.Order(StringComparer.Ordinal));
        Assert.Contains("Quartier : ", Text(pages, "fiches/des-films-pour-changer-le-regard/index.html"));
        // The exports are the last build's until the build is complete.
        Assert.Equal(before["donnees/fiches.csv"], pages["donnees/fiches.csv"]);
        Assert.DoesNotContain("Quartier : ", Text(pages, "donnees/fiches.csv"));
        Assert.Contains("Quartier : ", Text(complete.Files!, "donnees/fiches.csv"));
        AssertSameFiles("complete", SiteBuilder.Default.Run(options).Files, complete.Files);
    }

    private static string Text(IReadOnlyDictionary<string, byte[]> files, string path) => System.Text.Encoding.UTF8.GetString(files[path]);

    private static void AssertSameFiles(string step, IReadOnlyDictionary<string, byte[]>? expected, IReadOnlyDictionary<string, byte[]>? actual)
    {
        if (expected is null || actual is null)
        {
            Assert.True(expected is null && actual is null, $"{step}: one build failed and not the other");
            return;
        }
        Assert.Equal(expected.Keys.Order(StringComparer.Ordinal), actual.Keys.Order(StringComparer.Ordinal));
        var different = expected.Where(f => !f.Value.AsSpan().SequenceEqual(actual[f.Key])).Select(f => f.Key).ToList();
        Assert.True(different.Count == 0, $"{step}: files differ from a full build: {string.Join(", ", different)}");
    }
}
