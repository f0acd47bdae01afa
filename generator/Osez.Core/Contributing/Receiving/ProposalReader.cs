using System.Text;
using System.Text.RegularExpressions;
using Osez.Content;
using Osez.Diagnostics;
using Osez.Text;
using Osez.Vocabularies;
using YamlDotNet.RepresentationModel;

namespace Osez.Contributing.Receiving;

/// <summary>How a proposal reached the team.</summary>
public enum ProposalSource
{
    /// <summary>The file the site form (or « new ») writes.</summary>
    File,

    /// <summary>The zip the site form downloads when there are images.</summary>
    Zip,

    /// <summary>The text of an e-mail, pasted into a file.</summary>
    Mail,

    /// <summary>The body of an issue made with the forge's form « Proposer une expérience ».</summary>
    IssueForm,
}

/// <summary>A received write-up, ready to be placed: its text, its images, and what was done to it on the way.</summary>
public sealed record ReceivedProposal(ProposalSource Source, string Markdown, IReadOnlyList<ReceivedImage> Images, string Title);

/// <summary>
/// Turns what the team received (a file, a zip, a mail, an issue's body) into a write-up's text: the site form's file as it
/// is, an issue form's answers written as the site form writes them (<see cref="WriteUpScaffold"/>). The status is always
/// « brouillon »: nothing is published before the anonymisation review.
/// </summary>
public static partial class ProposalReader
{
    /// <summary>Larger than any write-up with its images: not read.</summary>
    public const long MaxBytes = ProposalZip.MaxTotalBytes;

    public static ReceivedProposal? Read(byte[] bytes, VocabularySet vocabularies, DateOnly today, List<string> problems, List<string> notes)
    {
        ReceivedProposal? proposal;
        if (ProposalZip.IsZip(bytes))
        {
            if (ProposalZip.Read(bytes, problems) is not { } zip)
                return null;
            proposal = FromText(zip.Markdown, vocabularies, today, problems, notes, mail: false) is { } text
                ? text with { Source = ProposalSource.Zip, Images = zip.Images }
                : null;
        }
        else
        {
            proposal = FromText(new UTF8Encoding(false).GetString(bytes).TrimStart('\uFEFF'), vocabularies, today, problems, notes, mail: true);
        }
        return proposal is null ? null : KeptAsDraft(proposal, notes);
    }

    private static ReceivedProposal? FromText(string raw, VocabularySet vocabularies, DateOnly today, List<string> problems, List<string> notes, bool mail)
    {
        var text = raw.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n');
        if (text.TrimStart('\n', ' ').StartsWith("---\n", StringComparison.Ordinal))
            return Markdown(ProposalSource.File, text.TrimStart('\n', ' '));
        if (IssueFormBody.Looks(text, vocabularies))
            return FromIssueForm(ProposalSource.IssueForm, text, vocabularies, today, problems, notes);
        if (mail)
        {
            if (MailText.Extract(text) is { } found)
                return Markdown(ProposalSource.Mail, found);
            var decoded = MailText.Decode(text);
            if (IssueFormBody.Looks(decoded, vocabularies))
                return FromIssueForm(ProposalSource.Mail, decoded, vocabularies, today, problems, notes);
        }
        problems.Add("Aucune fiche trouvée dans ce fichier : ni un en-tête qui commence par « --- » et contient « titre: », "
            + "ni les réponses du formulaire « Proposer une expérience ». Pour un courriel, collez-le en entier dans un fichier texte, "
            + "ou encadrez la fiche des lignes « --- début de la fiche --- » et « --- fin de la fiche --- ».");
        return null;
    }

    private static ReceivedProposal? FromIssueForm(ProposalSource source, string text, VocabularySet vocabularies, DateOnly today, List<string> problems, List<string> notes)
    {
        if (IssueFormBody.ToDraft(text, vocabularies, today, problems, notes) is not { } draft)
            return null;
        return new ReceivedProposal(source, WriteUpScaffold.Render(draft, vocabularies), [], draft.Title);
    }

    private static ReceivedProposal Markdown(ProposalSource source, string text)
        => new(source, text.EndsWith('\n') ? text : text + "\n", [], TitleOf(text));

    /// <summary>The « titre » of the header, or "" when it cannot be read (check then says why).</summary>
    public static string TitleOf(string text)
    {
        var split = FrontMatterSplitter.Split(text, "fiche", new DiagnosticBag());
        if (split is null)
            return string.Empty;
        try
        {
            var stream = new YamlStream();
            stream.Load(new StringReader(split.Yaml));
            if (stream.Documents.Count > 0 && stream.Documents[0].RootNode is YamlMappingNode map
                && map.Children.TryGetValue(new YamlScalarNode("titre"), out var title) && title is YamlScalarNode scalar)
                return YamlText.OneLine(scalar.Value ?? string.Empty);
        }
        catch (YamlDotNet.Core.YamlException)
        {
        }
        return string.Empty;
    }

    /// <summary>A received write-up is a draft, whatever it says: the team publishes it after the anonymisation review.</summary>
    private static ReceivedProposal KeptAsDraft(ReceivedProposal proposal, List<string> notes)
    {
        var text = proposal.Markdown;
        var split = FrontMatterSplitter.Split(text, "fiche", new DiagnosticBag());
        if (split is null)
            return proposal;
        var header = text[..(text.IndexOf('\n') + 1 + split.Yaml.Length)];
        var status = StatusLine().Match(header);
        if (!status.Success || status.Groups[1].Value.Trim().Trim('"', '\'') == "brouillon")
            return proposal;
        notes.Add($"La fiche disait « statut: {status.Groups[1].Value.Trim()} » : elle est reçue en brouillon (statut: brouillon), publiée seulement après la relecture d'anonymisation.");
        return proposal with { Markdown = string.Concat(header.AsSpan(0, status.Groups[1].Index), "brouillon", text.AsSpan(status.Groups[1].Index + status.Groups[1].Length)) };
    }

    [GeneratedRegex(@"^statut:[ \t]*([^\n#]*?)[ \t]*(?=#|$)", RegexOptions.Multiline)]
    private static partial Regex StatusLine();
}
