namespace Osez.Content;

/// <summary>The record that a second reader checked the write-up for personal data.</summary>
public sealed record AnonymisationReview(bool Done, string By, DateOnly? Date);
