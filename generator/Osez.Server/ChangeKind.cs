namespace Osez.Server;

/// <summary>What a changed file is to the site: it says how much has to be rebuilt.</summary>
public enum ChangeKind
{
    /// <summary>A write-up's Markdown file: its page, the lists and term pages it appears on.</summary>
    WriteUp,

    /// <summary>An image or attachment next to a write-up.</summary>
    WriteUpFile,

    Page,

    /// <summary>A learning path (parcours) of <c>content/parcours/</c>.</summary>
    LearningPath,

    Vocabulary,
    Config,
    Template,
    Strings,

    /// <summary>A stylesheet or script of the theme: copied as is.</summary>
    ThemeAsset,

    /// <summary>Watched, but not read by the build (a README in the content folder): nothing to do.</summary>
    Ignored,
}

/// <summary>One file that changed, and what it is.</summary>
public sealed record SiteChange(string Path, ChangeKind Kind);
