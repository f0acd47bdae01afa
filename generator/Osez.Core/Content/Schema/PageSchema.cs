namespace Osez.Content.Schema;

/// <summary>The front matter of a free page (<c>content/pages/</c>: à propos, charte...).</summary>
public static class PageSchema
{
    public static Field Title { get; } = CommonFields.Title;

    public static Field Summary { get; } = CommonFields.Summary;

    public static Field Order { get; } = CommonFields.Order;

    public static IReadOnlyList<Field> Fields { get; } = [Title, Summary, Order, CommonFields.AcceptedPassages];
}
