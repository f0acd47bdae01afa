using System.Globalization;
using Osez.Building;

namespace Osez.Cli.Reports;

/// <summary>Stage durations for <c>build --timings</c>, with the memory each stage allocated and the GC pauses it met.</summary>
internal static class TimingsReport
{
    public static void Print(TextWriter writer, IReadOnlyList<StageTiming> timings)
    {
        foreach (var timing in timings)
            Line(writer, timing.Stage, timing.Elapsed, timing.AllocatedBytes, timing.GcPause, timing.WorkingSetAfter);
        Line(writer, "total", TimeSpan.FromTicks(timings.Sum(t => t.Elapsed.Ticks)), timings.Sum(t => t.AllocatedBytes),
            TimeSpan.FromTicks(timings.Sum(t => t.GcPause.Ticks)), null);
        writer.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  process: {Environment.ProcessorCount} cores, peak working set {System.Diagnostics.Process.GetCurrentProcess().PeakWorkingSet64 / 1048576} MiB, GC {GC.CollectionCount(0)}/{GC.CollectionCount(1)}/{GC.CollectionCount(2)} (gen0/1/2)"));
    }

    private static void Line(TextWriter writer, string stage, TimeSpan elapsed, long allocated, TimeSpan paused, long? held)
        => writer.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  {stage,-10} {elapsed.TotalMilliseconds,8:0} ms {allocated / 1048576.0,9:0} MiB allocated {paused.TotalMilliseconds,7:0} ms GC")
            + (held is { } bytes ? string.Create(CultureInfo.InvariantCulture, $" {bytes / 1048576,7} MiB held after") : string.Empty));
}
