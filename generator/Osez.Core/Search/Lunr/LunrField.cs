namespace Osez.Search.Lunr;

/// <summary>A field of the index, with the boost baked into its scores (<c>builder.field(name, {boost})</c>).</summary>
public sealed record LunrField(string Name, double Boost = 1)
{
    public string Name { get; } = !Name.Contains('/') && Name != "_index" ? Name
        : throw new ArgumentException($"A lunr field name cannot contain '/' nor be \"_index\": {Name}", nameof(Name));
}
