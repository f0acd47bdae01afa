using System.Globalization;
using Osez.Content;
using Osez.Rendering;
using Osez.Rendering.Views;
using Osez.Site;

namespace Osez.Citing;

/// <summary>Makes the <see cref="CitationView"/> of each write-up for the templates.</summary>
public sealed class CitationViews
{
    private readonly FrenchReference _reference;

    public CitationViews(SiteModel site, UiStrings strings, DateLabels dates)
    {
        Works = new CitedWorks(site, strings.Get("citing.reference_genre"));
        _reference = new FrenchReference(strings, dates);
    }

    public CitedWorks Works { get; }

    /// <summary>Null for a write-up that is not published (a draft left out of the build).</summary>
    public CitationView? For(WriteUp writeUp)
    {
        if (Works.Find(writeUp.Slug) is not { } work)
            return null;
        return new CitationView(
            Markup.TrustedHtml(_reference.Html(work)),
            _reference.Text(work),
            Coins.Title(work),
            work.Url,
            work.Issued.ToString("yyyy/MM/dd", CultureInfo.InvariantCulture),
            work.Keywords,
            work.Authors.Select(a => a.HighwireName).ToList(),
            work.Genre)
        {
            Exports = () => CitationTexts.PageJson(work),
        };
    }
}
