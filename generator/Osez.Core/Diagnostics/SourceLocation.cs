namespace Osez.Diagnostics;

/// <summary>A place in a source file: path relative to the site root, 1-based line and column (0 when unknown).</summary>
public readonly record struct SourceLocation(string File, int Line = 0, int Column = 0)
{
    public static SourceLocation None => new(string.Empty);

    public SourceLocation At(int line, int column) => new(File, line, column);

    public override string ToString() => Line > 0
        ? Column > 0 ? $"{File}:{Line}:{Column}" : $"{File}:{Line}"
        : File;
}
