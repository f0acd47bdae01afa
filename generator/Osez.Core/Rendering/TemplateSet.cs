using System.Collections.Concurrent;
using Osez.Content;
using Osez.Diagnostics;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;

namespace Osez.Rendering;

/// <summary>
/// The Scriban templates of the theme, parsed once per build. A page renders its layout
/// (<c>layouts/&lt;name&gt;.html</c>), then <c>layouts/base.html</c> around it. Templates are
/// shared by the parallel renderers; each render gets its own context.
/// </summary>
public sealed class TemplateSet : ITemplateLoader
{
    public const string BaseLayout = "layouts/base.html";

    /// <summary>Scriban's html functions, except that escape leaves accents alone (its own turns "é" into "&amp;#233;").</summary>
    private static readonly ScriptObject HtmlFunctions = CreateHtmlFunctions();

    private readonly Dictionary<string, Template> _templates;
    private readonly Dictionary<string, string> _displayPaths;
    private readonly ConcurrentDictionary<string, byte> _reported = new(StringComparer.Ordinal);

    private TemplateSet(Dictionary<string, Template> templates, Dictionary<string, string> displayPaths)
    {
        _templates = templates;
        _displayPaths = displayPaths;
    }

    public static TemplateSet Load(string folder, Func<string, string> display, DiagnosticBag diagnostics)
    {
        var templates = new Dictionary<string, Template>(StringComparer.Ordinal);
        var displayPaths = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var sub in new[] { "layouts", "partials" })
        {
            var directory = Path.Combine(folder, sub);
            if (!Directory.Exists(directory))
                continue;
            foreach (var file in Directory.EnumerateFiles(directory, "*.html", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
            {
                var name = Path.GetRelativePath(folder, file).Replace('\\', '/');
                var shown = display(file);
                var text = SourceText.Decode(File.ReadAllBytes(file), shown, diagnostics);
                if (text is null)
                    continue;
                var template = Template.Parse(text, shown);
                if (template.HasErrors)
                {
                    foreach (var message in template.Messages.Where(m => m.Type == ParserMessageType.Error))
                        diagnostics.Report(DiagnosticCodes.TemplateError, Locate(message.Span, shown),
                            $"Le gabarit contient une erreur de syntaxe : {message.Message}",
                            "Vérifiez les balises {{ }} et les « end » de ce gabarit.");
                    continue;
                }
                templates[name] = template;
                displayPaths[name] = shown;
            }
        }
        return new TemplateSet(templates, displayPaths);
    }

    public bool Has(string name) => _templates.ContainsKey(name);

    /// <summary>Renders a page: its layout, then the base layout with <c>content</c> set to the result.</summary>
    /// <param name="globals">Values shared by every page (site, texts).</param>
    /// <param name="model">This page's values.</param>
    /// <returns>The HTML, or null when a template failed (a diagnostic says where).</returns>
    public string? RenderPage(string layout, ScriptObject globals, ScriptObject model, string origin, DiagnosticBag diagnostics)
    {
        var layoutName = $"layouts/{layout}.html";
        if (!_templates.TryGetValue(layoutName, out var template))
        {
            ReportOnce(DiagnosticCodes.MissingTemplate, new SourceLocation("templates/" + layoutName),
                $"Le gabarit « templates/{layoutName} » est introuvable.",
                "Restaurez-le depuis le thème fourni avec le projet.", diagnostics);
            return null;
        }
        var context = NewContext(globals, model);
        var body = Evaluate(template, context, layoutName, origin, diagnostics);
        if (body is null || !_templates.TryGetValue(BaseLayout, out var baseTemplate))
            return body;
        model["content"] = body;
        return Evaluate(baseTemplate, context, BaseLayout, origin, diagnostics);
    }

    private TemplateContext NewContext(ScriptObject globals, ScriptObject model)
    {
        var context = new TemplateContext
        {
            TemplateLoader = this,
            MemberRenamer = member => StandardMemberRenamer.Rename(member.Name),
            LoopLimit = 0,
            LimitToString = 0,
            RecursiveLimit = 50,
            StrictVariables = true,
            EnableRelaxedMemberAccess = true,
        };
        foreach (var (name, template) in _templates)
            if (name.StartsWith("partials/", StringComparison.Ordinal))
                context.CachedTemplates[name] = template;
        context.BuiltinObject.SetValue("html", HtmlFunctions, readOnly: true);
        context.PushGlobal(globals);
        context.PushGlobal(model);
        return context;
    }

    private string? Evaluate(Template template, TemplateContext context, string name, string origin, DiagnosticBag diagnostics)
    {
        try
        {
            return template.Render(context);
        }
        catch (ScriptRuntimeException ex)
        {
            ReportOnce(DiagnosticCodes.TemplateError, Locate(ex.Span, _displayPaths.GetValueOrDefault(name, name)),
                $"Le gabarit a échoué en produisant « {origin} » : {ex.OriginalMessage}",
                "Vérifiez le nom des variables utilisées à cette ligne (voir la liste dans le README).", diagnostics);
            return null;
        }
    }

    private void ReportOnce(DiagnosticCode code, SourceLocation location, string message, string hint, DiagnosticBag diagnostics)
    {
        // The same template fault would otherwise be reported once per page.
        if (_reported.TryAdd($"{code.Id}|{location}", 0))
            diagnostics.Add(new Diagnostic(code.Id, code.Severity, location, message, hint));
    }

    private static ScriptObject CreateHtmlFunctions()
    {
        var html = new Scriban.Functions.HtmlFunctions();
        html.Remove("escape");
        html.Import("escape", new Func<string?, string>(HtmlText.Escape));
        return html;
    }

    private static SourceLocation Locate(SourceSpan span, string file)
        => new(file, span.Start.Line + 1, span.Start.Column + 1);

    string ITemplateLoader.GetPath(TemplateContext context, SourceSpan callerSpan, string templateName)
        => templateName.StartsWith("partials/", StringComparison.Ordinal) ? templateName : "partials/" + templateName;

    string ITemplateLoader.Load(TemplateContext context, SourceSpan callerSpan, string templatePath)
        => throw new ScriptRuntimeException(callerSpan, $"le gabarit partiel « {templatePath} » est introuvable dans templates/");

    ValueTask<string?> ITemplateLoader.LoadAsync(TemplateContext context, SourceSpan callerSpan, string templatePath)
        => ValueTask.FromResult<string?>(((ITemplateLoader)this).Load(context, callerSpan, templatePath));
}
