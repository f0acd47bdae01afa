using System.Diagnostics;
using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Osez.Browser.Tests.Support;

/// <summary>
/// Zotero's translation server (the engine of "Save to Zotero"), started with its <c>run.sh</c> for one test class
/// and stopped after it. It is not part of the repository: <see cref="Find"/> says where it is looked for.
/// </summary>
public sealed class ZoteroServer : IDisposable
{
    /// <summary>The variable naming the folder that holds the server's <c>run.sh</c>.</summary>
    public const string Variable = "OSEZ_ZOTERO";

    private static readonly HttpClient Http = new() { Timeout = TimeSpan.FromSeconds(90) };

    private readonly string _runScript;
    private readonly string _pid;

    private ZoteroServer(string runScript, string pid, int port)
    {
        _runScript = runScript;
        _pid = pid;
        BaseUrl = $"http://127.0.0.1:{port}/";
    }

    public string BaseUrl { get; }

    /// <summary>
    /// The folder holding <c>run.sh</c>: the one named by <see cref="Variable"/>, otherwise <c>shared/zotero</c> beside the
    /// repository (<c>../shared/zotero</c>) or beside the folder of its worktree (<c>../../shared/zotero</c>).
    /// </summary>
    public static string? Find()
    {
        var named = Environment.GetEnvironmentVariable(Variable);
        if (!string.IsNullOrWhiteSpace(named))
            return File.Exists(Path.Combine(named, "run.sh")) ? Path.GetFullPath(named) : null;
        foreach (var relative in new[] { "../shared/zotero", "../../shared/zotero" })
        {
            var folder = Path.GetFullPath(Path.Combine(Repository.Root, relative));
            if (File.Exists(Path.Combine(folder, "run.sh")))
                return folder;
        }
        return null;
    }

    /// <summary>Why the server cannot run here (said by the tests as they are skipped), or null when it can.</summary>
    public static string? Missing()
    {
        if (!OnPath("bash"))
            return "bash est introuvable (run.sh est un script bash) : les tests avec le serveur de traduction de Zotero sont ignorés.";
        if (!OnPath("node") || !OnPath("npm"))
            return "Node.js et npm sont introuvables : les tests avec le serveur de traduction de Zotero sont ignorés "
                + "(tests/tools/install.sh les installe).";
        if (Find() is null)
            return Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } named
                ? $"{Variable}={named} ne contient pas run.sh : les tests avec le serveur de traduction de Zotero sont ignorés."
                : $"Serveur de traduction de Zotero introuvable (ni {Variable}, ni ../shared/zotero, ni ../../shared/zotero à côté du dépôt) : "
                  + "les tests qui s'en servent sont ignorés. Indiquez le dossier de son run.sh dans la variable " + Variable + ".";
        return null;
    }

    /// <summary>Starts the server on a free port; it reaches no address but <paramref name="pagesHostPort"/>.</summary>
    public static async Task<ZoteroServer> StartAsync(string pagesHostPort)
    {
        var folder = Find() ?? throw new InvalidOperationException(Missing());
        var port = StaticServer.FreePort();
        var script = Path.Combine(folder, "run.sh");
        var start = new ProcessStartInfo("bash") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in new[] { script, "start", port.ToString(System.Globalization.CultureInfo.InvariantCulture), pagesHostPort })
            start.ArgumentList.Add(argument);
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        var pid = (await output).Trim();
        if (process.ExitCode != 0 || pid.Length == 0)
        {
            // run.sh gives the server 20 s to load its 748 translators; on a loaded machine it needs more, and goes on
            // starting after run.sh gave up. Wait for its port a while longer, and find its process by that port.
            if (await LateStartAsync(port) is { } late)
                pid = late;
            else
                throw new InvalidOperationException($"run.sh start a échoué ({process.ExitCode}) :\n{await errors}");
        }
        var server = new ZoteroServer(script, pid, port);
        // run.sh waits for "Listening on" in a log that another start could share: make sure this port answers.
        for (var attempt = 0; ; attempt++)
        {
            try
            {
                using var answer = await Http.GetAsync(server.BaseUrl);
                return server;
            }
            catch (HttpRequestException) when (attempt < 50)
            {
                await Task.Delay(200);
            }
        }
    }

    /// <summary>The process of a server that answers on <paramref name="port"/> within 90 s, or null.</summary>
    private static async Task<string?> LateStartAsync(int port)
    {
        for (var attempt = 0; attempt < 450; attempt++)
        {
            var start = new ProcessStartInfo("ss") { RedirectStandardOutput = true, UseShellExecute = false };
            foreach (var argument in new[] { "-Hltnp", $"sport = :{port}" })
                start.ArgumentList.Add(argument);
            Process listing;
            try
            {
                listing = Process.Start(start)!;
            }
            catch (System.ComponentModel.Win32Exception)
            {
                return null; // no ss (iproute2): only run.sh's own wait counts
            }
            using (listing)
            {
                var text = await listing.StandardOutput.ReadToEndAsync();
                await listing.WaitForExitAsync();
                if (System.Text.RegularExpressions.Regex.Match(text, @"pid=(\d+)") is { Success: true } found)
                    return found.Groups[1].Value;
            }
            await Task.Delay(200);
        }
        return null;
    }

    /// <summary>What "Save to Zotero" makes of a page: its status (200, or 300 for a choice) and the JSON answer.</summary>
    public async Task<(HttpStatusCode Status, JsonNode? Json)> WebAsync(string pageUrl)
    {
        using var content = new StringContent(pageUrl, Encoding.UTF8, "text/plain");
        return await PostAsync("web", content);
    }

    /// <summary>Answers a 300: <paramref name="choice"/> with only the chosen entries left in its <c>items</c>.</summary>
    public async Task<JsonArray> ChooseAsync(JsonObject choice)
    {
        using var content = new StringContent(choice.ToJsonString(), Encoding.UTF8, "application/json");
        var (status, json) = await PostAsync("web", content);
        Assert.True(status == HttpStatusCode.OK, $"choix : {(int)status} {json}");
        return json!.AsArray();
    }

    /// <summary>The items Zotero imports from a RIS, BibTeX or CSL-JSON file.</summary>
    public async Task<JsonArray> ImportAsync(string file)
    {
        using var content = new ByteArrayContent(await File.ReadAllBytesAsync(file));
        content.Headers.ContentType = new("text/plain") { CharSet = "utf-8" };
        var (status, json) = await PostAsync("import", content);
        Assert.True(status == HttpStatusCode.OK, $"import de {Path.GetFileName(file)} : {(int)status} {json}");
        return json!.AsArray();
    }

    private async Task<(HttpStatusCode, JsonNode?)> PostAsync(string endpoint, HttpContent content)
    {
        using var response = await Http.PostAsync(BaseUrl + endpoint, content);
        var text = await response.Content.ReadAsStringAsync();
        JsonNode? json;
        try
        {
            json = JsonNode.Parse(text);
        }
        catch (JsonException)
        {
            json = JsonValue.Create(text);
        }
        return (response.StatusCode, json);
    }

    public void Dispose()
    {
        using var stop = Process.Start(new ProcessStartInfo("bash", [_runScript, "stop", _pid]) { UseShellExecute = false });
        stop?.WaitForExit(10_000);
    }

    private static bool OnPath(string command)
        => (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Any(directory => File.Exists(Path.Combine(directory, command)) || File.Exists(Path.Combine(directory, command + ".exe")));
}
