namespace Osez.Rendering.Views;

/// <summary>An institutional contact as templates see it.</summary>
public sealed record ContactView(string Organisation, string Email, string Phone, string Website);
