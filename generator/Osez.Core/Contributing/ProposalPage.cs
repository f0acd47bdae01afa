using Osez.Rendering;
using Osez.Site;

namespace Osez.Contributing;

/// <summary>The page « Proposer une fiche »: the form that prepares a write-up's file in the browser.</summary>
public static class ProposalPage
{
    public static PageJob Job(PageServices pages) => new(SiteUrls.Proposal, "propose", "page « Proposer une fiche »", () =>
    {
        var model = PageModel.Of(pages.Views.Page(SiteUrls.Proposal, "propose", pages.Strings.Get("propose.title"), pages.Strings.Get("propose.description")));
        model["proposal"] = ProposalForm.Create(pages.Site);
        model["proposal_public"] = ProposalPublicRoute.Create(pages.Site);
        return model;
    });
}
