using System.Text;
using System.Text.Json;

namespace Osez.Citing;

/// <summary>
/// A reference format readers download, described once: a write-up's page offers its reference in it, the
/// collection's file is in <c>donnees/</c>, the reference chunks hold it for the selection and search pages to put
/// any list of write-ups together (<c>assets/citations.js</c>, told how by the chunks' manifest), <c>fiches.json</c>
/// names the collection's file, and the templates get it with its label, MIME type and addresses
/// (<c>citation_formats</c>). Every one of these loops over <see cref="CitationFormats.All"/>.
/// </summary>
/// <remarks>A new format: a subclass (most are a <see cref="TextCitationFormat"/>), its place in <see cref="CitationFormats.All"/>
/// and its label in the interface texts (<see cref="LabelKey"/>).</remarks>
public abstract class CitationFormat
{
    /// <summary>"bibtex": how pages, their scripts and the reference chunks name it.</summary>
    public abstract string Name { get; }

    /// <summary>".bib": of the files readers download, and of the collection's file.</summary>
    public abstract string Extension { get; }

    public abstract string MediaType { get; }

    /// <summary>The name where a dash cannot stand ("csl_json"): its key in <c>fiches.json</c> and in the interface texts.</summary>
    public string Key => Name.Replace('-', '_');

    /// <summary>Its label in the interface texts (<c>templates/strings/</c>): "citing.bibtex".</summary>
    public string LabelKey => "citing." + Key;

    /// <summary>One work's reference, as the file a write-up's page offers.</summary>
    public abstract string File(CitedWork work);

    /// <summary>Many works' references as one file, written as they are made (the collection's file).</summary>
    public abstract void WriteFile(Stream stream, IEnumerable<CitedWork> works);

    /// <summary>The field of a reference chunk that holds a work's reference in this format.</summary>
    public virtual string ChunkField => Name;

    /// <summary>Writes the <see cref="ChunkField"/> of one work's entry in a reference chunk.</summary>
    public abstract void WriteChunkField(Utf8JsonWriter json, CitedWork work);

    /// <summary>
    /// Tells <c>assets/citations.js</c>, in the chunks' manifest, how to make one file of several works' chunk fields:
    /// the properties of this format's entry besides its extension and MIME type.
    /// </summary>
    public abstract void WriteJoining(Utf8JsonWriter json);
}

/// <summary>A format whose file for several works is each work's entry, one after the other, with a separator between two.</summary>
public abstract class TextCitationFormat : CitationFormat
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>What stands between two entries.</summary>
    public abstract string Separator { get; }

    /// <summary>One work's entry, which is also the file of this work alone.</summary>
    public abstract string Entry(CitedWork work);

    public sealed override string File(CitedWork work) => Entry(work);

    public sealed override void WriteFile(Stream stream, IEnumerable<CitedWork> works)
    {
        using var writer = new StreamWriter(stream, Utf8, CslJson.FlushBytes, leaveOpen: true);
        var first = true;
        foreach (var work in works)
        {
            if (!first)
                writer.Write(Separator);
            writer.Write(Entry(work));
            first = false;
        }
    }

    public sealed override void WriteChunkField(Utf8JsonWriter json, CitedWork work) => json.WriteString(ChunkField, Entry(work));

    /// <summary><c>"separateur": "\n"</c>: the script joins the entries with it.</summary>
    public sealed override void WriteJoining(Utf8JsonWriter json) => json.WriteString("separateur", Separator);
}
