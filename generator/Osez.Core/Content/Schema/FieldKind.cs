namespace Osez.Content.Schema;

/// <summary>What a front-matter value is: it decides how the value is read, checked and described.</summary>
public enum FieldKind
{
    /// <summary>One line of text (or a folded block), its length counted in characters.</summary>
    Text,

    /// <summary>A day, AAAA-MM-JJ.</summary>
    Date,

    /// <summary>A month, AAAA-MM (never the day: anonymity).</summary>
    Month,

    /// <summary>true or false.</summary>
    Boolean,

    /// <summary>A whole number between <see cref="Field.Min"/> and <see cref="Field.Max"/>.</summary>
    Integer,

    /// <summary>A range of people, « 8-15 ».</summary>
    Range,

    /// <summary>One value among <see cref="Field.Values"/>.</summary>
    Choice,

    /// <summary>An absolute web address (https://...).</summary>
    WebAddress,

    /// <summary>An e-mail address.</summary>
    EmailAddress,

    /// <summary>Named fields (<see cref="Field.Children"/>), indented under the key.</summary>
    Map,

    /// <summary>A list of records, each with the fields of <see cref="Field.Children"/>.</summary>
    Records,

    /// <summary>A list of names (file names, say).</summary>
    Names,
}
