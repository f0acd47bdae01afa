using Osez.Configuration;
using Osez.Diagnostics;

namespace Osez.Content;

/// <summary>
/// Reads content a feature brings besides the write-ups, vocabularies and pages (the learning paths of
/// <c>content/parcours/</c>). The load stage runs each reader after its own files; what a reader returns is kept
/// on <see cref="LoadedSite.Parts"/>, where the feature finds it again.
/// </summary>
public interface IContentReader
{
    ContentPart Read(SitePaths paths, DiagnosticBag diagnostics);
}
