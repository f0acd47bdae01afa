using System.Text;
using Markdig.Syntax.Inlines;

namespace Osez.Markdown;

/// <summary>The text of inline Markdown (a heading's title), without markup: the same words the search index reads.</summary>
internal static class PlainText
{
    public static string Of(ContainerInline? container)
    {
        if (container is null)
            return string.Empty;
        var builder = new StringBuilder();
        MarkdownText.Append(container, builder);
        return builder.ToString().Trim();
    }
}
