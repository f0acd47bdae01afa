using System.Text.RegularExpressions;
using Osez.Cli;
using Osez.Contributing;
using Osez.Tests.Support;
using YamlDotNet.RepresentationModel;

namespace Osez.Tests.Contributing;

/// <summary>The forge files: the workflow, the templates and the contributor guide, read as the forge would.</summary>
public sealed partial class ForgeFilesTests
{
    private static string RepoFile(string relative) => Path.Combine(Repository.Root, relative.Replace('/', Path.DirectorySeparatorChar));

    private static YamlMappingNode LoadYaml(string relative)
    {
        var stream = new YamlStream();
        using var reader = new StringReader(File.ReadAllText(RepoFile(relative)));
        stream.Load(reader); // throws on a syntax error
        return Assert.IsType<YamlMappingNode>(Assert.Single(stream.Documents).RootNode);
    }

    private static YamlNode At(YamlNode node, params string[] keys)
    {
        foreach (var key in keys)
        {
            var map = Assert.IsType<YamlMappingNode>(node);
            Assert.True(map.Children.ContainsKey(key), $"missing key {key}");
            node = map.Children[key];
        }
        return node;
    }

    private static string Text(YamlNode node) => Assert.IsType<YamlScalarNode>(node).Value ?? string.Empty;

    /// <summary>Every "./build.sh ..." line of a shell snippet, as the arguments the script hands to the generator.</summary>
    private static IEnumerable<string[]> BuildScriptCalls(string script)
    {
        foreach (var raw in script.Split('\n'))
        {
            var line = raw.Split('#')[0].Trim();
            if (!line.StartsWith("./build.sh", StringComparison.Ordinal))
                continue;
            var args = line["./build.sh".Length..].Split(' ', StringSplitOptions.RemoveEmptyEntries);
            // build.sh: no command, or an option first, means "build".
            yield return args.Length == 0 || args[0].StartsWith('-') ? ["build", .. args] : args;
        }
    }

    [Fact]
    public void The_workflow_checks_every_pull_request_with_annotations_then_builds_and_publishes_main()
    {
        var workflow = LoadYaml(".github/workflows/site.yml");
        var on = Assert.IsType<YamlMappingNode>(At(workflow, "on"));
        Assert.True(on.Children.ContainsKey("pull_request"));
        Assert.Equal("main", Text(Assert.Single(Assert.IsType<YamlSequenceNode>(At(on, "push", "branches")).Children)));
        Assert.Equal("read", Text(At(workflow, "permissions", "contents")));

        var steps = Assert.IsType<YamlSequenceNode>(At(workflow, "jobs", "verifier", "steps")).Children.Cast<YamlMappingNode>().ToList();
        var runs = steps.Where(s => s.Children.ContainsKey("run")).Select(s => Text(s.Children["run"])).ToList();
        Assert.Equal(["./build.sh check --format github", "./build.sh"], runs);
        YamlMappingNode Uses(string action) => steps.Single(s => s.Children.TryGetValue("uses", out var u) && Text(u).StartsWith(action + "@", StringComparison.Ordinal));
        Assert.Equal("global.json", Text(At(Uses("actions/setup-dotnet"), "with", "global-json-file")));
        var upload = Uses("actions/upload-pages-artifact");
        Assert.Equal("output", Text(At(upload, "with", "path")));
        Assert.Contains("refs/heads/main", Text(At(upload, "if")));

        var publish = At(workflow, "jobs", "publier");
        Assert.Equal("verifier", Text(At(publish, "needs")));
        Assert.Contains("refs/heads/main", Text(At(publish, "if")));
        Assert.Contains("pull_request", Text(At(publish, "if")));
        Assert.Equal("write", Text(At(publish, "permissions", "pages")));
        Assert.Equal("write", Text(At(publish, "permissions", "id-token")));
        Assert.Equal("github-pages", Text(At(publish, "environment", "name")));
        Assert.Contains(Assert.IsType<YamlSequenceNode>(At(publish, "steps")).Children, s => Text(At(s, "uses")).StartsWith("actions/deploy-pages@v", StringComparison.Ordinal));

        // Every action is pinned to a major version.
        foreach (var uses in Regex.Matches(File.ReadAllText(RepoFile(".github/workflows/site.yml")), @"uses:\s*(\S+)").Select(m => m.Groups[1].Value))
            Assert.Matches(@"^[\w-]+/[\w-]+@v\d+$", uses);
    }

    /// <summary>Every workflow of the repository: each is validated.</summary>
    public static TheoryData<string> WorkflowFiles => new("proposition.yml", "site.yml");

    [Theory]
    [MemberData(nameof(WorkflowFiles))]
    public void The_workflow_passes_the_schema_validator_which_catches_a_misspelt_key(string name)
    {
        var path = RepoFile(".github/workflows/" + name);
        var (code, output) = ActionValidator(path);
        Assert.True(code == 0, output);

        using var folder = new TempFolder();
        var broken = folder.Combine(name);
        File.WriteAllText(broken, File.ReadAllText(path).Replace("runs-on:", "runs-onn:", StringComparison.Ordinal));
        var (brokenCode, brokenOutput) = ActionValidator(broken);
        Assert.Equal(1, brokenCode);
        Assert.Contains("Additional property 'runs-onn' is not allowed", brokenOutput);
    }

    [Fact]
    public void Every_workflow_file_is_validated()
    {
        Assert.Equal(Directory.GetFiles(RepoFile(".github/workflows")).Select(f => Path.GetFileName(f)!).Order(StringComparer.Ordinal), WorkflowFiles.Select(r => r.Data));
    }

    /// <summary>The words of a shell line, quotes removed (enough for the lines these files hold).</summary>
    private static List<string> ShellWords(string line)
    {
        var words = new List<string>();
        var word = new System.Text.StringBuilder();
        var quote = '\0';
        var any = false;
        foreach (var c in line)
        {
            if (quote != '\0')
            {
                if (c == quote)
                    quote = '\0';
                else
                    word.Append(c);
            }
            else if (c is '"' or '\'')
            {
                quote = c;
                any = true;
            }
            else if (c == ' ')
            {
                if (word.Length > 0 || any)
                    words.Add(word.ToString());
                word.Clear();
                any = false;
            }
            else
                word.Append(c);
        }
        if (word.Length > 0 || any)
            words.Add(word.ToString());
        return words;
    }

    /// <summary>The arguments of the one « ./build.sh recevoir » line of a script, up to a redirection.</summary>
    private static string[] ReceiveCall(string script)
    {
        var line = Assert.Single(script.Split('\n').Select(l => l.Trim()), l => l.StartsWith("./build.sh recevoir ", StringComparison.Ordinal));
        return [.. ShellWords(line)[1..].TakeWhile(w => !w.StartsWith('>') && w != "2>&1")];
    }

    [Fact]
    public void The_proposal_workflow_runs_recevoir_as_the_tests_do_with_the_issue_passed_by_environment_only()
    {
        var text = File.ReadAllText(RepoFile(".github/workflows/proposition.yml"));
        var workflow = LoadYaml(".github/workflows/proposition.yml");
        var types = Assert.IsType<YamlSequenceNode>(At(workflow, "on", "issues", "types")).Children.Select(Text).ToList();
        Assert.Equal(["opened", "edited", "labeled"], types);
        var permissions = Assert.IsType<YamlMappingNode>(At(workflow, "permissions")).Children.ToDictionary(p => Text(p.Key), p => Text(p.Value));
        Assert.Equal(new Dictionary<string, string> { ["contents"] = "write", ["pull-requests"] = "write", ["issues"] = "write" }, permissions);
        Assert.Contains("proposition de fiche", Text(At(workflow, "jobs", "recevoir", "if")));

        var steps = Assert.IsType<YamlSequenceNode>(At(workflow, "jobs", "recevoir", "steps")).Children.Cast<YamlMappingNode>().ToList();
        var runs = steps.Where(s => s.Children.ContainsKey("run")).Select(s => Text(s.Children["run"])).ToList();
        // Nothing from the event is written into a script: the issue's text and title reach it as environment variables.
        foreach (var run in runs)
            Assert.DoesNotContain("${{", run);
        Assert.Contains("${{ github.event.issue.body }}", Text(At(steps.Single(s => s.Children.TryGetValue("env", out var env) && ((YamlMappingNode)env).Children.ContainsKey("CORPS")), "env", "CORPS")));
        var write = runs.Single(r => r.Contains("$CORPS", StringComparison.Ordinal));
        Assert.Equal("printf '%s' \"$CORPS\" > \"$RUNNER_TEMP/proposition.md\"", write.Trim());

        var call = ReceiveCall(runs.Single(r => r.Split('\n').Any(l => l.Trim().StartsWith("./build.sh recevoir ", StringComparison.Ordinal))));
        Assert.Equal(ReceiveCommandTests.WorkflowCommand("$RUNNER_TEMP/proposition.md", "$NUMERO"), call);
        Assert.Empty(CliApp.UsageErrors(ReceiveCommandTests.WorkflowCommand("proposition.md", "12")));
        Assert.Contains("gh pr create", string.Join('\n', runs));
        Assert.Contains("gh issue comment", string.Join('\n', runs));
        // No pull request when recevoir refuses the write-up.
        Assert.Equal("steps.recevoir.outputs.code == '0'", Text(At(steps.Single(s => s.Children.TryGetValue("id", out var id) && Text(id) == "demande"), "if")));
        foreach (var uses in Regex.Matches(text, @"uses:\s*(\S+)").Select(m => m.Groups[1].Value))
            Assert.Matches(@"^[\w-]+/[\w-]+@v\d+$", uses);
    }

    [Fact]
    public void The_gitlab_pipeline_checks_publishes_and_runs_recevoir_as_the_tests_do()
    {
        var pipeline = LoadYaml(".gitlab-ci.yml");
        string Script(string job) => string.Join('\n', Assert.IsType<YamlSequenceNode>(At(pipeline, job, "script")).Children.Select(Text));
        Assert.Equal("./build.sh check\n./build.sh", Script("verifier"));
        Assert.Equal("./build.sh --output public", Script("pages"));
        Assert.Equal("public", Text(Assert.Single(Assert.IsType<YamlSequenceNode>(At(pipeline, "pages", "artifacts", "paths")).Children)));
        var proposal = Script("proposition");
        Assert.Equal(ReceiveCommandTests.WorkflowCommand("/tmp/proposition.md", "$numero"), ReceiveCall(proposal));
        Assert.Contains("TRIGGER_PAYLOAD", Text(At(Assert.IsType<YamlSequenceNode>(At(pipeline, "proposition", "rules")).Children[0], "if")));
        Assert.Contains("> /tmp/proposition.md", proposal);
        Assert.DoesNotContain("${{", proposal);
        foreach (var call in BuildScriptCalls(Script("verifier") + "\n" + Script("pages")))
            Assert.Empty(CliApp.UsageErrors(call));
    }

    /// <summary>Runs the GitHub workflow schema validator installed in tests/node.</summary>
    private static (int Code, string Output) ActionValidator(string file)
    {
        var cli = Path.Combine(Repository.Root, "tests", "node", "node_modules", "@action-validator", "cli", "cli.mjs");
        Assert.True(File.Exists(cli), $"{cli} is missing: run ./test.sh, which installs tests/node");
        var start = new System.Diagnostics.ProcessStartInfo("node") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(cli);
        start.ArgumentList.Add(file);
        using var process = System.Diagnostics.Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEnd();
        process.WaitForExit();
        return (process.ExitCode, stdout.Result + stderr);
    }

    [Fact]
    public void The_commands_the_workflow_and_the_guide_run_exist()
    {
        var calls = new List<string[]>();
        var workflow = File.ReadAllText(RepoFile(".github/workflows/site.yml"));
        foreach (Match run in RunLine().Matches(workflow))
            calls.AddRange(BuildScriptCalls(run.Groups[1].Value));
        var guide = File.ReadAllText(RepoFile("CONTRIBUTING.md"));
        foreach (Match block in ShellBlock().Matches(guide))
            calls.AddRange(BuildScriptCalls(block.Groups[1].Value));
        Assert.Contains(calls, c => c.SequenceEqual(["check", "--format", "github"]));
        Assert.Contains(calls, c => c.SequenceEqual(["new"]));
        Assert.Contains(calls, c => c.SequenceEqual(["serve"]));
        foreach (var call in calls)
            Assert.True(CliApp.UsageErrors(call).Count == 0, $"./build.sh {string.Join(' ', call)}: {string.Join("; ", CliApp.UsageErrors(call))}");
        Assert.True(File.Exists(RepoFile("build.sh")));
    }

    [Fact]
    public void The_workflow_check_step_fails_a_pull_request_with_an_error_and_annotates_its_line()
    {
        using var site = TestSite.FromShippedContent();
        site.Replace("fiches/des-films-pour-changer-le-regard.md", "statut: publie", "statut: publiee");
        var output = new StringWriter();
        var code = CliApp.Run(["check", "--format", "github", "--content", site.ContentPath, "--templates", Repository.Templates], output, output);
        Assert.Equal(1, code); // the step, and so the check on the pull request, fails
        Assert.Contains("::error file=content/fiches/des-films-pour-changer-le-regard.md,line=30,", output.ToString());
    }

    [Fact]
    public void The_issue_form_and_the_pull_request_template_are_well_formed()
    {
        var form = LoadYaml(".github/ISSUE_TEMPLATE/" + ProposalForm.IssueTemplate);
        Assert.Equal("Proposer une expérience", Text(At(form, "name")));
        Assert.NotEmpty(Text(At(form, "description")));
        var body = Assert.IsType<YamlSequenceNode>(At(form, "body")).Children.Cast<YamlMappingNode>().ToList();
        var ids = new HashSet<string>();
        foreach (var item in body)
        {
            var type = Text(At(item, "type"));
            Assert.Contains(type, new[] { "markdown", "input", "textarea", "checkboxes", "dropdown" });
            if (type == "markdown")
                continue;
            Assert.True(ids.Add(Text(At(item, "id"))), "duplicate id");
            Assert.NotEmpty(Text(At(item, "attributes", "label")));
        }
        Assert.Contains("public dès l'envoi", Text(At(body[0], "attributes", "value")));
        var charter = body.Single(b => b.Children.TryGetValue("id", out var id) && Text(id) == "charte");
        Assert.Equal("true", Text(At(Assert.Single(Assert.IsType<YamlSequenceNode>(At(charter, "attributes", "options")).Children), "required")));
        // The questions are those « recevoir » reads, in its order, with the ids the site form prefills.
        var vocabularies = Osez.Content.ContentLoader.LoadVocabularies(Osez.Configuration.SitePaths.From(Repository.Content, Repository.Templates, "output"), new Osez.Diagnostics.DiagnosticBag());
        var expected = Osez.Contributing.Receiving.IssueForm.Fields(vocabularies);
        var questions = body.Where(b => Text(At(b, "type")) != "markdown").ToList();
        Assert.Equal(expected.Select(f => (f.Id, f.Label)), questions.Select(q => (Text(At(q, "id")), Text(At(q, "attributes", "label")))));
        foreach (var (field, question) in expected.Zip(questions))
            Assert.Equal(field.Kind switch { Osez.Contributing.Receiving.IssueFieldKind.Checkbox => "checkboxes", Osez.Contributing.Receiving.IssueFieldKind.Line => "input", _ => "textarea" }, Text(At(question, "type")));
        Assert.Equal(Osez.Contributing.Receiving.IssueForm.CharterOption, Text(At(Assert.Single(Assert.IsType<YamlSequenceNode>(At(charter, "attributes", "options")).Children), "label")));
        foreach (var section in WriteUpOutline.Sections)
            Assert.Contains(questions, q => Text(At(q, "attributes", "label")) == section.Heading);

        var template = File.ReadAllText(RepoFile(".github/pull_request_template.md"));
        Assert.True(Regex.Matches(template, @"^- \[ \] ", RegexOptions.Multiline).Count >= 9);
        Assert.Contains("content/pages/charte.md", template);
        Assert.Contains("relecture_anonymisation", template);
    }

    [Fact]
    public void The_guide_links_to_files_that_exist()
    {
        var guide = File.ReadAllText(RepoFile("CONTRIBUTING.md"));
        // Links outside code (the image example in backquotes is not a link).
        var local = MarkdownLink().Matches(Regex.Replace(guide, "`[^`]*`", string.Empty)).Select(m => m.Groups[1].Value)
            .Where(l => !l.StartsWith("http", StringComparison.Ordinal) && !l.StartsWith('#')).ToList();
        Assert.Contains("content/pages/charte.md", local);
        foreach (var link in local)
            Assert.True(File.Exists(RepoFile(link.Split('#')[0])), $"CONTRIBUTING.md links to {link}");
    }

    [GeneratedRegex(@"run:\s*(.+)")]
    private static partial Regex RunLine();

    [GeneratedRegex(@"```sh\n(.*?)```", RegexOptions.Singleline)]
    private static partial Regex ShellBlock();

    [GeneratedRegex(@"\]\(([^)\s]+)\)")]
    private static partial Regex MarkdownLink();
}
