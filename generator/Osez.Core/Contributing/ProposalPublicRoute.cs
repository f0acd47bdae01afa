using System.Text.Json;
using Osez.Contributing.Receiving;
using Osez.Rendering;
using Osez.Site;
using Osez.Text;

namespace Osez.Contributing;

/// <summary>
/// The public route of the « Proposer une fiche » page: the forge's issue form « Proposer une expérience », prefilled
/// with the answers (assets/proposer-forge.js). Offered only with a repository in site.yml, and only once the page's
/// checks found no personal data. On GitHub the answers travel as the form's field ids; on GitLab as a description
/// written like the body GitHub makes, which « recevoir » reads all the same.
/// </summary>
public static class ProposalPublicRoute
{
    /// <summary>The route, or null when site.yml names no repository.</summary>
    public static PublicRouteView? Create(SiteModel site)
    {
        var config = site.Config;
        if (!config.HasRepository)
            return null;
        var gitlab = ForgeLinks.IsGitLab(config);
        var data = new
        {
            forge = gitlab ? "gitlab" : "github",
            adresse = gitlab ? $"{config.RepositoryUrl}/-/issues/new" : $"{config.RepositoryUrl}/issues/new",
            modele = ProposalForm.IssueTemplate,
            titre = "Proposition de fiche : ",
            longueur_max = ProposalForm.MaxUrlLength,
            sans_reponse = IssueForm.NoResponse,
            charte = IssueForm.CharterOption,
            champs = IssueForm.Fields(site.Vocabularies).Select(f => new { id = f.Id, libelle = f.Label, source = Source(f, site) }),
        };
        return new PublicRouteView(gitlab ? "GitLab" : "GitHub", Markup.ScriptJson(JsonSerializer.Serialize(data)));
    }

    /// <summary>Where the page finds the answer: the id of its field, with how to read it.</summary>
    private static object Source(IssueFormField field, SiteModel site)
    {
        if (field.Id == IssueForm.CharterId)
            return new { genre = "charte", id = "champ-charte" };
        if (field.Id is IssueForm.StartId)
            return new { genre = "mois", id = "champ-debut" };
        if (field.Id is IssueForm.EndId)
            return new { genre = "fin", id = "champ-fin" };
        if (field.Id is IssueForm.GroupSizeId)
            return new { genre = "taille", id = "champ-taille" };
        if (site.Vocabularies.All.FirstOrDefault(v => IssueForm.VocabularyId(v.Key) == field.Id) is { } vocabulary)
            return new { genre = "termes", id = "champ-" + Slugs.FromText(vocabulary.Key) };
        if (field.Id.StartsWith("partie-", StringComparison.Ordinal))
            return new { genre = "texte", id = field.Id };
        return new { genre = "texte", id = "champ-" + Slugs.FromText(field.Id) };
    }
}

/// <param name="ForgeName">« GitHub » or « GitLab », as the page names it.</param>
/// <param name="DataJson">What assets/proposer-forge.js needs, as JSON safe inside a script element.</param>
public sealed record PublicRouteView(string ForgeName, Markup DataJson);
