using Osez.Diagnostics;
using Osez.Markdown;
using Osez.Site;

namespace Osez.Rendering;

/// <summary>What the pages of one render are built with, the core's and the features' alike.</summary>
/// <param name="Diagnostics">Where problems met while a page is built (a link in a text) are reported.</param>
public sealed record PageServices(SiteModel Site, ViewFactory Views, MarkdownRenderer Markdown, UiStrings Strings, DiagnosticBag Diagnostics);
