namespace Osez.Features;

/// <summary>
/// A part of the site beyond the core's write-ups, vocabularies and pages (the search, citing, the learning
/// paths, the proposal form). It tells the builder once what it brings (<see cref="SiteParts"/>); the stages run
/// what was registered without knowing whose it is.
/// </summary>
public interface ISiteFeature
{
    void Register(SiteParts site);
}
