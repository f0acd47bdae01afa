using System.Text;

namespace Osez.Search.Lunr;

/// <summary>
/// Writes an index exactly as <c>JSON.stringify(index)</c> does in lunr.js 2.3.9: key order, number
/// and string forms, and JavaScript's object key order inside postings (keys that look like array
/// indices first, in numeric order, then the others in insertion order). The field vectors are
/// rebuilt from the postings: one per (document, field), documents in order, elements by term index.
/// </summary>
public static class LunrIndexJson
{
    public static string Write(LunrIndex index)
    {
        var json = new StringBuilder(1024);
        json.Append("{\"version\":");
        JsText.AppendJsonString(json, LunrIndex.Version);
        json.Append(",\"fields\":");
        JsText.AppendJsonStrings(json, index.Fields);

        json.Append(",\"fieldVectors\":[");
        var vectors = FieldVectors(index);
        var firstVector = true;
        for (var d = 0; d < index.Refs.Count; d++)
        {
            for (var f = 0; f < index.Fields.Count; f++)
            {
                if (!firstVector)
                    json.Append(',');
                firstVector = false;
                json.Append('[');
                JsText.AppendJsonString(json, index.Fields[f] + "/" + index.Refs[d]);
                json.Append(",[");
                var elements = vectors[d * index.Fields.Count + f];
                for (var j = 0; j < elements.Count; j++)
                {
                    if (j > 0)
                        json.Append(',');
                    json.Append(elements[j].TermIndex).Append(',');
                    JsText.AppendJsonNumber(json, LunrIndex.Score(elements[j].Score));
                }
                json.Append("]]");
            }
        }

        var keys = JsObjectKeys.Order(["_index", .. index.Fields]);
        json.Append("],\"invertedIndex\":[");
        for (var t = 0; t < index.Terms.Length; t++)
        {
            if (t > 0)
                json.Append(',');
            json.Append('[');
            JsText.AppendJsonString(json, index.Terms[t]);
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
                    json.Append(index.TermIndexes[t]);
                    continue;
                }
                var postings = index.Postings[IndexOfField(index.Fields, key)];
                var refs = new List<string>(postings.Count(t));
                for (var p = postings.Offsets[t]; p < postings.Offsets[t + 1]; p++)
                    refs.Add(index.Refs[postings.Documents[p]]);
                AppendRefs(json, refs);
            }
            json.Append("}]");
        }

        json.Append("],\"pipeline\":");
        JsText.AppendJsonStrings(json, index.Pipeline);
        json.Append('}');
        return json.ToString();
    }

    /// <summary>The elements of each (document, field) vector, at document × fields + field, by ascending term index.</summary>
    private static List<(int TermIndex, int Score)>[] FieldVectors(LunrIndex index)
    {
        var fieldCount = index.Fields.Count;
        var vectors = new List<(int TermIndex, int Score)>[index.Refs.Count * fieldCount];
        for (var i = 0; i < vectors.Length; i++)
            vectors[i] = [];
        for (var f = 0; f < fieldCount; f++)
        {
            var postings = index.Postings[f];
            for (var t = 0; t < index.Terms.Length; t++)
                for (var p = postings.Offsets[t]; p < postings.Offsets[t + 1]; p++)
                    vectors[postings.Documents[p] * fieldCount + f].Add((index.TermIndexes[t], postings.Scores[p]));
        }
        foreach (var vector in vectors)
            vector.Sort((a, b) => a.TermIndex.CompareTo(b.TermIndex));
        return vectors;
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
}
