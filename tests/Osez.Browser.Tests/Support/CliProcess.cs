using System.Diagnostics;
using System.Text;

namespace Osez.Browser.Tests.Support;

/// <summary>The command line (osez.dll, copied beside the tests) run as a separate process, its output collected line by line.</summary>
public sealed class CliProcess : IDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _output = new();
    private readonly object _lock = new();

    private CliProcess(Process process)
    {
        _process = process;
        _process.OutputDataReceived += (_, e) => Append(e.Data);
        _process.ErrorDataReceived += (_, e) => Append(e.Data);
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
    }

    public static CliProcess Start(params string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
            WorkingDirectory = Repository.Root,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "osez.dll"));
        foreach (var arg in args)
            start.ArgumentList.Add(arg);
        return new CliProcess(Process.Start(start)!);
    }

    public int Id => _process.Id;

    public string Output
    {
        get
        {
            lock (_lock)
                return _output.ToString();
        }
    }

    /// <summary>Waits for a line of output that contains <paramref name="text"/> and returns it.</summary>
    public async Task<string> WaitForLineAsync(string text, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (DateTime.UtcNow < deadline)
        {
            var line = Output.Split('\n').FirstOrDefault(l => l.Contains(text, StringComparison.Ordinal));
            if (line is not null)
                return line.Trim();
            if (_process.HasExited)
                break;
            await Task.Delay(50);
        }
        throw new TimeoutException($"« {text} » not printed. Output so far:\n{Output}");
    }

    /// <summary>Sends the signal Ctrl+C sends. A job started in the background by a non-interactive shell
    /// inherits SIGINT as ignored (POSIX): there, send SIGTERM, which the command line handles the same way.</summary>
    public void Interrupt()
    {
        const int SigInt = 2, SigTerm = 15;
        Assert.Equal(0, Kill(_process.Id, IgnoresSigint(_process.Id) ? SigTerm : SigInt));
    }

    [System.Runtime.InteropServices.DllImport("libc", EntryPoint = "kill", SetLastError = true)]
    private static extern int Kill(int pid, int signal);

    public async Task<bool> WaitForExitAsync(TimeSpan timeout)
    {
        using var cancel = new CancellationTokenSource(timeout);
        try
        {
            await _process.WaitForExitAsync(cancel.Token);
            return true;
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }

    public int ExitCode => _process.ExitCode;

    private static bool IgnoresSigint(int pid)
    {
        var status = $"/proc/{pid}/status";
        if (!File.Exists(status))
            return false;
        var line = File.ReadLines(status).FirstOrDefault(l => l.StartsWith("SigIgn:", StringComparison.Ordinal));
        return line is not null && (Convert.ToUInt64(line["SigIgn:".Length..].Trim(), 16) & 0x2) != 0;
    }

    private void Append(string? line)
    {
        if (line is null)
            return;
        lock (_lock)
            _output.Append(line).Append('\n');
    }

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            _process.WaitForExit(5000);
        }
        _process.Dispose();
    }
}
