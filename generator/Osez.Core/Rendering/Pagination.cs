using Osez.Rendering.Views;

namespace Osez.Rendering;

/// <summary>Cuts a long list into pages of <see cref="PageSize"/> items.</summary>
public static class Pagination
{
    public const int PageSize = 50;

    public static int PageCount(int items) => Math.Max(1, (items + PageSize - 1) / PageSize);

    public static IEnumerable<(int Number, IReadOnlyList<T> Items)> Pages<T>(IReadOnlyList<T> items)
    {
        var count = PageCount(items.Count);
        for (var number = 1; number <= count; number++)
            yield return (number, items.Skip((number - 1) * PageSize).Take(PageSize).ToList());
    }

    /// <param name="urlOf">URL (from the site root) of a page number.</param>
    public static PaginationView View(int current, int total, Func<int, string> urlOf) => new(
        current,
        total,
        current > 1 ? urlOf(current - 1) : string.Empty,
        current < total ? urlOf(current + 1) : string.Empty,
        Enumerable.Range(1, total).Select(n => new PageNumberView(n, urlOf(n), n == current)).ToList());
}
