namespace Osez.Content;

/// <summary>An institutional contact for the action (a service, never a person supported).</summary>
public sealed record Contact(string Organisation, string Email, string Phone, string Website);
