using Osez.Features;
using Osez.Rendering;
using Osez.Site;

namespace Osez.Map;

/// <summary>
/// The map of France by département (carte/): each département shaded by its number of write-ups and linked to
/// its page, which lists the structures to contact and the neighbouring départements.
/// </summary>
public sealed class MapFeature : ISiteFeature, IPageSource
{
    /// <summary>The vocabulary the map counts (content/vocabulaires/departements.yml).</summary>
    public const string VocabularyKey = "territoire.departement";

    public void Register(SiteParts site) => site.AddPages(this);

    public PageSet Begin(SiteModel site, UiStrings strings) => new MapPages(site, strings);
}
