using System.Globalization;
using System.Text;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;
using Osez.Tests.Support;

namespace Osez.Tests.Robustness.Attacks;

/// <summary>
/// One way in for a hostile value: a field of a file of the attacked site (or every field of the theme's
/// texts at once), with the file's path as diagnostics name it.
/// </summary>
public sealed record Channel(string Name, string DisplayPath, bool InTemplates, Func<string, Payload, string> Apply)
{
    public override string ToString() => Name;
}

/// <summary>
/// The channels of the attacked site (tests/fixtures/attacks/content) and of the theme's texts: every scalar
/// of every YAML header or file, and every body. Read from the files, so a field added there is attacked.
/// </summary>
public static class AttackChannels
{
    public static string Content => Path.Combine(AttackCatalogue.Folder, "content");

    public static IReadOnlyList<Channel> All { get; } = Discover();

    private static List<Channel> Discover()
    {
        var channels = new List<Channel>();
        channels.AddRange(FromFrontMatter("fiche", "fiches/cible.md"));
        channels.AddRange(FromFrontMatter("page", "pages/a-propos.md"));
        channels.AddRange(FromFrontMatter("parcours", "parcours/parcours-cible.md"));
        channels.AddRange(FromYaml("site", "site.yml"));
        channels.AddRange(FromYaml("vocabulaire", "vocabulaires/thematiques.yml"));
        channels.Add(new Channel("textes:*", "templates/strings/fr.yml", InTemplates: true,
            (text, payload) => Splice(text, 0, Leaves(text, 0).ToList(), payload)));
        return channels;
    }

    private static IEnumerable<Channel> FromFrontMatter(string kind, string relative)
    {
        var text = File.ReadAllText(Path.Combine(Content, relative));
        var end = text.IndexOf("\n---\n", 4, StringComparison.Ordinal);
        foreach (var leaf in Leaves(text[4..(end + 1)], 4))
            yield return new Channel($"{kind}:{leaf.Path}", "content/" + relative, InTemplates: false,
                (source, payload) => Splice(source, 0, [leaf], payload));
        yield return new Channel($"{kind}:corps", "content/" + relative, InTemplates: false,
            (source, payload) => source.TrimEnd('\n') + "\n\nUn paragraphe ajouté " + payload.Text + "\n");
    }

    private static IEnumerable<Channel> FromYaml(string kind, string relative)
        => Leaves(File.ReadAllText(Path.Combine(Content, relative)), 0)
            .Select(leaf => new Channel($"{kind}:{leaf.Path}", "content/" + relative, InTemplates: false,
                (source, payload) => Splice(source, 0, [leaf], payload)));

    public sealed record Leaf(string Path, int Start, int End, string Value);

    /// <summary>Every scalar of a YAML text, with its place (offsets counted from <paramref name="offset"/>).</summary>
    public static IEnumerable<Leaf> Leaves(string yaml, int offset)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(yaml));
        var leaves = new List<Leaf>();
        Walk(stream.Documents[0].RootNode, string.Empty, offset, leaves);
        return leaves;
    }

    private static void Walk(YamlNode node, string path, int offset, List<Leaf> leaves)
    {
        switch (node)
        {
            case YamlScalarNode scalar:
                leaves.Add(new Leaf(path, offset + (int)scalar.Start.Index, offset + (int)scalar.End.Index, scalar.Value ?? string.Empty));
                break;
            case YamlMappingNode map:
                foreach (var (key, value) in map.Children)
                    Walk(value, path.Length == 0 ? ((YamlScalarNode)key).Value! : $"{path}.{((YamlScalarNode)key).Value}", offset, leaves);
                break;
            case YamlSequenceNode sequence:
                for (var i = 0; i < sequence.Children.Count; i++)
                    Walk(sequence.Children[i], $"{path}[{i}]", offset, leaves);
                break;
        }
    }

    /// <summary>Writes the payload in place of each leaf, as a double-quoted YAML scalar (last leaf first, so offsets hold).</summary>
    private static string Splice(string text, int _, IReadOnlyList<Leaf> leaves, Payload payload)
    {
        var builder = new StringBuilder(text);
        foreach (var leaf in leaves.OrderByDescending(l => l.Start))
        {
            var value = payload.ReplacesValue ? payload.Text : leaf.Value + " " + payload.Text;
            // A block scalar's place ends after its line break, which the next key needs.
            var replaced = text[leaf.Start..leaf.End];
            var lineBreaks = replaced[replaced.TrimEnd('\n').Length..];
            builder.Remove(leaf.Start, leaf.End - leaf.Start).Insert(leaf.Start, Quoted(value) + lineBreaks);
        }
        return builder.ToString();
    }

    private static string Quoted(string value)
    {
        var builder = new StringBuilder("\"");
        foreach (var c in value)
        {
            builder.Append(c switch
            {
                '"' => "\\\"",
                '\\' => "\\\\",
                '\n' => "\\n",
                '\t' => "\\t",
                _ when char.IsControl(c) || c is '\uFFFE' or '\uFFFF' => "\\u" + ((int)c).ToString("X4", CultureInfo.InvariantCulture),
                _ => c.ToString(),
            });
        }
        return builder.Append('"').ToString();
    }
}
