using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace Osez.Citing;

/// <summary>
/// The form of the reference data files: a script that stores a JSON value under a key of
/// <c>window.OsezReferencesData</c>. Loaded by inserting a &lt;script&gt; element, it also works
/// from file://, where fetch cannot read files. Files are named after a hash of their bytes, so a
/// browser never keeps a chunk that changed.
/// </summary>
public static class ChunkScript
{
    public const string Global = "OsezReferencesData";

    /// <summary>Starts a script in <paramref name="stream"/>; write the JSON value, then call <see cref="End"/>.</summary>
    public static void Begin(Stream stream, string key)
    {
        stream.Write(Encoding.UTF8.GetBytes($"(window.{Global}=window.{Global}||{{}})["));
        stream.Write(JsonSerializer.SerializeToUtf8Bytes(key));
        stream.Write("]="u8);
    }

    public static void End(Stream stream) => stream.Write(";\n"u8);

    /// <summary>A short hash of the bytes, to name the file.</summary>
    public static string Hash(ReadOnlySpan<byte> bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes))[..10];

    /// <summary>The key and the JSON value of a script written by <see cref="Begin"/> and <see cref="End"/>.</summary>
    public static (string Key, string Json) Parse(string script)
    {
        var prefix = $"(window.{Global}=window.{Global}||{{}})[";
        if (!script.StartsWith(prefix, StringComparison.Ordinal) || !script.EndsWith(";\n", StringComparison.Ordinal))
            throw new FormatException("Not a reference data script.");
        var rest = script[prefix.Length..^2];
        var close = rest.IndexOf("]=", StringComparison.Ordinal);
        return (JsonSerializer.Deserialize<string>(rest[..close])!, rest[(close + 2)..]);
    }
}
