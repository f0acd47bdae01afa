namespace Osez.Content;

/// <summary>A month of a year: the precision of a write-up's period, on purpose (anonymity).</summary>
public readonly record struct YearMonth(int Year, int Month) : IComparable<YearMonth>
{
    public int CompareTo(YearMonth other) => (Year, Month).CompareTo((other.Year, other.Month));

    public static bool operator <(YearMonth a, YearMonth b) => a.CompareTo(b) < 0;
    public static bool operator >(YearMonth a, YearMonth b) => a.CompareTo(b) > 0;
    public static bool operator <=(YearMonth a, YearMonth b) => a.CompareTo(b) <= 0;
    public static bool operator >=(YearMonth a, YearMonth b) => a.CompareTo(b) >= 0;

    public static bool TryParse(string text, out YearMonth value)
    {
        value = default;
        if (text.Length != 7 || text[4] != '-')
            return false;
        if (!int.TryParse(text.AsSpan(0, 4), System.Globalization.NumberStyles.None, null, out var year)
            || !int.TryParse(text.AsSpan(5, 2), System.Globalization.NumberStyles.None, null, out var month)
            || year < 1900 || month is < 1 or > 12)
            return false;
        value = new YearMonth(year, month);
        return true;
    }

    public override string ToString() => $"{Year:D4}-{Month:D2}";
}
