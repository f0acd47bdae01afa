using System.Globalization;
using Osez.Building;

namespace Osez.Cli.Reports;

/// <summary>Stage durations for <c>build --timings</c>.</summary>
internal static class TimingsReport
{
    public static void Print(TextWriter writer, IReadOnlyList<StageTiming> timings)
    {
        foreach (var timing in timings)
            writer.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {timing.Stage,-10} {timing.Elapsed.TotalMilliseconds,8:0} ms"));
        writer.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {"total",-10} {timings.Sum(t => t.Elapsed.TotalMilliseconds),8:0} ms"));
    }
}
