using System.Globalization;
using System.Text;

namespace Osez.Citing;

/// <summary>
/// BibTeX entries: <c>@techreport</c> (a report published by an institution), UTF-8, which
/// biber, recent BibTeX and reference managers read. Special characters are escaped.
/// </summary>
public sealed class BibTex : TextCitationFormat
{
    public override string Name => "bibtex";

    public override string Extension => ".bib";

    public override string MediaType => "application/x-bibtex";

    /// <summary>Each entry ends with a new line: a blank line between two.</summary>
    public override string Separator => "\n";

    public override string Entry(CitedWork work)
    {
        var builder = new StringBuilder();
        builder.Append("@techreport{").Append(work.Id).Append(",\n");
        Field(builder, "title", "{" + Escape(work.Title) + "}");
        Field(builder, "author", string.Join(" and ", work.Authors.Select(AuthorName)));
        Field(builder, "institution", Escape(work.Publisher));
        Field(builder, "type", Escape(work.Genre));
        Field(builder, "year", work.Issued.Year.ToString(CultureInfo.InvariantCulture));
        Field(builder, "month", work.Issued.Month.ToString(CultureInfo.InvariantCulture));
        Field(builder, "date", work.Issued.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        if (work.Url.Length > 0)
            Field(builder, "url", Url(work.Url));
        Field(builder, "abstract", Escape(work.Abstract));
        Field(builder, "language", Escape(work.Language));
        if (work.Keywords.Count > 0)
            Field(builder, "keywords", Escape(string.Join(", ", work.Keywords)));
        Field(builder, "note", Escape(NoteOf(work)));
        builder.Length -= 2; // the last ",\n"
        builder.Append("\n}\n");
        return builder.ToString();
    }

    private static string NoteOf(CitedWork work) => work.Licence.Length > 0 ? $"{work.SiteTitle}. Licence {work.Licence}" : work.SiteTitle;

    private static void Field(StringBuilder builder, string name, string value)
        => builder.Append("  ").Append(name).Append(" = {").Append(value).Append("},\n");

    /// <summary>"Haddad, Karim"; a collective in braces so that it is never split into first and last names.</summary>
    private static string AuthorName(CitedAuthor author) => author.IsCollective
        ? "{" + Escape(author.Literal) + "}"
        : author.Given.Length == 0 ? Escape(author.Family) : $"{Escape(author.Family)}, {Escape(author.Given)}";

    /// <summary>
    /// Escapes the characters that mean something to TeX. Braces are written as <c>\textbraceleft{}</c> and
    /// <c>\textbraceright{}</c>, never as <c>\{</c> and <c>\}</c>: BibTeX counts every brace to find where a field
    /// ends, backslash or not, so a title holding <c>}}} @misc(...</c> would otherwise close the field and forge an
    /// entry. Every brace this writes is part of a pair, so fields stay balanced whatever the input.
    /// </summary>
    public static string Escape(string text)
    {
        var builder = new StringBuilder(text.Length + 8);
        foreach (var c in text)
        {
            switch (c)
            {
                case '\\': builder.Append(@"\textbackslash{}"); break;
                case '{': builder.Append(@"\textbraceleft{}"); break;
                case '}': builder.Append(@"\textbraceright{}"); break;
                case '&' or '%' or '$' or '#' or '_': builder.Append('\\').Append(c); break;
                case '~': builder.Append(@"\textasciitilde{}"); break;
                case '^': builder.Append(@"\textasciicircum{}"); break;
                case '\r': break;
                case '\n' or '\t': builder.Append(' '); break;
                default: builder.Append(c); break;
            }
        }
        return builder.ToString();
    }

    /// <summary>
    /// A web address as BibTeX's url field reads it (verbatim, no TeX escapes): the characters that would unbalance
    /// the field or end it are percent-encoded, which leaves the address the same for a browser.
    /// </summary>
    public static string Url(string url)
    {
        if (url.AsSpan().IndexOfAny("{}\\ \t\r\n") < 0)
            return url;
        var builder = new StringBuilder(url.Length + 8);
        foreach (var c in url)
        {
            builder.Append(c switch
            {
                '{' => "%7B",
                '}' => "%7D",
                '\\' => "%5C",
                ' ' => "%20",
                '\t' => "%09",
                '\r' => "%0D",
                '\n' => "%0A",
                _ => c.ToString(),
            });
        }
        return builder.ToString();
    }
}
