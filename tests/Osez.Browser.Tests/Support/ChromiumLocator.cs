namespace Osez.Browser.Tests.Support;

/// <summary>Finds a Chromium to drive: OSEZ_CHROMIUM, CHROMIUM_PATH, then the usual install paths.</summary>
public static class ChromiumLocator
{
    public const string Missing =
        "Chromium introuvable : installez-le (Debian/Ubuntu : sudo apt-get install chromium) ou indiquez son chemin dans la variable OSEZ_CHROMIUM.";

    private static readonly string[] Candidates =
    [
        "/usr/bin/chromium",
        "/usr/bin/chromium-browser",
        "/snap/bin/chromium",
        "/usr/bin/google-chrome",
        "/usr/bin/google-chrome-stable",
        "/Applications/Chromium.app/Contents/MacOS/Chromium",
        "/Applications/Google Chrome.app/Contents/MacOS/Google Chrome",
        @"C:\Program Files\Google\Chrome\Application\chrome.exe",
        @"C:\Program Files (x86)\Google\Chrome\Application\chrome.exe",
        @"C:\Program Files\Chromium\Application\chrome.exe",
    ];

    public static string? Find()
    {
        foreach (var variable in new[] { "OSEZ_CHROMIUM", "CHROMIUM_PATH" })
        {
            var value = Environment.GetEnvironmentVariable(variable);
            if (!string.IsNullOrWhiteSpace(value) && File.Exists(value))
                return value;
        }
        return Candidates.FirstOrDefault(File.Exists);
    }
}
