using System.Diagnostics;
using System.Text;
using System.Text.RegularExpressions;

namespace Osez.Tests.Support;

/// <summary>
/// A program run in a real terminal (a pseudo-terminal made by util-linux's <c>script</c>), driven as a person drives
/// it: wait until a text is on the screen, then type. Nothing waits a fixed time: each step waits for its text, with a
/// generous limit that only a broken program reaches (the screen is then in the failure message).
/// </summary>
internal sealed partial class TerminalSession : IDisposable
{
    private static readonly TimeSpan Limit = TimeSpan.FromSeconds(90);

    private readonly Process _process;
    private readonly StringBuilder _raw = new();
    private readonly SemaphoreSlim _changed = new(0);
    private readonly Task _reading;
    private int _seen; // where the next WaitFor starts looking, in the screen's text

    private TerminalSession(Process process)
    {
        _process = process;
        _reading = Task.Run(ReadAsync);
    }

    /// <summary>Starts <c>dotnet osez.dll</c> with these arguments in a wide terminal (so that no line is wrapped).</summary>
    public static TerminalSession StartCli(params string[] args)
    {
        var cli = Path.Combine(AppContext.BaseDirectory, "osez.dll");
        var command = "stty cols 1000 rows 50; exec dotnet " + string.Join(' ', new[] { cli }.Concat(args).Select(Quote));
        var start = new ProcessStartInfo("script")
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = new UTF8Encoding(false),
        };
        // -e: the program's exit code; -f: the screen is passed on as it is written.
        foreach (var arg in new[] { "-qfec", command, "/dev/null" })
            start.ArgumentList.Add(arg);
        start.Environment.Remove("OSEZ_SCRIPT");
        start.Environment.Remove("OSEZ_PROJET");
        return new TerminalSession(Process.Start(start)!);
    }

    /// <summary>The screen so far, without colours and with the terminal's line ends as "\n".</summary>
    public string Screen
    {
        get
        {
            lock (_raw)
                return Ansi().Replace(_raw.ToString(), string.Empty).Replace("\r\n", "\n", StringComparison.Ordinal).Replace("\r", string.Empty, StringComparison.Ordinal);
        }
    }

    /// <summary>The screen since the previous <see cref="WaitFor"/> found its text.</summary>
    public string Since(int position) => Screen[Math.Min(position, Screen.Length)..];

    public int Position => _seen;

    /// <summary>Waits until <paramref name="text"/> is on the screen after what was already waited for.</summary>
    public async Task WaitFor(string text)
    {
        var until = DateTime.UtcNow + Limit;
        while (true)
        {
            var screen = Screen;
            var found = screen.IndexOf(text, Math.Min(_seen, screen.Length), StringComparison.Ordinal);
            if (found >= 0)
            {
                _seen = found + text.Length;
                return;
            }
            if (_reading.IsCompleted && _process.HasExited)
                Assert.Fail($"The program ended before showing « {text} ». Screen:\n{screen}");
            if (DateTime.UtcNow > until)
                Assert.Fail($"« {text} » never showed. Screen:\n{screen}");
            await _changed.WaitAsync(TimeSpan.FromSeconds(1));
        }
    }

    /// <summary>Types a line and Enter.</summary>
    public Task Type(string line) => Send(line + "\r");

    /// <summary>Ctrl+C: the terminal turns it into an interruption of the program.</summary>
    public Task PressCtrlC() => Send("\u0003");

    private async Task Send(string keys)
    {
        await _process.StandardInput.WriteAsync(keys);
        await _process.StandardInput.FlushAsync();
    }

    /// <summary>Waits for the program to end and gives its exit code.</summary>
    public async Task<int> Exit()
    {
        using var timeout = new CancellationTokenSource(Limit);
        await _process.WaitForExitAsync(timeout.Token);
        await _reading;
        return _process.ExitCode;
    }

    private async Task ReadAsync()
    {
        var buffer = new char[4096];
        int read;
        while ((read = await _process.StandardOutput.ReadAsync(buffer)) > 0)
        {
            lock (_raw)
                _raw.Append(buffer, 0, read);
            _changed.Release();
        }
        _changed.Release();
    }

    private static string Quote(string arg) => "'" + arg.Replace("'", "'\\''", StringComparison.Ordinal) + "'";

    public void Dispose()
    {
        if (!_process.HasExited)
            _process.Kill(entireProcessTree: true);
        _process.Dispose();
    }

    [GeneratedRegex(@"\x1b(\[[0-9;?]*[A-Za-z]|[=>]|\][^\x07]*\x07)")]
    private static partial Regex Ansi();
}
