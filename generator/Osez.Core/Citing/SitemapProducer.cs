using System.Text;
using System.Xml;
using Osez.Diagnostics;
using Osez.Features;
using Osez.Output;
using Osez.Rendering;
using Osez.Site;

namespace Osez.Citing;

/// <summary>
/// Writes <c>robots.txt</c> always, and <c>sitemap.xml</c> when the site has a base URL (the sitemap
/// protocol wants full addresses; without one, robots.txt simply names no sitemap).
/// Redirect pages, the 404 page and the reader's selection page are left out of the sitemap.
/// </summary>
public sealed class SitemapProducer : ISiteProducer
{
    private const string SitemapNamespace = "http://www.sitemaps.org/schemas/sitemap/0.9";
    private static readonly HashSet<string> Excluded = new(StringComparer.Ordinal) { "redirect", "not-found", "selection" };

    public string Stage => "sitemap";

    public void Produce(SiteModel site, RenderedSite rendered, IOutputSink output, DiagnosticBag diagnostics)
    {
        var robots = new StringBuilder("User-agent: *\nAllow: /\n");
        if (site.Config.HasBaseUrl)
        {
            using (var stream = output.Create(CitingUrls.Sitemap, "plan du site"))
                WriteSitemap(stream, site, rendered);
            robots.Append("Sitemap: ").Append(site.Config.BaseUrl).Append('/').Append(CitingUrls.Sitemap).Append('\n');
        }
        output.Write(CitingUrls.Robots, new UTF8Encoding(false).GetBytes(robots.ToString()), "robots.txt");
    }

    /// <summary>The sitemap, written to <paramref name="stream"/> as it is made.</summary>
    private static void WriteSitemap(Stream stream, SiteModel site, RenderedSite rendered)
    {
        var lastModified = site.WriteUps.ToDictionary(w => SiteUrls.WriteUp(w.Slug), w => w.UpdatedOn ?? w.PublishedOn, StringComparer.Ordinal);
        using (var xml = XmlWriter.Create(stream, new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = true, NewLineChars = "\n" }))
        {
            xml.WriteStartDocument();
            xml.WriteStartElement("urlset", SitemapNamespace);
            foreach (var page in rendered.Pages.Where(p => !Excluded.Contains(p.Layout)))
            {
                xml.WriteStartElement("url", SitemapNamespace);
                xml.WriteElementString("loc", SitemapNamespace, $"{site.Config.BaseUrl}/{SiteUrls.Pretty(page.Url)}");
                if (lastModified.TryGetValue(page.Url, out var date))
                    xml.WriteElementString("lastmod", SitemapNamespace, WriteUpTable.Iso(date));
                xml.WriteEndElement();
            }
            xml.WriteEndElement();
            xml.WriteEndDocument();
        }
    }
}
