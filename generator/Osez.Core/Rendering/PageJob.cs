using Scriban.Runtime;

namespace Osez.Rendering;

/// <summary>One page to render: where it goes, with which layout, from which model.</summary>
/// <param name="Origin">What the page comes from, named in messages (a source file, or a description).</param>
/// <param name="Model">Builds the page's template values; run on a render thread.</param>
public sealed record PageJob(string Url, string Layout, string Origin, Func<ScriptObject> Model)
{
    /// <summary>The write-up this page shows, for a write-up's own page; null for every other page.</summary>
    public Content.WriteUp? WriteUp { get; init; }
}
