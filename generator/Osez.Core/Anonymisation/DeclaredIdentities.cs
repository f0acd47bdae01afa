using Osez.Content;
using Osez.Text;

namespace Osez.Anonymisation;

/// <summary>
/// The names, e-mail address and phone number a write-up declares on purpose (its authors and
/// its institutional contact): finding them in the text is not a leak.
/// </summary>
public sealed class DeclaredIdentities
{
    private readonly HashSet<string> _names = new(StringComparer.Ordinal);
    private readonly HashSet<string> _emails = new(StringComparer.OrdinalIgnoreCase);
    private readonly HashSet<string> _phones = new(StringComparer.Ordinal);

    public static DeclaredIdentities None { get; } = new();

    public static DeclaredIdentities Of(IEnumerable<Author> authors, Contact? contact)
    {
        var declared = new DeclaredIdentities();
        foreach (var author in authors)
        {
            declared.AddName(author.LastName);
            declared.AddName(author.FirstName);
        }
        if (contact is not null)
        {
            // Only a service's address is allowed: a person's, even as the contact, is reported wherever it appears.
            if (contact.Email.Length > 0 && !Detectors.EmailDetector.IsPersonalAddress(contact.Email.Trim()))
                declared._emails.Add(contact.Email.Trim());
            else if (contact.Email.Length > 0)
                declared.PersonalContactEmail = contact.Email.Trim();
            var phone = PhoneDigits(contact.Phone);
            if (phone.Length > 0)
                declared._phones.Add(phone);
        }
        return declared;
    }

    /// <summary>True when the name (or every part of it but initials) is an author's name.</summary>
    public bool IsDeclaredName(string name)
    {
        var parts = name.Split([' ', '\n', '\t'], StringSplitOptions.RemoveEmptyEntries)
            .Select(p => p.TrimEnd('.'))
            .Where(p => p.Length > 1)
            .ToList();
        return parts.Count > 0 && parts.All(p => _names.Contains(TextFolding.Fold(p)));
    }

    public bool IsDeclaredEmail(string email) => _emails.Contains(email);

    /// <summary>The contact's address when it is a person's ("prenom.nom@..."), which is not allowed.</summary>
    public string? PersonalContactEmail { get; private set; }

    public bool IsDeclaredPhone(string phone) => _phones.Contains(PhoneDigits(phone));

    /// <summary>A French number as its ten national digits ("+33 6 12..." and "06 12..." are the same).</summary>
    public static string PhoneDigits(string phone)
    {
        var digits = new string(phone.Where(char.IsAsciiDigit).ToArray());
        if (phone.TrimStart().StartsWith('+') && digits.StartsWith("33", StringComparison.Ordinal))
            digits = "0" + digits[2..];
        else if (digits.StartsWith("0033", StringComparison.Ordinal))
            digits = "0" + digits[4..];
        if (digits.StartsWith("00", StringComparison.Ordinal))
            digits = digits[1..];
        return digits;
    }

    private void AddName(string name)
    {
        if (name.Length == 0)
            return;
        _names.Add(TextFolding.Fold(name.Trim()));
        foreach (var part in name.Split([' ', '-'], StringSplitOptions.RemoveEmptyEntries))
            _names.Add(TextFolding.Fold(part));
    }
}
