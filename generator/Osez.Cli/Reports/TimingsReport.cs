using System.Globalization;
using Osez.Building;

namespace Osez.Cli.Reports;

/// <summary>Stage durations for <c>build --timings</c>, with the memory each stage allocated and the GC pauses it met.</summary>
internal static class TimingsReport
{
    /// <summary>The stages as a person reads them; a stage not listed keeps its name.</summary>
    private static readonly Dictionary<string, string> Names = new(StringComparer.Ordinal)
    {
        ["load"] = "lecture",
        ["validate"] = "vérification",
        ["bodies"] = "textes",
        ["render"] = "pages",
        ["search"] = "recherche",
        ["feed"] = "flux",
        ["sitemap"] = "plan du site",
        ["citations"] = "citations",
        ["open-data"] = "données",
        ["write"] = "écriture",
    };

    public static void Print(TextWriter writer, IReadOnlyList<StageTiming> timings)
    {
        writer.WriteLine("  étape           durée   mémoire allouée   pauses du ramasse-miettes   mémoire gardée ensuite");
        foreach (var timing in timings)
            Line(writer, Names.GetValueOrDefault(timing.Stage, timing.Stage), timing.Elapsed, timing.AllocatedBytes, timing.GcPause, timing.WorkingSetAfter);
        Line(writer, "total", TimeSpan.FromTicks(timings.Sum(t => t.Elapsed.Ticks)), timings.Sum(t => t.AllocatedBytes),
            TimeSpan.FromTicks(timings.Sum(t => t.GcPause.Ticks)), null);
        writer.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  processus : {Environment.ProcessorCount} cœurs, mémoire au plus haut {System.Diagnostics.Process.GetCurrentProcess().PeakWorkingSet64 / 1048576} Mio, ramassages {GC.CollectionCount(0)}/{GC.CollectionCount(1)}/{GC.CollectionCount(2)} (générations 0/1/2)"));
    }

    private static void Line(TextWriter writer, string stage, TimeSpan elapsed, long allocated, TimeSpan paused, long? held)
        => writer.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  {stage,-13} {elapsed.TotalMilliseconds,7:0} ms {allocated / 1048576.0,11:0} Mio {paused.TotalMilliseconds,21:0} ms")
            + (held is { } bytes ? string.Create(CultureInfo.InvariantCulture, $" {bytes / 1048576,20} Mio") : string.Empty));
}
