using System.Diagnostics;

namespace Osez.Building;

/// <summary>Times the stages of a build, for <c>build --timings</c>: duration, memory allocated and time the GC paused the build.</summary>
public sealed class StageTimer
{
    private readonly List<StageTiming> _timings = [];

    public IReadOnlyList<StageTiming> Timings => _timings;

    public T Time<T>(string stage, Func<T> work)
    {
        var allocated = GC.GetTotalAllocatedBytes(precise: false);
        var paused = GC.GetTotalPauseDuration();
        var watch = Stopwatch.StartNew();
        try
        {
            return work();
        }
        finally
        {
            _timings.Add(new StageTiming(stage, watch.Elapsed)
            {
                AllocatedBytes = GC.GetTotalAllocatedBytes(precise: false) - allocated,
                GcPause = GC.GetTotalPauseDuration() - paused,
                WorkingSetAfter = Environment.WorkingSet,
            });
        }
    }

    public void Time(string stage, Action work) => Time(stage, () =>
    {
        work();
        return 0;
    });
}

/// <summary>How long one stage took.</summary>
public sealed record StageTiming(string Stage, TimeSpan Elapsed)
{
    /// <summary>Bytes allocated on the managed heap during the stage (all threads).</summary>
    public long AllocatedBytes { get; init; }

    /// <summary>Time the garbage collector suspended the build during the stage.</summary>
    public TimeSpan GcPause { get; init; }

    /// <summary>Memory the process held at the end of the stage.</summary>
    public long WorkingSetAfter { get; init; }
}
