using Osez.Diagnostics;

namespace Osez.Cli.Reports;

internal static class SeverityNames
{
    public static string French(Severity severity) => severity switch
    {
        Severity.Error => "erreur",
        Severity.Warning => "avertissement",
        _ => "information",
    };

    public static string Summary(IReadOnlyList<Diagnostic> diagnostics, int filesRead)
    {
        var errors = diagnostics.Count(d => d.Severity == Severity.Error);
        var warnings = diagnostics.Count(d => d.Severity == Severity.Warning);
        var infos = diagnostics.Count(d => d.Severity == Severity.Information);
        var files = diagnostics.Select(d => d.Location.File).Distinct(StringComparer.Ordinal).Count();
        if (diagnostics.Count == 0)
            return $"Aucun problème ({Checked(filesRead)}).";
        return $"{Plural(errors, "erreur", "erreurs")}, {Plural(warnings, "avertissement", "avertissements")} et "
            + $"{Plural(infos, "information", "informations")} dans {Plural(files, "fichier", "fichiers")} ({Checked(filesRead)}).";
    }

    private static string Checked(int n) => n <= 1 ? $"{n} fichier vérifié" : $"{n} fichiers vérifiés";

    private static string Plural(int n, string one, string many) => $"{n} {(n <= 1 ? one : many)}";
}
