namespace Osez.Citing;

/// <summary>
/// What a reference to one write-up says, independent of any format: the one record that
/// the meta tags, the formatted reference and the exports in every format are made from.
/// </summary>
public sealed record CitedWork
{
    /// <summary>The write-up's slug; also the BibTeX key and the CSL-JSON id.</summary>
    public required string Id { get; init; }

    public required string Title { get; init; }
    public required IReadOnlyList<CitedAuthor> Authors { get; init; }
    public required DateOnly Issued { get; init; }
    public DateOnly? Updated { get; init; }
    public required string Abstract { get; init; }

    /// <summary>The body that publishes the knowledge base (site.yml « editeur »): the report's institution.</summary>
    public required string Publisher { get; init; }

    /// <summary>The site's title, as the container of the write-up.</summary>
    public required string SiteTitle { get; init; }

    /// <summary>"Fiche d’expérience": the kind of report (Zotero's report type, CSL's genre, RIS M3, BibTeX type).</summary>
    public required string Genre { get; init; }

    public required string Language { get; init; }

    /// <summary>Absolute address of the write-up, or empty when the site has no base URL.</summary>
    public required string Url { get; init; }

    /// <summary>Path of the write-up from the site root ("fiches/x/index.html").</summary>
    public required string Path { get; init; }

    public required string Licence { get; init; }
    public required IReadOnlyList<string> Keywords { get; init; }
    public bool IsIllustrative { get; init; }
}

/// <summary>An author as references want it: family and given names, or a collective's name as a literal.</summary>
public sealed record CitedAuthor(string Family, string Given, string Literal)
{
    public bool IsCollective => Literal.Length > 0;

    /// <summary>"Nom, Prénom" (Highwire, Dublin Core, RIS), or the collective's name.</summary>
    public string Inverted => IsCollective ? Literal : Given.Length == 0 ? Family : $"{Family}, {Given}";

    /// <summary>
    /// The name in a <c>citation_author</c> tag: "Nom, Prénom", and a collective's name followed by a comma
    /// ("Le comité cuisine,"), read as a family name with no given name. Without the comma, Zotero (and any
    /// reader of "First Last" names) takes the last word for a family name: "Le comité" / "Cuisine".
    /// </summary>
    public string HighwireName => IsCollective ? Literal + "," : Inverted;
}
