namespace Osez.Content;

/// <summary>A content file cut into its YAML front matter and its Markdown body.</summary>
/// <param name="Yaml">The front matter, without its "---" lines.</param>
/// <param name="YamlFirstLine">File line number of the first front-matter line.</param>
/// <param name="Body">The Markdown body.</param>
/// <param name="BodyFirstLine">File line number of the first body line.</param>
public sealed record FrontMatterSplit(string Yaml, int YamlFirstLine, string Body, int BodyFirstLine);
