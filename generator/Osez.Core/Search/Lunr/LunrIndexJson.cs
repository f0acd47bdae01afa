using System.Text;

namespace Osez.Search.Lunr;

/// <summary>
/// Writes an index exactly as <c>JSON.stringify(index)</c> does in lunr.js 2.3.9: key order, number
/// and string forms, and JavaScript's object key order inside postings (keys that look like array
/// indices first, in numeric order, then the others in insertion order).
/// </summary>
public static class LunrIndexJson
{
    public static string Write(LunrIndex index)
    {
        var json = new StringBuilder(EstimateSize(index));
        json.Append("{\"version\":");
        JsText.AppendJsonString(json, LunrIndex.Version);
        json.Append(",\"fields\":");
        AppendStrings(json, index.Fields);

        json.Append(",\"fieldVectors\":[");
        for (var i = 0; i < index.FieldVectors.Count; i++)
        {
            var vector = index.FieldVectors[i];
            if (i > 0)
                json.Append(',');
            json.Append('[');
            JsText.AppendJsonString(json, vector.FieldRef);
            json.Append(",[");
            for (var j = 0; j < vector.Elements.Count; j++)
            {
                if (j > 0)
                    json.Append(',');
                json.Append(vector.Elements[j].TermIndex).Append(',');
                JsText.AppendJsonNumber(json, vector.Elements[j].Score);
            }
            json.Append("]]");
        }

        var keys = JsObjectKeys.Order(["_index", .. index.Fields]);
        json.Append("],\"invertedIndex\":[");
        for (var i = 0; i < index.Postings.Count; i++)
        {
            var posting = index.Postings[i];
            if (i > 0)
                json.Append(',');
            json.Append('[');
            JsText.AppendJsonString(json, posting.Term);
            json.Append(",{");
            var first = true;
            foreach (var key in keys)
            {
                if (!first)
                    json.Append(',');
                first = false;
                JsText.AppendJsonString(json, key);
                json.Append(':');
                if (key == "_index")
                {
                    json.Append(posting.Index);
                    continue;
                }
                AppendRefs(json, posting.RefsByField[IndexOfField(index.Fields, key)]);
            }
            json.Append("}]");
        }

        json.Append("],\"pipeline\":");
        AppendStrings(json, index.Pipeline);
        json.Append('}');
        return json.ToString();
    }

    private static int IndexOfField(IReadOnlyList<string> fields, string name)
    {
        for (var i = 0; i < fields.Count; i++)
            if (fields[i] == name)
                return i;
        throw new InvalidOperationException($"Unknown field {name}");
    }

    private static void AppendRefs(StringBuilder json, IReadOnlyList<string> refs)
    {
        json.Append('{');
        var first = true;
        foreach (var reference in JsObjectKeys.Order(refs))
        {
            if (!first)
                json.Append(',');
            first = false;
            JsText.AppendJsonString(json, reference);
            json.Append(":{}");
        }
        json.Append('}');
    }

    private static void AppendStrings(StringBuilder json, IReadOnlyList<string> values)
    {
        json.Append('[');
        for (var i = 0; i < values.Count; i++)
        {
            if (i > 0)
                json.Append(',');
            JsText.AppendJsonString(json, values[i]);
        }
        json.Append(']');
    }

    private static int EstimateSize(LunrIndex index)
        => (int)Math.Min(int.MaxValue / 2, 64L + index.FieldVectors.Count * 48L + index.Postings.Count * 96L);
}
