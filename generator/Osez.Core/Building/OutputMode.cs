namespace Osez.Building;

/// <summary>Where a build goes: to disk (build), to memory (serve, tests), or nowhere (check).</summary>
public enum OutputMode
{
    Disk,
    Memory,
    None,
}
