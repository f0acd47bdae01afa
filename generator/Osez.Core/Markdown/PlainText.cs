using System.Text;
using Markdig.Syntax.Inlines;

namespace Osez.Markdown;

/// <summary>The text of inline Markdown, without markup.</summary>
internal static class PlainText
{
    public static string Of(ContainerInline? container)
    {
        if (container is null)
            return string.Empty;
        var builder = new StringBuilder();
        Append(container, builder);
        return builder.ToString().Trim();
    }

    private static void Append(Inline inline, StringBuilder builder)
    {
        switch (inline)
        {
            case LiteralInline literal:
                builder.Append(literal.Content.AsSpan());
                break;
            case CodeInline code:
                builder.Append(code.Content);
                break;
            case LineBreakInline:
                builder.Append(' ');
                break;
            case Markdig.Extensions.SmartyPants.SmartyPant pant:
                builder.Append(pant.Type switch
                {
                    Markdig.Extensions.SmartyPants.SmartyPantType.LeftDoubleQuote or Markdig.Extensions.SmartyPants.SmartyPantType.LeftAngleQuote => "« ",
                    Markdig.Extensions.SmartyPants.SmartyPantType.RightDoubleQuote or Markdig.Extensions.SmartyPants.SmartyPantType.RightAngleQuote => " »",
                    Markdig.Extensions.SmartyPants.SmartyPantType.Ellipsis => "…",
                    Markdig.Extensions.SmartyPants.SmartyPantType.Dash2 => "–",
                    Markdig.Extensions.SmartyPants.SmartyPantType.Dash3 => "—",
                    _ => "’",
                });
                break;
            case ContainerInline container:
                for (var child = container.FirstChild; child is not null; child = child.NextSibling)
                    Append(child, builder);
                break;
        }
    }
}
