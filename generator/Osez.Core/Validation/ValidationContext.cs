namespace Osez.Validation;

/// <summary>What rules may depend on besides the content: today's date, and whether drafts are built.</summary>
public sealed record ValidationContext(DateOnly Today, bool IncludeDrafts)
{
    /// <summary>Kept by the preview server between builds: write-ups that did not change are not scanned again.</summary>
    public Anonymisation.AnonymisationMemo? Anonymisation { get; init; }
}
