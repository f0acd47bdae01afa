using Osez.Content;

namespace Osez.Rendering;

/// <summary>Dates written the French way ("14 mars 2025", "1er avril 2024", "septembre 2023"), month names from the strings file.</summary>
public sealed class DateLabels(UiStrings strings)
{
    private readonly IReadOnlyList<string> _months = strings.List("dates.months");

    public string Month(int month) => month >= 1 && month <= _months.Count ? _months[month - 1] : month.ToString("D2", System.Globalization.CultureInfo.InvariantCulture);

    public string Day(DateOnly date)
    {
        var day = date.Day == 1 ? strings.Get("dates.first_day") : date.Day.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return $"{day} {Month(date.Month)} {date.Year}";
    }

    public string MonthOf(YearMonth month) => $"{Month(month.Month)} {month.Year}";

    public string Period(Period period)
    {
        var start = MonthOf(period.Start);
        if (period.End is { } end)
            return end == period.Start
                ? strings.Get("dates.period_single").Replace("{debut}", start, StringComparison.Ordinal)
                : strings.Get("dates.period_range").Replace("{debut}", start, StringComparison.Ordinal).Replace("{fin}", MonthOf(end), StringComparison.Ordinal);
        return strings.Get("dates.period_ongoing").Replace("{debut}", start, StringComparison.Ordinal);
    }
}
