using System.Globalization;
using System.Text;

namespace Osez.Citing;

/// <summary>
/// RIS records (<c>TY  - RPRT</c>, a report), one tag per line, authors in order, lines ended
/// by CR LF as the format asks. Always UTF-8: RIS cannot declare its encoding, so the page says it.
/// </summary>
public sealed class Ris : TextCitationFormat
{
    public override string Name => "ris";

    public override string Extension => ".ris";

    public override string MediaType => "application/x-research-info-systems";

    /// <summary>A blank line between two records.</summary>
    public override string Separator => "\r\n";

    public override string Entry(CitedWork work)
    {
        var builder = new StringBuilder();
        Tag(builder, "TY", "RPRT");
        Tag(builder, "ID", work.Id);
        Tag(builder, "TI", work.Title);
        foreach (var author in work.Authors)
            Tag(builder, "AU", author.Inverted);
        Tag(builder, "PY", work.Issued.Year.ToString(CultureInfo.InvariantCulture));
        Tag(builder, "DA", work.Issued.ToString("yyyy/MM/dd", CultureInfo.InvariantCulture));
        Tag(builder, "PB", work.Publisher);
        Tag(builder, "T2", work.SiteTitle);
        Tag(builder, "M3", work.Genre);
        Tag(builder, "AB", work.Abstract);
        Tag(builder, "LA", work.Language);
        foreach (var keyword in work.Keywords)
            Tag(builder, "KW", keyword);
        if (work.Url.Length > 0)
            Tag(builder, "UR", work.Url);
        if (work.Licence.Length > 0)
            Tag(builder, "N1", $"Licence {work.Licence}");
        builder.Append("ER  - \r\n");
        return builder.ToString();
    }

    private static void Tag(StringBuilder builder, string tag, string value)
        => builder.Append(tag).Append("  - ").Append(OneLine(value)).Append("\r\n");

    private static string OneLine(string value) => value.ReplaceLineEndings(" ").Trim();
}
