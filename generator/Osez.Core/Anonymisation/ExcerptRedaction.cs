using Osez.Diagnostics;

namespace Osez.Anonymisation;

/// <summary>
/// Keeps detected personal data out of logs: any other diagnostic on a line where personal data
/// was found quotes the masked line, not the source line.
/// </summary>
public static class ExcerptRedaction
{
    private static readonly HashSet<string> PersonalDataCodes =
        PersonalDataDetectors.All.Select(d => d.Code.Id).ToHashSet(StringComparer.Ordinal);

    public static bool IsPersonalData(string code) => PersonalDataCodes.Contains(code);

    public static IReadOnlyList<Diagnostic> Apply(IReadOnlyList<Diagnostic> diagnostics)
    {
        var masked = new Dictionary<(string File, int Line), Diagnostic>();
        foreach (var d in diagnostics)
            if (IsPersonalData(d.Code) && d.Location.Line > 0 && d.Excerpt.Length > 0)
                masked.TryAdd((d.Location.File, d.Location.Line), d);
        if (masked.Count == 0)
            return diagnostics;
        return diagnostics
            .Select(d => !IsPersonalData(d.Code) && masked.TryGetValue((d.Location.File, d.Location.Line), out var line)
                ? d with { Excerpt = line.Excerpt, ExcerptColumn = line.ExcerptColumn }
                : d)
            .ToList();
    }
}
