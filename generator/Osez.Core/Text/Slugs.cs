using System.Text.RegularExpressions;

namespace Osez.Text;

/// <summary>Slugs: the lowercase ASCII names that become a write-up's address.</summary>
public static partial class Slugs
{
    public const int MaxLength = 80;

    public static bool IsValid(string slug) => slug.Length <= MaxLength && SlugPattern().IsMatch(slug);

    /// <summary>A valid slug made from any text: "L'équipe d'été !" gives "l-equipe-d-ete".</summary>
    public static string FromText(string text)
    {
        var slug = TextFolding.ToIdentifier(text);
        if (slug.Length > MaxLength)
            slug = slug[..MaxLength].TrimEnd('-');
        return slug;
    }

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$", RegexOptions.CultureInvariant)]
    private static partial Regex SlugPattern();
}
