namespace Osez.Citing;

/// <summary>
/// One cell of the open-data CSV file, safe to open in a spreadsheet program. RFC 4180 quoting, plus the
/// OWASP rule against formula injection: a cell whose text starts with a character that makes a spreadsheet
/// read a formula (<c>= + - @</c>, tab, carriage return, and their full-width forms) is prefixed with an
/// apostrophe, so it is shown as text. A cell holding a semicolon is quoted as well: French spreadsheet programs
/// split on semicolons, and an unquoted "a ; =1+1" would start a new cell with a formula.
/// </summary>
public static class CsvCell
{
    private const string FormulaStarts = "=+-@\t\r\uFF1D\uFF0B\uFF0D\uFF20";

    public static string Of(string text)
    {
        var flat = text.ReplaceLineEndings(" ");
        if (flat.Length > 0 && FormulaStarts.Contains(flat[0]))
            flat = "'" + flat;
        return flat.AsSpan().IndexOfAny(",;\"\r\n\t") >= 0 || flat.StartsWith(' ') || flat.EndsWith(' ')
            ? "\"" + flat.Replace("\"", "\"\"", StringComparison.Ordinal) + "\""
            : flat;
    }
}
