using Osez.Features;
using Osez.Rendering;

namespace Osez.Exploring;

/// <summary>Finding one's way by the vocabularies: the page « Explorer », every vocabulary with its terms and their counts.</summary>
public sealed class ExploringFeature : ISiteFeature
{
    /// <summary>Where the page lives, from the site root.</summary>
    public const string Url = "explorer/index.html";

    public void Register(SiteParts site) => site.AddPages(new PageList(pages => [Job(pages)], new Dictionary<string, string> { ["explore"] = Url }));

    private static PageJob Job(PageServices pages) => new(Url, "explore", "page « Explorer »", () =>
        PageModel.Of(pages.Views.Page(Url, "explore", pages.Strings.Get("explore.title"), pages.Strings.Get("explore.intro"))));
}
