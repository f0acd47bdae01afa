using System.Text;
using Osez.Rendering;

namespace Osez.Citing;

/// <summary>
/// A write-up's reference written the way French training institutes ask for it (NF ISO 690):
/// NOM Prénom, year. « Title ». Site [en ligne]. Kind, dates. Address (consulted date).
/// The consulted date is the reader's: the page's script fills it in.
/// </summary>
public sealed class FrenchReference(UiStrings strings, DateLabels dates)
{
    /// <summary>The reference as HTML (title in quotes, site in italics, marked spans for the address and consulted date).</summary>
    public string Html(CitedWork work)
    {
        var builder = new StringBuilder();
        builder.Append(HtmlText.Escape(Authors(work))).Append(", ").Append(work.Issued.Year).Append(". ");
        builder.Append("« ").Append(HtmlText.Escape(work.Title)).Append(" ». ");
        builder.Append("<cite>").Append(HtmlText.Escape(work.SiteTitle)).Append("</cite> ")
            .Append(HtmlText.Escape(strings.Get("citing.reference_online"))).Append(". ");
        builder.Append(HtmlText.Escape(Dates(work))).Append(". ");
        builder.Append("<span class=\"reference__address\" data-cite-address>");
        if (work.Url.Length > 0)
            builder.Append(HtmlText.Escape(strings.Get("citing.reference_available"))).Append(' ').Append(HtmlText.Escape(work.Url));
        builder.Append("</span>");
        builder.Append("<span class=\"reference__consulted\" data-cite-consulted></span>");
        return builder.ToString();
    }

    /// <summary>The same reference as plain text, without the consulted date.</summary>
    public string Text(CitedWork work)
    {
        var text = $"{Authors(work)}, {work.Issued.Year}. « {work.Title} ». {work.SiteTitle} {strings.Get("citing.reference_online")}. {Dates(work)}.";
        return work.Url.Length > 0 ? $"{text} {strings.Get("citing.reference_available")} {work.Url}" : text;
    }

    /// <summary>The word that joins the last two names ("et").</summary>
    public string And => strings.Get("common.and");

    /// <summary>"HADDAD Karim et FONTAINE Élise"; collectives as they are named.</summary>
    public string Authors(CitedWork work)
    {
        var names = work.Authors.Select(a => a.IsCollective ? a.Literal
            : a.Given.Length == 0 ? a.Family.ToUpperInvariant()
            : $"{a.Family.ToUpperInvariant()} {a.Given}").ToList();
        return names.Count switch
        {
            0 => work.Publisher,
            1 => names[0],
            _ => string.Join(", ", names.Take(names.Count - 1)) + " " + strings.Get("common.and") + " " + names[^1],
        };
    }

    private string Dates(CitedWork work)
    {
        var text = strings.Get("citing.reference_genre") + ", "
            + strings.Get("citing.reference_published").Replace("{date}", dates.Day(work.Issued), StringComparison.Ordinal);
        if (work.Updated is { } updated)
            text += ", " + strings.Get("citing.reference_updated").Replace("{date}", dates.Day(updated), StringComparison.Ordinal);
        return text;
    }
}
