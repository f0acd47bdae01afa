namespace Osez.Configuration;

/// <summary>
/// The editorial team that receives proposed write-ups privately (<c>redaction</c> in site.yml): a first proposal may
/// still hold a name or an address, so it goes to people, never first to a public forge.
/// </summary>
/// <param name="Email">Where proposals are sent.</param>
/// <param name="Name">What the team is called (« Comité éditorial »); empty when not given.</param>
/// <param name="NextSteps">What happens once a proposal is sent, in one or two sentences; empty when not given.</param>
public sealed record EditorialTeam(string Email, string Name, string NextSteps)
{
    /// <summary>How pages name the team: its name, or its address when it has none.</summary>
    public string Shown => Name.Length > 0 ? Name : Email;
}
