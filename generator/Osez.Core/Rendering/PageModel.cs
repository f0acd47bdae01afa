using Osez.Rendering.Views;
using Scriban.Runtime;

namespace Osez.Rendering;

/// <summary>The model every page starts from: its <see cref="PageView"/>, and nothing yet for the head.</summary>
public static class PageModel
{
    public static ScriptObject Of(PageView page) => new() { ["page"] = page, ["head"] = string.Empty };
}
