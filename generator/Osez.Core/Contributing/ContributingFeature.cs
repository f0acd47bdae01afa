using Osez.Features;
using Osez.Rendering;

namespace Osez.Contributing;

/// <summary>Proposing a write-up: the page with the form (<c>new</c>, the other way in, is a command).</summary>
public sealed class ContributingFeature : ISiteFeature
{
    public void Register(SiteParts site)
    {
        site.AddPages(new PageList(pages => [ProposalPage.Job(pages)], new Dictionary<string, string> { ["proposal"] = Site.SiteUrls.Proposal }));
        site.AddBrowserRules("writeUpFile", new
        {
            yaml = YamlText.Rules,
        });
    }
}
