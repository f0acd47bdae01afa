using System.Globalization;
using Osez.Rendering;
using Osez.Site;
using Osez.Vocabularies;

namespace Osez.Map;

/// <summary>
/// Places and counts the map: the metropolitan shapes, the overseas départements as named boxes in the
/// Atlantic (the package has no overseas shapes: boxes say honestly what they are), and Paris enlarged in the Channel.
/// </summary>
public static class FranceMap
{
    /// <summary>The overseas départements drawn as boxes, top to bottom.</summary>
    public static readonly IReadOnlyList<string> Overseas = ["971", "972", "973", "974", "976"];

    /// <summary>Paris and the three départements around it, too small to click on the main map.</summary>
    public static readonly IReadOnlyList<string> ParisArea = ["75", "92", "93", "94"];

    // Boxes in the sea west of the Gironde and the Landes (the metropolitan shapes start at x = 141 there).
    private const double InsetX = 4, InsetTop = 316, InsetWidth = 128, InsetHeight = 46, InsetGap = 7;

    // Paris's area (x 304-324, y 134-154 in the map's coordinates) drawn four times larger in the Channel.
    private const double ParisScale = 4, ParisLeft = 303, ParisTop = 133.5, ParisX = 6, ParisY = 6, ParisSize = 88;

    public static MapView Of(SiteModel site, Vocabulary vocabulary, UiStrings strings)
    {
        var shapes = DepartementShapes.Metropole;
        var counts = vocabulary.Terms.ToDictionary(t => t.Id, t => site.UsageOf(vocabulary, t).Count, StringComparer.Ordinal);
        MapAreaView Area(DepartementShape shape)
        {
            var term = vocabulary.Find(shape.Id);
            var count = counts.GetValueOrDefault(shape.Id);
            var name = term?.Label ?? shape.Name;
            return new MapAreaView(shape.Id, name, shape.PathData, term is not null && count > 0 ? SiteUrls.Term(vocabulary, term) : string.Empty,
                count, MapShading.Of(count), Label(strings, name, count));
        }
        var areas = shapes.All.Select(Area).ToList();
        var insets = new List<MapInsetView>();
        foreach (var (id, index) in Overseas.Select((id, i) => (id, i)))
        {
            var term = vocabulary.Find(id);
            if (term is null)
                continue;
            var count = counts.GetValueOrDefault(id);
            insets.Add(new MapInsetView(id, ShortName(term), InsetX, InsetTop + index * (InsetHeight + InsetGap), InsetWidth, InsetHeight,
                count > 0 ? SiteUrls.Term(vocabulary, term) : string.Empty, count, MapShading.Of(count), Label(strings, term.Label, count)));
        }
        var paris = new MapParisInsetView(ParisX, ParisY, ParisSize, ParisSize,
            string.Create(CultureInfo.InvariantCulture, $"translate({ParisX} {ParisY}) scale({ParisScale}) translate({-ParisLeft} {-ParisTop})"),
            areas.Where(a => ParisArea.Contains(a.Id)).ToList());
        var legendLabels = strings.List("carte.legende");
        var legend = Enumerable.Range(0, MapShading.Count)
            .Select(shade => new MapLegendView(shade, shade < legendLabels.Count ? legendLabels[shade] : $"[carte.legende.{shade}]")).ToList();
        var french = CultureInfo.GetCultureInfo("fr-FR").CompareInfo;
        var listed = vocabulary.Terms.Where(t => counts.GetValueOrDefault(t.Id) > 0)
            .Select(t => Listed(vocabulary, t, counts[t.Id], strings))
            .OrderBy(l => l.Name, Comparer<string>.Create((a, b) => french.Compare(a, b, CompareOptions.IgnoreCase)))
            .ToList();
        var located = site.WriteUps.Count(w => w.TermsOf(vocabulary.Key).Count > 0);
        var summary = strings.Get(located <= 1 ? "carte.summary.one" : "carte.summary.other")
            .Replace("{fiches}", strings.Count("count.writeups", located), StringComparison.Ordinal)
            .Replace("{departements}", strings.Count("carte.departements", listed.Count), StringComparison.Ordinal);
        return new MapView(shapes.Width, shapes.Height, areas, insets, paris, legend, listed, located, summary, shapes.Source, shapes.Author);
    }

    public static MapListedView Listed(Vocabulary vocabulary, Term term, int count, UiStrings strings)
        => new(term.Label, SiteUrls.Term(vocabulary, term), count, strings.Count("count.writeups", count));

    /// <summary>"Nord (59) : 3 fiches".</summary>
    public static string Label(UiStrings strings, string name, int count)
        // The name last: a "{fiches}" in a term's label stays as written.
        => strings.Get("carte.lien").Replace("{fiches}", strings.Count("count.writeups", count), StringComparison.Ordinal)
            .Replace("{departement}", name, StringComparison.Ordinal);

    /// <summary>"Guadeloupe" for "Guadeloupe (971)": the label without its code, when it ends with it.</summary>
    public static string ShortName(Term term)
    {
        var suffix = $" ({term.Id})";
        return term.Label.EndsWith(suffix, StringComparison.Ordinal) ? term.Label[..^suffix.Length] : term.Label;
    }
}
