namespace Osez.Content;

/// <summary>When the action took place: a start month and either an end month or "still going".</summary>
public sealed record Period(YearMonth Start, YearMonth? End, bool Ongoing);
