using System.Collections.Concurrent;
using Osez.Content;
using Osez.Diagnostics;
using Osez.Output;
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

    /// <summary>
    /// A value for a context where HTML escaping is not the rule: inside a CSS string of a &lt;style&gt; element,
    /// or JSON in a &lt;script type="application/json"&gt; element. Everything else is escaped as HTML by <see cref="PageContext"/>.
    /// </summary>
    private static readonly IReadOnlyDictionary<string, TypedFunction> EscapingFunctions = new Dictionary<string, TypedFunction>(StringComparer.Ordinal)
    {
        ["css_string"] = new CssStringFunction(),
        ["json"] = new JsonFunction(),
    };

    private readonly Dictionary<string, Template> _templates;
    private readonly Dictionary<string, string> _displayPaths;
    private readonly ConcurrentDictionary<string, byte> _reported = new(StringComparer.Ordinal);

    private TemplateSet(Dictionary<string, Template> templates, Dictionary<string, string> displayPaths, bool shippedCard)
    {
        _templates = templates;
        _displayPaths = displayPaths;
        ShippedCard = shippedCard;
    }

    /// <summary>Whether the theme's write-up card is the shipped one, written by <see cref="WriteUpCard"/>.</summary>
    internal bool ShippedCard { get; }

    public static TemplateSet Load(string folder, Func<string, string> display, DiagnosticBag diagnostics)
    {
        var templates = new Dictionary<string, Template>(StringComparer.Ordinal);
        var displayPaths = new Dictionary<string, string>(StringComparer.Ordinal);
        var texts = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var sub in new[] { "layouts", "partials" })
        {
            var directory = Path.Combine(folder, sub);
            var files = ContainedPath.Files(directory, folder,
                refused => ContentFolder.ReportOutside(display(refused), "des gabarits", "templates/", diagnostics));
            foreach (var file in files.Where(f => f.EndsWith(".html", StringComparison.Ordinal)))
            {
                var name = Path.GetRelativePath(folder, file).Replace('\\', '/');
                var shown = display(file);
                if (ContentFileBytes.Read(file, shown, diagnostics) is not { } bytes
                    || SourceText.Decode(bytes, shown, diagnostics) is not { } text)
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
                texts[name] = text;
            }
        }
        return new TemplateSet(templates, displayPaths, WriteUpCard.IsShipped(texts));
    }

    public bool Has(string name) => _templates.ContainsKey(name);

    /// <summary>
    /// Starts rendering pages that share <paramref name="globals"/> (site, texts, functions). The session keeps one
    /// Scriban context and two page buffers per render thread.
    /// </summary>
    /// <param name="frenchTypography">Typesets the text of every page the French way (<see cref="Text.FrenchTypography"/>).</param>
    internal PageSession Begin(ScriptObject globals, bool frenchTypography = false) => new(this, globals, frenchTypography);

    /// <summary>Rendering pages, possibly from several threads at once.</summary>
    public sealed class PageSession : IDisposable
    {
        private readonly TemplateSet _set;
        private readonly ScriptObject _globals;
        private readonly ThemeInclude _include;
        private readonly ThreadLocal<Worker> _workers;
        private readonly bool _frenchTypography;

        internal PageSession(TemplateSet set, ScriptObject globals, bool frenchTypography)
        {
            _set = set;
            _frenchTypography = frenchTypography;
            _globals = globals;
            _include = new ThemeInclude(set.ShippedCard);
            _workers = new ThreadLocal<Worker>(() => new Worker(), trackAllValues: true);
        }

        /// <summary>
        /// Renders a page (its layout, then the base layout with <c>content</c> set to the result) and writes it,
        /// in UTF-8, to <paramref name="output"/> at <paramref name="url"/>.
        /// </summary>
        /// <param name="model">This page's values.</param>
        /// <returns>False when a template failed (a diagnostic says where) and nothing was written.</returns>
        public bool Render(string layout, ScriptObject model, string url, string origin, IOutputSink output, DiagnosticBag diagnostics)
        {
            var layoutName = $"layouts/{layout}.html";
            if (!_set._templates.TryGetValue(layoutName, out var template))
            {
                _set.ReportOnce(DiagnosticCodes.MissingTemplate, new SourceLocation("templates/" + layoutName),
                    $"Le gabarit « templates/{layoutName} » est introuvable.",
                    "Restaurez-le depuis le thème fourni avec le projet.", diagnostics);
                return false;
            }
            var worker = _workers.Value!;
            var context = worker.Context ??= _set.NewContext(_globals, _include);
            context.PushGlobal(model);
            var page = worker.Layout;
            if (!Evaluate(template, worker, page, layoutName, origin, diagnostics))
                return false;
            if (_set._templates.TryGetValue(BaseLayout, out var baseTemplate))
            {
                model["content"] = new PageContent(worker.Layout);
                page = worker.Page;
                if (!Evaluate(baseTemplate, worker, page, BaseLayout, origin, diagnostics))
                    return false;
            }
            context.PopGlobal();
            if (_frenchTypography)
            {
                output.Write(url, System.Text.Encoding.UTF8.GetBytes(Text.FrenchTypography.Html(page.Span)), origin);
                return true;
            }
            var bytes = page.RentUtf8(out var length);
            try
            {
                output.Write(url, bytes.AsSpan(0, length), origin);
            }
            finally
            {
                System.Buffers.ArrayPool<byte>.Shared.Return(bytes);
            }
            return true;
        }

        private bool Evaluate(Template template, Worker worker, CharBuffer into, string name, string origin, DiagnosticBag diagnostics)
        {
            var context = worker.Context!;
            into.Clear();
            context.PushOutput(into);
            try
            {
                template.Render(context);
                context.PopOutput();
                return true;
            }
            catch (ScriptRuntimeException ex)
            {
                // The context may be left mid-page: the next page on this thread gets a new one.
                worker.Context = null;
                _set.ReportOnce(DiagnosticCodes.TemplateError, Locate(ex.Span, _set._displayPaths.GetValueOrDefault(name, name)),
                    $"Le gabarit a échoué en produisant « {origin} » : {ex.OriginalMessage}",
                    "Vérifiez le nom des variables utilisées à cette ligne (voir la liste dans le README).", diagnostics);
                return false;
            }
        }

        public void Dispose()
        {
            foreach (var worker in _workers.Values)
                worker.Dispose();
            _workers.Dispose();
        }

        private sealed class Worker : IDisposable
        {
            public PageContext? Context;
            public readonly CharBuffer Layout = new();
            public readonly CharBuffer Page = new();

            public void Dispose()
            {
                Layout.Dispose();
                Page.Dispose();
            }
        }
    }

    private PageContext NewContext(ScriptObject globals, ThemeInclude include)
    {
        var context = new PageContext
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
        foreach (var (name, function) in EscapingFunctions)
            context.BuiltinObject.SetValue(name, function, readOnly: true);
        context.BuiltinObject.SetValue("include", include, readOnly: true);
        context.PushGlobal(globals);
        return context;
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
        html.SetValue("escape", new EscapeFunction(), readOnly: true);
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
