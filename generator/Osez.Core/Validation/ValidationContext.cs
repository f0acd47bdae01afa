namespace Osez.Validation;

/// <summary>What rules may depend on besides the content: today's date, and whether drafts are built.</summary>
public sealed record ValidationContext(DateOnly Today, bool IncludeDrafts);
