using System.Buffers;
using System.Text;
using Osez.Output;

namespace Osez.Search.Shards;

/// <summary>
/// The form of every search data file: a script that stores a JSON value under a key of
/// <c>window.OsezSearchData</c>. Loaded by inserting a &lt;script&gt; element, it works from file://,
/// where fetch cannot read files.
/// </summary>
public static class DataScript
{
    public const string Global = "OsezSearchData";

    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>Starts a script in <paramref name="builder"/>; append the JSON value, then call <see cref="End"/>.</summary>
    public static StringBuilder Begin(StringBuilder builder, string key)
    {
        builder.Append("(window.").Append(Global).Append("=window.").Append(Global).Append("||{})[");
        Lunr.JsText.AppendJsonString(builder, key);
        return builder.Append("]=");
    }

    public static byte[] End(StringBuilder builder) => Utf8.GetBytes(builder.Append(";\n").ToString());

    /// <summary>
    /// Ends the script and writes it to <paramref name="output"/>, encoded from the builder's chunks into a pooled
    /// buffer: the same bytes as <see cref="End(StringBuilder)"/>, without a string and an array of the whole script.
    /// </summary>
    public static void End(StringBuilder builder, IOutputSink output, string path, string origin)
    {
        builder.Append(";\n");
        var bytes = ArrayPool<byte>.Shared.Rent(Utf8.GetMaxByteCount(builder.Length));
        try
        {
            var encoder = Utf8.GetEncoder();
            var written = 0;
            foreach (var chunk in builder.GetChunks())
                written += encoder.GetBytes(chunk.Span, bytes.AsSpan(written), flush: false);
            written += encoder.GetBytes([], bytes.AsSpan(written), flush: true);
            output.Write(path, bytes.AsSpan(0, written), origin);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(bytes);
        }
    }

    /// <summary>The key and the JSON value of a script written by <see cref="Begin"/> and <see cref="End"/>.</summary>
    public static (string Key, string Json) Parse(string script)
    {
        var prefix = $"(window.{Global}=window.{Global}||{{}})[";
        if (!script.StartsWith(prefix, StringComparison.Ordinal) || !script.EndsWith(";\n", StringComparison.Ordinal))
            throw new FormatException("Not a search data script.");
        var rest = script[prefix.Length..^2];
        var close = rest.IndexOf("]=", StringComparison.Ordinal);
        return (System.Text.Json.JsonSerializer.Deserialize<string>(rest[..close])!, rest[(close + 2)..]);
    }
}
