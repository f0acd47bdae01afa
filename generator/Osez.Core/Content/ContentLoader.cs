using System.Globalization;
using Osez.Content.Schema;
using Osez.Configuration;
using Osez.Diagnostics;
using Osez.Text;
using Osez.Vocabularies;
using Osez.Yaml;

namespace Osez.Content;

/// <summary>The load stage: reads site.yml, the vocabularies, the write-ups and the pages, then runs the features' readers.</summary>
public static class ContentLoader
{
    /// <param name="memo">Kept by the preview server between builds: unchanged write-ups are not read again.</param>
    /// <param name="readers">The features' readers, run in this order after the pages.</param>
    public static LoadedSite? Load(SitePaths paths, DiagnosticBag diagnostics, WriteUpMemo? memo = null, IReadOnlyList<IContentReader>? readers = null)
    {
        if (!Directory.Exists(paths.Content))
        {
            diagnostics.Report(DiagnosticCodes.MissingFolder, new SourceLocation(paths.Content),
                "Le dossier de contenu est introuvable.",
                "Lancez la commande depuis le dossier du projet, ou indiquez le dossier avec --content.");
            return null;
        }

        var config = LoadConfig(paths, diagnostics);
        var vocabularies = LoadVocabularies(paths, diagnostics);
        var reader = new WriteUpReader(vocabularies);
        var unreadable = new HashSet<string>(StringComparer.Ordinal);
        memo?.Begin(paths.Vocabularies);
        var writeUps = LoadWriteUps(paths, reader, diagnostics, unreadable, memo);
        var pages = LoadPages(paths, diagnostics);
        var parts = (readers ?? []).Select(reader => reader.Read(paths, diagnostics)).ToList();
        if (config is null)
            return null;
        return new LoadedSite(paths, config, vocabularies, writeUps, pages,
            FilesRead: 1 + vocabularies.All.Count + writeUps.Count + pages.Count + parts.Sum(p => p.FilesRead))
        {
            UnreadableWriteUps = unreadable,
            Parts = parts,
        };
    }

    private static SiteConfig? LoadConfig(SitePaths paths, DiagnosticBag diagnostics)
    {
        var display = paths.Display(paths.ConfigFile);
        if (!Path.Exists(paths.ConfigFile) && new FileInfo(paths.ConfigFile).LinkTarget is null)
        {
            diagnostics.Report(DiagnosticCodes.InvalidConfig, new SourceLocation(display),
                "Le fichier de réglages site.yml est introuvable dans le dossier de contenu.",
                "Créez content/site.yml avec au moins : titre, description, editeur.");
            return null;
        }
        // Never read through a link that leaves the content folder: an error would quote the file it points to.
        if (!ContentFolder.Accept(paths.ConfigFile, paths, diagnostics))
            return null;
        var bytes = ContentFileBytes.Read(paths.ConfigFile, display, diagnostics);
        var text = bytes is null ? null : SourceText.Decode(bytes, display, diagnostics);
        return text is null ? null : SiteConfigReader.Read(text, display, diagnostics);
    }

    /// <summary>Reads the vocabularies only (what <c>new</c> needs to offer their terms).</summary>
    public static VocabularySet LoadVocabularies(SitePaths paths, DiagnosticBag diagnostics)
    {
        var vocabularies = new List<Vocabulary>();
        foreach (var entry in ContentFolder.Entries(paths.Vocabularies, paths, diagnostics))
        {
            if (entry is not FileInfo file || file.Extension is not (".yml" or ".yaml"))
                continue;
            var display = paths.Display(file.FullName);
            var slug = Path.GetFileNameWithoutExtension(file.Name);
            if (!Slugs.IsValid(slug))
            {
                diagnostics.Report(DiagnosticCodes.MalformedVocabulary, new SourceLocation(display),
                    $"Le nom du fichier « {file.Name} » ne peut pas servir d'adresse de page.",
                    $"Renommez-le en « {Slugs.FromText(slug)}{file.Extension} » (minuscules, sans accents ni espaces).");
                continue;
            }
            var bytes = ContentFileBytes.Read(file.FullName, display, diagnostics);
            var text = bytes is null ? null : SourceText.Decode(bytes, display, diagnostics);
            if (text is null)
                continue;
            var vocabulary = VocabularyReader.Read(text, display, slug, diagnostics);
            if (vocabulary is null)
                continue;
            var clash = vocabularies.FirstOrDefault(v => v.Key == vocabulary.Key);
            if (clash is not null)
            {
                diagnostics.Report(DiagnosticCodes.DuplicateVocabularyKey, vocabulary.Location,
                    $"La clé « {vocabulary.Key} » est déjà déclarée par {clash.Location.File}.",
                    "Chaque vocabulaire remplit une clé d'en-tête différente : changez « cle » dans l'un des deux fichiers.");
                continue;
            }
            vocabularies.Add(vocabulary);
        }
        return new VocabularySet(vocabularies);
    }

    private static List<WriteUp> LoadWriteUps(SitePaths paths, WriteUpReader reader, DiagnosticBag diagnostics, HashSet<string> unreadable, WriteUpMemo? memo)
    {
        var sources = new List<(string Slug, SourceDocument Source)>();
        foreach (var entry in ContentFolder.Entries(paths.WriteUps, paths, diagnostics))
        {
            if (entry is FileInfo file && file.Extension == ".md")
                sources.Add((Path.GetFileNameWithoutExtension(file.Name), new SourceDocument(file.FullName, paths.Display(file.FullName), null)));
            else if (entry is DirectoryInfo directory && File.Exists(Path.Combine(directory.FullName, "index.md")))
            {
                var index = Path.Combine(directory.FullName, "index.md");
                if (ContentFolder.Accept(index, paths, diagnostics))
                    sources.Add((directory.Name, new SourceDocument(index, paths.Display(index), directory.FullName)));
            }
        }

        var results = new WriteUp?[sources.Count];
        Parallel.For(0, sources.Count, i =>
        {
            var (slug, source) = sources[i];
            if (!Slugs.IsValid(slug))
            {
                diagnostics.Report(DiagnosticCodes.InvalidSlug, new SourceLocation(source.DisplayPath),
                    $"Le nom « {slug} » ne peut pas servir d'adresse : il faut des minuscules sans accents, des chiffres et des tirets.",
                    $"Renommez le fichier en « {Slugs.FromText(slug)}{(source.Folder is null ? ".md" : "/index.md")} ».");
            }
            results[i] = UnexpectedError.Guard(source.DisplayPath, diagnostics,
                () => memo is null ? Read(diagnostics) : memo.GetOrRead(source.FullPath, diagnostics, Read), null);

            WriteUp? Read(DiagnosticBag into)
                => MarkdownFile.Read(source.FullPath, source.DisplayPath, into) is { } file
                    ? reader.Read(slug, source, file.FrontMatter, file.Split, into)
                    : null;
        });
        memo?.KeepOnly(sources.Select(s => s.Source.FullPath));
        for (var i = 0; i < sources.Count; i++)
            if (results[i] is null)
                unreadable.Add(sources[i].Slug);
        return results.Where(w => w is not null).Select(w => w!).ToList();
    }

    private static List<ContentPage> LoadPages(SitePaths paths, DiagnosticBag diagnostics)
    {
        var pages = new List<ContentPage>();
        foreach (var (slug, source, markdown) in ContentFolder.MarkdownFiles(paths.Pages, "page", paths, diagnostics))
        {
            var fields = new FieldReader(markdown.FrontMatter, string.Empty, diagnostics, new SourceLocation(source.DisplayPath, 1, 1));
            var page = new ContentPage
            {
                Slug = slug,
                Source = source,
                Title = fields.Text(PageSchema.Title),
                Summary = fields.Text(PageSchema.Summary),
                Order = fields.Integer(PageSchema.Order) ?? int.Parse(PageSchema.Order.Default, CultureInfo.InvariantCulture),
                Body = markdown.Split.Body,
                BodyFirstLine = markdown.Split.BodyFirstLine,
                FrontMatterText = markdown.Split.Yaml,
                FrontMatterFirstLine = markdown.Split.YamlFirstLine,
                AcceptedPassages = AcceptedPassagesReader.Read(fields),
            };
            fields.ReportUnknownKeys(PageSchema.Fields.Select(f => f.Key).ToList());
            pages.Add(page);
        }
        return pages;
    }
}
