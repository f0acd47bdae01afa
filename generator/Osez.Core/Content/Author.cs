namespace Osez.Content;

/// <summary>
/// A professional who wrote the write-up, or a collective. Never a person supported.
/// </summary>
public sealed record Author(string LastName, string FirstName, string Role, string Organisation, string Collective)
{
    public bool IsCollective => Collective.Length > 0;

    /// <summary>"Prénom Nom", or the collective's name.</summary>
    public string DisplayName => IsCollective ? Collective : $"{FirstName} {LastName}".Trim();

    /// <summary>"Nom, Prénom" as reference managers expect, or the collective's name.</summary>
    public string CitationName => IsCollective ? Collective
        : FirstName.Length == 0 ? LastName : $"{LastName}, {FirstName}";
}
