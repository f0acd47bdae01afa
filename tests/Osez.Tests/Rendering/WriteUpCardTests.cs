using Osez.Building;
using Osez.Configuration;
using Osez.Diagnostics;
using Osez.Rendering;
using Osez.Tests.Support;

namespace Osez.Tests.Rendering;

/// <summary>
/// The write-up card is written in C# while the theme's card is the shipped one, and rendered by Scriban from the
/// theme's partial otherwise: both must give the same bytes, and the shipped partials must be the ones the C# card
/// stands for.
/// </summary>
public sealed class WriteUpCardTests
{
    private const string Films = "fiches/des-films-pour-changer-le-regard.md";
    private const string Cuisine = "fiches/une-cuisine-collective-dans-le-quartier.md";

    [Fact]
    public void The_shipped_partials_are_the_ones_the_card_written_in_csharp_stands_for()
    {
        foreach (var (path, hash) in WriteUpCard.Shipped)
        {
            var text = File.ReadAllText(Path.Combine(Repository.Templates, path)).ReplaceLineEndings("\n");
            Assert.True(WriteUpCard.Hash(text) == hash,
                $"templates/{path} changed: change WriteUpCard the same way, then its hash to {WriteUpCard.Hash(text)}.");
        }
        var diagnostics = new DiagnosticBag();
        Assert.True(TemplateSet.Load(Repository.Templates, p => p, diagnostics).ShippedCard);
        Assert.Empty(diagnostics.Sorted());
    }

    [Fact]
    public void The_card_written_in_csharp_gives_the_bytes_of_the_shipped_partial_rendered_by_scriban()
    {
        using var site = TestSite.FromShippedContent();
        // A draft, a write-up that is not illustrative, and text that must be escaped.
        site.Replace(Films, "statut: publie", "statut: brouillon");
        site.Replace(Cuisine, "illustratif: true", "illustratif: false");
        site.Replace(Cuisine, "titre: \"", "titre: \"<b>Cuisine</b> & « \\\"goûts\\\" » d'ici : ");
        using var shipped = new TempFolder();
        TempFolder.CopyFolder(Repository.Templates, shipped.Path);
        // Texts with characters to escape, and one missing: the partial prints nothing for it.
        var strings = Path.Combine(shipped.Path, "strings", "fr.yml");
        var texts = File.ReadAllText(strings);
        Assert.Contains("  draft_badge: Brouillon\n", texts);
        File.WriteAllText(strings, texts.Replace("  draft_badge: Brouillon\n", string.Empty, StringComparison.Ordinal)
            .Replace("  add: Ajouter à ma sélection\n", "  add: \"Ajouter <à> \\\"ma\\\" sélection & plus\"\n", StringComparison.Ordinal));
        using var scriban = new TempFolder();
        TempFolder.CopyFolder(shipped.Path, scriban.Path);
        // The same card with a comment: no longer the shipped text, so Scriban renders it.
        var card = Path.Combine(scriban.Path, "partials", "writeup-card.html");
        File.WriteAllText(card, "{{~ # rendue par Scriban ~}}\n" + File.ReadAllText(card));

        var byCsharp = Build(site, shipped.Path);
        var byScriban = Build(site, scriban.Path);

        Assert.Contains("&lt;b&gt;Cuisine&lt;/b&gt; &amp; «\u00A0&quot;goûts&quot;\u00A0» d\u2019ici", Encoding(byCsharp["fiches/index.html"]));
        Assert.Contains("data-add=\"Ajouter &lt;à&gt; &quot;ma&quot; sélection &amp; plus\"", Encoding(byCsharp["fiches/index.html"]));
        Assert.Contains("<span class=\"badge badge--draft\"></span>", Encoding(byCsharp["fiches/index.html"]));
        Assert.Equal(byScriban.Keys.Order(StringComparer.Ordinal), byCsharp.Keys.Order(StringComparer.Ordinal));
        var different = byScriban.Where(f => !f.Value.AsSpan().SequenceEqual(byCsharp[f.Key])).Select(f => f.Key).ToList();
        Assert.True(different.Count == 0, $"files differ: {string.Join(", ", different)}");
    }

    private static IReadOnlyDictionary<string, byte[]> Build(TestSite site, string theme)
    {
        var result = SiteBuilder.Default.Run(new BuildOptions(SitePaths.From(site.ContentPath, theme, site.OutputPath), OutputMode.Memory)
        {
            IncludeDrafts = true,
            Today = TestSite.Today,
        });
        Assert.False(result.HasErrors, DiagnosticAssertions.Describe(result.Diagnostics));
        return result.Files!;
    }

    private static string Encoding(byte[] bytes) => System.Text.Encoding.UTF8.GetString(bytes);
}
