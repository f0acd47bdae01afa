using System.Diagnostics;

namespace Osez.Building;

/// <summary>Times the stages of a build, for <c>build --timings</c>.</summary>
public sealed class StageTimer
{
    private readonly List<StageTiming> _timings = [];

    public IReadOnlyList<StageTiming> Timings => _timings;

    public T Time<T>(string stage, Func<T> work)
    {
        var watch = Stopwatch.StartNew();
        try
        {
            return work();
        }
        finally
        {
            _timings.Add(new StageTiming(stage, watch.Elapsed));
        }
    }

    public void Time(string stage, Action work) => Time(stage, () =>
    {
        work();
        return 0;
    });
}

/// <summary>How long one stage took.</summary>
public sealed record StageTiming(string Stage, TimeSpan Elapsed);
