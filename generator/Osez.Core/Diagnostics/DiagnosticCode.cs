namespace Osez.Diagnostics;

/// <summary>A stable diagnostic code with its default severity and a short French title.</summary>
public sealed record DiagnosticCode(string Id, Severity Severity, string Title);
