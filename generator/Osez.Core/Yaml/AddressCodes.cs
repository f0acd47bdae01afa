using Osez.Diagnostics;

namespace Osez.Yaml;

/// <summary>The codes an address field reports with: one for a refused scheme (javascript:...), one for a malformed address.</summary>
public sealed record AddressCodes(DiagnosticCode Dangerous, DiagnosticCode Invalid)
{
    /// <summary>Write-ups, pages and learning paths.</summary>
    public static AddressCodes Content { get; } = new(DiagnosticCodes.DangerousLink, DiagnosticCodes.InvalidAddress);

    /// <summary>site.yml.</summary>
    public static AddressCodes Configuration { get; } = new(DiagnosticCodes.InvalidConfig, DiagnosticCodes.InvalidConfig);
}
