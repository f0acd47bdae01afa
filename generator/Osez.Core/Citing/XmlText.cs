using System.Text;
using System.Xml;

namespace Osez.Citing;

/// <summary>Text made writable in XML 1.0: characters XML cannot hold (most control characters) are left out.</summary>
public static class XmlText
{
    public static string Clean(string text)
    {
        if (text.All(XmlConvert.IsXmlChar))
            return text;
        var builder = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (XmlConvert.IsXmlChar(c))
                builder.Append(c);
            else if (i + 1 < text.Length && XmlConvert.IsXmlSurrogatePair(text[i + 1], c))
                builder.Append(c).Append(text[++i]);
        }
        return builder.ToString();
    }
}
