using System.Buffers;
using System.Text.RegularExpressions;

namespace Osez.Text;

/// <summary>
/// The one rule for every address the site turns into a link, whatever it comes from (a link in a text,
/// <c>contact.site</c>, <c>contact.courriel</c>, <c>url_de_base</c>, <c>depot</c>): a web address (http, https),
/// or a mail address where one is expected. Any other scheme (javascript:, data:, vbscript:, file:...) is refused,
/// and so is an address with characters a browser would have to guess about.
/// </summary>
public static partial class WebAddress
{
    /// <summary>Characters that never belong in an address as people copy it from a browser, but that break out of markup.</summary>
    private static readonly SearchValues<char> Unsafe = SearchValues.Create("<>\"'`\\{}|^");

    public static bool IsWebScheme(string? scheme) => scheme is "http" or "https";

    /// <summary>What a link written in a text may use: the web, or a mail address.</summary>
    public static bool IsLinkScheme(string? scheme) => IsWebScheme(scheme) || scheme == "mailto";

    /// <summary>The lowercase scheme, ignoring the blanks and control characters browsers ignore; null for a relative path.</summary>
    public static string? SchemeOf(string url)
    {
        var cleaned = new string(url.Where(c => !char.IsWhiteSpace(c) && !char.IsControl(c)).ToArray());
        var match = SchemePattern().Match(cleaned);
        if (!match.Success)
            return null;
        var scheme = match.Groups[1].Value.ToLowerInvariant();
        // "C:" style drive letters are paths, not schemes.
        return scheme.Length == 1 ? null : scheme;
    }

    /// <summary>Why <paramref name="value"/> is not an absolute web address to link to; null when it is one.</summary>
    /// <param name="isBase">The address of a folder other addresses are made from (no "?" or "#" then).</param>
    public static AddressFault? CheckWeb(string value, bool isBase = false)
    {
        var scheme = SchemeOf(value);
        if (scheme is not null && !IsWebScheme(scheme))
            // "exemple.org:8080" reads as the scheme "exemple.org": a slip, not an attempt.
            return new AddressFault(scheme.Contains('.', StringComparison.Ordinal) ? AddressFaultKind.NotAbsolute : AddressFaultKind.DangerousScheme);
        if (FirstUnsafe(value) is { } character)
            return new AddressFault(AddressFaultKind.Character, character);
        if (scheme is null || !Uri.TryCreate(value, UriKind.Absolute, out var uri) || !IsWebScheme(uri.Scheme))
            return new AddressFault(AddressFaultKind.NotAbsolute);
        if (uri.Host.Length == 0)
            return new AddressFault(AddressFaultKind.NoHost);
        if (uri.UserInfo.Length > 0)
            return new AddressFault(AddressFaultKind.UserInfo);
        if (isBase && (uri.Query.Length > 0 || uri.Fragment.Length > 0 || value.Contains('?') || value.Contains('#')))
            return new AddressFault(AddressFaultKind.QueryInBase);
        return null;
    }

    /// <summary>Why <paramref name="value"/> is not a mail address ("accueil@exemple.org"); null when it is one.</summary>
    public static AddressFault? CheckEmail(string value)
    {
        if (value.StartsWith("mailto:", StringComparison.OrdinalIgnoreCase))
            return new AddressFault(AddressFaultKind.MailtoPrefix);
        if (EmailPattern().IsMatch(value))
            return null;
        // A mail address has no ":"; "javascript:..." or "data:..." is an attempt, not a typing slip.
        return new AddressFault(SchemeOf(value) is null ? AddressFaultKind.NotEmail : AddressFaultKind.DangerousScheme);
    }

    /// <summary>An address shortened for a message.</summary>
    public static string Shorten(string text) => text.Length > 60 ? text[..60] + "…" : text;

    private static char? FirstUnsafe(string value)
    {
        foreach (var c in value)
            if (char.IsWhiteSpace(c) || char.IsControl(c) || Unsafe.Contains(c) || c is '\u2028' or '\u2029')
                return c;
        return null;
    }

    [GeneratedRegex("^([A-Za-z][A-Za-z0-9+.\\-]*):", RegexOptions.CultureInvariant)]
    private static partial Regex SchemePattern();

    // Letters of any language, but none of the characters that would add a subject, a copy or markup to a mailto: link.
    [GeneratedRegex(@"^[\p{L}\p{N}._%+\-]+@[\p{L}\p{N}\-]+(\.[\p{L}\p{N}\-]+)+$", RegexOptions.CultureInvariant)]
    private static partial Regex EmailPattern();
}

public enum AddressFaultKind
{
    /// <summary>javascript:, data:, file:... anything but the web (or mail where expected).</summary>
    DangerousScheme,
    Character,
    NotAbsolute,
    NoHost,
    UserInfo,
    QueryInBase,
    MailtoPrefix,
    NotEmail,
}

/// <summary>Why an address is refused; <see cref="Character"/> names the offending character.</summary>
public sealed record AddressFault(AddressFaultKind Kind, char? Character = null)
{
    public bool IsDangerous => Kind == AddressFaultKind.DangerousScheme;
}
