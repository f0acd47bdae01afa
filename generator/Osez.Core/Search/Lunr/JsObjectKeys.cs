namespace Osez.Search.Lunr;

/// <summary>
/// The order in which JavaScript lists an object's own keys: keys that are array indices
/// (canonical integers from 0 to 2^32 − 2) first, in ascending numeric order, then the others in
/// insertion order.
/// </summary>
public static class JsObjectKeys
{
    public static List<string> Order(IReadOnlyList<string> keys)
    {
        var indices = new List<(uint Value, string Key)>();
        var others = new List<string>();
        foreach (var key in keys)
        {
            if (IsArrayIndex(key, out var value))
                indices.Add((value, key));
            else
                others.Add(key);
        }
        if (indices.Count == 0)
            return others;
        indices.Sort((a, b) => a.Value.CompareTo(b.Value));
        var ordered = new List<string>(keys.Count);
        ordered.AddRange(indices.Select(i => i.Key));
        ordered.AddRange(others);
        return ordered;
    }

    public static bool IsArrayIndex(string key, out uint value)
    {
        value = 0;
        if (key.Length is 0 or > 10 || (key.Length > 1 && key[0] == '0'))
            return false;
        ulong number = 0;
        foreach (var c in key)
        {
            if (c is < '0' or > '9')
                return false;
            number = number * 10 + (ulong)(c - '0');
        }
        if (number > 4_294_967_294UL)
            return false;
        value = (uint)number;
        return true;
    }
}
