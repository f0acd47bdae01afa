using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Xml;
using Osez.Diagnostics;
using Osez.Features;
using Osez.Output;
using Osez.Rendering;
using Osez.Site;

namespace Osez.Citing;

/// <summary>
/// Writes <c>flux.xml</c>, an Atom feed (RFC 4287) of new and updated write-ups, most recently changed first.
/// Ids are name-based UUIDs of the publisher and slug, so they never change even if the site moves.
/// With a base URL every link is absolute; without one, links are relative to the feed's own address,
/// which Atom allows and feed readers resolve (the feed sits at the site root).
/// </summary>
public sealed class FeedProducer : ISiteProducer
{
    public const int MaxEntries = 50;
    private const string AtomNamespace = "http://www.w3.org/2005/Atom";

    public string Stage => "feed";

    public void Produce(SiteModel site, RenderedSite rendered, IOutputSink output, DiagnosticBag diagnostics)
    {
        using var stream = output.Create(CitingUrls.Feed, "flux Atom");
        WriteAtom(stream, site);
    }

    /// <summary>The feed, written to <paramref name="stream"/> as it is made.</summary>
    public static void WriteAtom(Stream stream, SiteModel site)
    {
        var entries = site.WriteUps
            .OrderByDescending(w => w.UpdatedOn ?? w.PublishedOn)
            .ThenBy(w => w.Slug, StringComparer.Ordinal)
            .Take(MaxEntries)
            .ToList();
        var config = site.Config;
        string Address(string path) => config.HasBaseUrl ? $"{config.BaseUrl}/{path}" : path.Length == 0 ? "./" : path;

        var settings = new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = true, NewLineChars = "\n" };
        using (var xml = XmlWriter.Create(stream, settings))
        {
            xml.WriteStartDocument();
            xml.WriteStartElement("feed", AtomNamespace);
            xml.WriteAttributeString("xml", "lang", null, config.Language);
            xml.WriteElementString("title", AtomNamespace, XmlText.Clean(config.Title));
            if (config.Subtitle.Length > 0)
                xml.WriteElementString("subtitle", AtomNamespace, XmlText.Clean(config.Subtitle));
            xml.WriteElementString("id", AtomNamespace, Id(config.Publisher, "flux"));
            xml.WriteElementString("updated", AtomNamespace, Stamp(entries.Count > 0 ? entries.Max(w => w.UpdatedOn ?? w.PublishedOn) : new DateOnly(2000, 1, 1)));
            Link(xml, "self", "application/atom+xml", Address(CitingUrls.Feed));
            Link(xml, "alternate", "text/html", Address(string.Empty));
            xml.WriteStartElement("author", AtomNamespace);
            xml.WriteElementString("name", AtomNamespace, XmlText.Clean(config.Publisher));
            xml.WriteEndElement();

            foreach (var writeUp in entries)
            {
                xml.WriteStartElement("entry", AtomNamespace);
                xml.WriteElementString("title", AtomNamespace, XmlText.Clean(writeUp.Title));
                xml.WriteElementString("id", AtomNamespace, Id(config.Publisher, "fiches/" + writeUp.Slug));
                Link(xml, "alternate", "text/html", Address(SiteUrls.Pretty(SiteUrls.WriteUp(writeUp.Slug))));
                xml.WriteElementString("published", AtomNamespace, Stamp(writeUp.PublishedOn));
                xml.WriteElementString("updated", AtomNamespace, Stamp(writeUp.UpdatedOn ?? writeUp.PublishedOn));
                foreach (var author in writeUp.Authors)
                {
                    xml.WriteStartElement("author", AtomNamespace);
                    xml.WriteElementString("name", AtomNamespace, XmlText.Clean(author.DisplayName));
                    xml.WriteEndElement();
                }
                if (site.Vocabularies.ByKey(CitedWorks.KeywordVocabulary) is { } themes)
                    foreach (var term in writeUp.TermsOf(themes.Key).Select(t => themes.Find(t.Id)).OfType<Vocabularies.Term>().Distinct())
                    {
                        xml.WriteStartElement("category", AtomNamespace);
                        xml.WriteAttributeString("term", XmlText.Clean(term.Id));
                        xml.WriteAttributeString("label", XmlText.Clean(term.Label));
                        xml.WriteEndElement();
                    }
                xml.WriteElementString("summary", AtomNamespace, XmlText.Clean(writeUp.Summary));
                xml.WriteElementString("rights", AtomNamespace, XmlText.Clean(writeUp.Licence));
                xml.WriteEndElement();
            }
            xml.WriteEndElement();
            xml.WriteEndDocument();
        }
    }

    private static void Link(XmlWriter xml, string rel, string type, string href)
    {
        xml.WriteStartElement("link", AtomNamespace);
        xml.WriteAttributeString("rel", rel);
        xml.WriteAttributeString("type", type);
        xml.WriteAttributeString("href", href);
        xml.WriteEndElement();
    }

    /// <summary>Dates as RFC 3339 date-times at midnight UTC: write-ups are dated to the day.</summary>
    private static string Stamp(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + "T00:00:00Z";

    /// <summary>A name-based (version 5) UUID URN: the same name always gives the same id.</summary>
    public static string Id(string publisher, string name)
    {
        var hash = SHA1.HashData(Encoding.UTF8.GetBytes("osez-le-collectif:" + publisher + ":" + name));
        hash[6] = (byte)((hash[6] & 0x0F) | 0x50);
        hash[8] = (byte)((hash[8] & 0x3F) | 0x80);
        var hex = Convert.ToHexStringLower(hash.AsSpan(0, 16));
        return $"urn:uuid:{hex[..8]}-{hex[8..12]}-{hex[12..16]}-{hex[16..20]}-{hex[20..32]}";
    }
}
