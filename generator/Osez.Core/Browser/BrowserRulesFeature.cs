using Osez.Features;
using Osez.Rendering;

namespace Osez.Browser;

/// <summary>The rules the pages' scripts apply, written by every build into <see cref="RulesScript.Path"/>.</summary>
public sealed class BrowserRulesFeature : ISiteFeature
{
    public void Register(SiteParts site)
        => site.AddAsset(new GeneratedAsset(RulesScript.Path, () => RulesScript.Memory, "règles du générateur"));
}
