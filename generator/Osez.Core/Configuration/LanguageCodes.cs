using System.Text.RegularExpressions;

namespace Osez.Configuration;

/// <summary>
/// A language code ("fr", "pt-BR"): what site.yml's <c>langue</c> may hold. It names the file of interface
/// texts (templates/strings/fr.yml), so nothing else gets through: no path separator, no "..".
/// </summary>
public static partial class LanguageCodes
{
    public static bool IsValid(string code) => Pattern().IsMatch(code);

    [GeneratedRegex("^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
