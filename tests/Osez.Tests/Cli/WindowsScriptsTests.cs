using System.Text.RegularExpressions;
using Osez.Tests.Support;

namespace Osez.Tests.Cli;

/// <summary>
/// build.cmd and test.cmd cannot run here (no Windows): they are read, and each behaviour build.sh and test.sh have is
/// looked for in them, so that a change to one pair that forgets the other fails here.
/// </summary>
public sealed partial class WindowsScriptsTests
{
    private static string Script(string name) => File.ReadAllText(Path.Combine(Repository.Root, name));

    /// <summary>The script's commands: lines that are neither empty nor comments, without their line ends.</summary>
    private static List<string> Commands(string script)
        => [.. script.Split("\r\n").Select(l => l.Trim()).Where(l => l.Length > 0 && !l.StartsWith("rem ", StringComparison.OrdinalIgnoreCase) && l != "rem")];

    public static TheoryData<string> Scripts() => new(["build.cmd", "test.cmd"]);

    [Theory]
    [MemberData(nameof(Scripts))]
    public void Each_script_is_read_by_cmd_as_written(string name)
    {
        var script = Script(name);
        // cmd finds labels and block ends reliably only with Windows line ends (.gitattributes gives them on checkout).
        Assert.DoesNotMatch(@"(?<!\r)\n", script);
        Assert.StartsWith("@echo off\r\n", script);
        // The messages are UTF-8: the console is switched to UTF-8 before the first message, and no BOM (cmd would read it as a command).
        Assert.False(script.StartsWith('\uFEFF'));
        var commands = Commands(script);
        var utf8 = commands.FindIndex(c => c.StartsWith("chcp 65001", StringComparison.Ordinal));
        Assert.True(utf8 >= 0, $"{name}: chcp 65001");
        Assert.DoesNotContain(commands.Take(utf8), c => c.Any(ch => ch > 127));
    }

    [Theory]
    [MemberData(nameof(Scripts))]
    public void Each_script_works_from_any_folder_and_with_spaces_in_the_path(string name)
    {
        var script = Script(name);
        Assert.Contains("%~dp0", script);
        Assert.Contains("setlocal", script);
        // Every path built from the script's folder, the temporary folder or a variable holding them is quoted.
        foreach (var line in Commands(script))
            foreach (Match path in PathVariable().Matches(line))
                Assert.True(line[..path.Index].Count(c => c == '"') % 2 == 1, $"{name}: « {path.Value} » not in quotes in: {line}");
    }

    [Fact]
    public void Build_cmd_compiles_once_and_runs_the_compiled_program_like_build_sh()
    {
        var script = Script("build.cmd");
        var commands = Commands(script);
        Assert.DoesNotContain(commands, c => c.Contains("dotnet run", StringComparison.OrdinalIgnoreCase));
        // The same compiled program as build.sh, compiled by the same command, and its stamp.
        Assert.Contains(@"set ""BIN=%HERE%generator\Osez.Cli\bin\Release\net10.0""", commands);
        Assert.Contains(@"set ""STAMP=%BIN%\.compile-stamp""", commands);
        Assert.Contains(commands, c => c.StartsWith(@"dotnet build ""%HERE%generator\Osez.Cli"" -c Release -nologo -v quiet > ""%LOG%"" 2>&1", StringComparison.Ordinal));
        // Compiled when the program is missing, when there is no stamp, or when the sources differ from the stamp.
        Assert.Contains(@"if not exist ""%BIN%\osez.dll"" goto compile", commands);
        Assert.Contains(@"if not exist ""%STAMP%"" goto compile", commands);
        var compare = commands.IndexOf(@"fc /b ""%SOURCES%"" ""%STAMP%"" >nul 2>nul");
        Assert.True(compare >= 0);
        Assert.Equal("if errorlevel 1 goto compile", commands[compare + 1]);
        // The sources are the generator's files, bin and obj set aside, and the two files at the root build.sh watches.
        Assert.Contains(commands, c => c.Contains(@"dir /s /b /a:-d ""%HERE%generator"" ^| findstr /v /i ""\\bin\\ \\obj\\""", StringComparison.Ordinal));
        Assert.Contains(commands, c => c.Contains(@"""%HERE%Directory.Build.props"" ""%HERE%global.json""", StringComparison.Ordinal));
        // The stamp is replaced only after a compilation that succeeded; a failed one shows the compiler's messages and stops.
        var build = commands.FindIndex(c => c.StartsWith("dotnet build", StringComparison.Ordinal));
        var stamp = commands.IndexOf(@"move /y ""%SOURCES%"" ""%STAMP%"" >nul");
        Assert.True(stamp > build);
        Assert.Equal("if errorlevel 1 (", commands[build + 1]);
        Assert.Equal(@"type ""%LOG%"" 1>&2", commands[build + 2]);
        Assert.Contains("exit /b 2", commands.Skip(build).Take(stamp - build));
    }

    [Fact]
    public void Build_cmd_says_what_build_sh_says()
    {
        var sh = Script("build.sh");
        var cmd = Script("build.cmd").Replace("^(", "(", StringComparison.Ordinal).Replace("^)", ")", StringComparison.Ordinal);
        // The first-run message, the recompilation message, the failed compilation and the missing SDK: same words.
        foreach (var message in new[]
        {
            "Première utilisation : compilation du générateur (une à deux minutes, une seule fois)...",
            "Le générateur a changé : nouvelle compilation (jusqu'à une minute)...",
            "La compilation du générateur a échoué (messages ci-dessus) : rien n'a été fait.",
            "Le SDK .NET est introuvable (commande « dotnet ») : installez le SDK .NET 10 (https://dotnet.microsoft.com/download), puis relancez ",
        })
        {
            Assert.Contains(message, sh);
            Assert.Contains(message, cmd);
        }
        // Messages about the compilation go to the error output, as build.sh's, so that `check --format json` stays clean.
        foreach (var line in Commands(Script("build.cmd")).Where(c => c.StartsWith("echo ", StringComparison.Ordinal)))
            Assert.EndsWith("1>&2", line);
    }

    [Fact]
    public void Build_cmd_runs_the_generator_last_so_that_ctrl_c_meets_no_question()
    {
        var commands = Commands(Script("build.cmd"));
        // « goto » without a label ends the script; the rest of the line, read already, runs outside it: Ctrl+C in serve then
        // stops the generator, and cmd has no script left to ask « Terminer le programme de commandes (O/N) ? » about.
        var last = commands[^1];
        Assert.StartsWith("goto 2>nul & ", last);
        Assert.EndsWith(@"& ""dotnet"" ""%BIN%\osez.dll"" %VERB% %*", last);
        // The name the person types (PowerShell needs .\), and where the project is for the folders not named.
        Assert.Contains(@"set ""OSEZ_SCRIPT=.\build.cmd""", last);
        Assert.Contains(@"set ""OSEZ_PROJET=%HERE%""", last);
        Assert.Single(commands, c => c.Contains("osez.dll\"", StringComparison.Ordinal) && c.Contains("\"dotnet\"", StringComparison.Ordinal));
        // « build » when no command is given or when the first word is an option, as build.sh does.
        Assert.Contains(@"if ""%FIRST%""=="""" set ""VERB=build""", commands);
        Assert.Contains(@"if ""%FIRST:~0,1%""==""-"" set ""VERB=build""", commands);
        foreach (var own in new[] { "--help", "-h", "-?", "/?", "--version" })
            Assert.Contains($@"if ""%FIRST%""==""{own}"" goto verb_known", commands);
    }

    [Fact]
    public void Test_cmd_installs_what_is_missing_and_ends_with_the_line_test_sh_ends_with()
    {
        var commands = Commands(Script("test.cmd"));
        Assert.Contains(@"cd /d ""%~dp0""", commands);
        // Tools installed when missing (winget, as test.sh uses apt-get), then a new window asked for.
        Assert.Contains(commands, c => c.Contains("call :install OpenJS.NodeJS.LTS", StringComparison.Ordinal));
        Assert.Contains(commands, c => c.Contains("call :install Google.Chrome", StringComparison.Ordinal));
        Assert.Contains(commands, c => c.StartsWith("winget install --id %~1 --exact", StringComparison.Ordinal));
        // The JavaScript tools: installed when missing or when the lock file changed; a failed npm ci stops with a message.
        Assert.Contains(@"if not exist ""tests\node\node_modules\.package-lock.json"" set ""REINSTALL=1""", commands);
        var lockCompare = commands.IndexOf(@"fc /b ""tests\node\package-lock.json"" ""tests\node\node_modules\.osez-lock"" >nul 2>nul");
        Assert.True(lockCompare >= 0);
        Assert.Equal(@"if errorlevel 1 set ""REINSTALL=1""", commands[lockCompare + 1]);
        var npm = commands.FindIndex(c => c.StartsWith("call npm ci --prefix tests\\node", StringComparison.Ordinal));
        Assert.True(npm > lockCompare);
        Assert.Equal("if errorlevel 1 (", commands[npm + 1]);
        Assert.StartsWith("echo L'installation des outils JavaScript des tests a échoué", commands[npm + 2]);
        Assert.Equal("echo 0 passed, 1 failed", commands[npm + 3]);
        Assert.Equal("exit /b 2", commands[npm + 4]);
        Assert.Contains(@"copy /y ""tests\node\package-lock.json"" ""tests\node\node_modules\.osez-lock"" >nul", commands.Skip(npm));
        // The tests, their output shown and kept, and the closing line read from the summary as test.sh reads it.
        var run = commands.FindIndex(c => c.StartsWith("dotnet test --solution Osez.slnx %*", StringComparison.Ordinal));
        Assert.True(run > npm);
        Assert.Contains("Tee-Object -Variable lines", commands[run]);
        // Written as UTF-8 for findstr (Tee-Object -FilePath of Windows PowerShell 5.1 writes UTF-16, which findstr cannot read).
        Assert.Contains("Set-Content -LiteralPath $env:LOG -Encoding UTF8", commands[run]);
        Assert.DoesNotContain("-FilePath", commands[run]);
        Assert.Contains(commands.Skip(run), c => c.Contains(@"findstr /r /c:""^ *succeeded: *[0-9]""", StringComparison.Ordinal));
        Assert.Contains(commands.Skip(run), c => c.Contains(@"findstr /r /c:""^ *failed: *[0-9]""", StringComparison.Ordinal));
        Assert.Contains("echo %PASSED% passed, %FAILED% failed", commands.Skip(run));
        Assert.Contains("exit /b %STATUS%", commands.Skip(run));
        // Every early stop still ends with the closing line.
        foreach (var (exit, index) in commands.Select((c, i) => (c, i)).Where(x => x.c.StartsWith("exit /b 2", StringComparison.Ordinal) || x.c == "exit /b 1"))
            Assert.True(commands[index - 1] == "echo 0 passed, 1 failed" || commands.Take(index).Last(c => c.StartsWith(':')) == ":install",
                $"test.cmd: « {exit} » at command {index} without the closing line");
        var sh = Script("test.sh");
        Assert.Contains(@"echo ""${passed:-0} passed, ${failed:-0} failed""", sh);
    }

    [GeneratedRegex(@"%(~dp0|HERE|BIN|STAMP|SOURCES|LOG|TEMP|OSEZ_CHROMIUM|ZOTERO)%")]
    private static partial Regex PathVariable();
}
