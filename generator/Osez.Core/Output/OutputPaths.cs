using System.Collections.Concurrent;
using Osez.Diagnostics;

namespace Osez.Output;

/// <summary>Checks output paths: relative, inside the site, and each produced once.</summary>
public sealed class OutputPaths(DiagnosticBag diagnostics)
{
    // Case-insensitive: on Windows and macOS "A.html" and "a.html" are the same file.
    private readonly ConcurrentDictionary<string, string> _origins = new(StringComparer.OrdinalIgnoreCase);

    /// <returns>False (with a diagnostic) when the path is unsafe or already produced by something else.</returns>
    public bool Claim(string path, string origin)
    {
        if (!IsSafe(path))
        {
            diagnostics.Report(DiagnosticCodes.PathOutsideSite, new SourceLocation(origin),
                $"Le chemin de sortie « {path} » n'est pas un chemin sûr à l'intérieur du site.",
                "Vérifiez les noms de fichiers (pas de « .. », pas de chemin absolu).");
            return false;
        }
        if (_origins.TryAdd(path, origin))
            return true;
        var first = _origins[path];
        // Pages are rendered in parallel: name both sides in a stable order, located at a source file when one is.
        var (a, b) = string.CompareOrdinal(origin, first) <= 0 ? (origin, first) : (first, origin);
        var at = a.Contains('/') || !b.Contains('/') ? a : b;
        diagnostics.Report(DiagnosticCodes.OutputCollision, new SourceLocation(at),
            first == origin
                ? $"« {origin} » produirait deux fois le fichier « {path} »."
                : $"« {a} » et « {b} » produiraient le même fichier « {path} ».",
            "Renommez l'un des deux : une page, un vocabulaire ou une fiche ne peuvent pas porter le même nom.");
        return false;
    }

    public static bool IsSafe(string path)
        => path.Length > 0 && !path.StartsWith('/') && !path.Contains('\\') && !path.Contains(':')
           && path.Split('/').All(part => part is not (".." or "." or ""));

    public int Count => _origins.Count;
}
