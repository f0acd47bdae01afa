namespace Osez.Diagnostics;

/// <summary>How serious a diagnostic is. Errors stop a build; warnings and information do not.</summary>
public enum Severity
{
    Information,
    Warning,
    Error,
}
