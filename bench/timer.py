#!/usr/bin/env python3
"""Times whole processes, interleaved, and compares them (standard library only).

    timer.py [--runs N] [--warmup W] [--title TEXT] [--json FILE] \
        --job NAME -- CMD [ARG ...] --job NAME -- CMD [ARG ...] ...

Each job is a command run as a child process, start-up included, its output
discarded (stdin from /dev/null). The jobs are first run W times each without
being counted, then N rounds are timed; within a round the jobs take turns,
and the order is reversed every other round so that neither always runs
first on a busy machine. For every run:

  wall   monotonic clock from start until the process is reaped, seconds
  cpu    user + system time of the process and the children it waited for
  peak   the kernel's maximum resident set size of that process tree's largest
         member (rusage ru_maxrss from wait4, as /usr/bin/time -v reports it)

Prints the median (min-max) of each figure per job, then, when there are at
least two jobs, the ratio of the first job's medians to each other job's.
Exits 1 if any run exits with a non-zero status (its last stderr lines are
shown).
"""
import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time


def run_once(cmd):
    with tempfile.TemporaryFile() as err:
        start = time.monotonic()
        proc = subprocess.Popen(cmd, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=err)
        _, status, usage = os.wait4(proc.pid, 0)
        wall = time.monotonic() - start
        code = os.waitstatus_to_exitcode(status)
        tail = ""
        if code != 0:
            err.seek(0)
            tail = err.read().decode("utf-8", "replace")[-2000:]
    return {
        "wall": wall,
        "cpu": usage.ru_utime + usage.ru_stime,
        "peak_mib": usage.ru_maxrss / 1024.0,
        "exit": code,
        "stderr_tail": tail,
    }


def parse_jobs(words):
    jobs = []
    i = 0
    while i < len(words):
        if words[i] != "--job" or i + 2 >= len(words) or words[i + 2] != "--":
            sys.exit("timer.py: expected --job NAME -- CMD ..., got: %s" % " ".join(words[i:i + 3]))
        name = words[i + 1]
        j = i + 3
        while j < len(words) and words[j] != "--job":
            j += 1
        if j == i + 3:
            sys.exit("timer.py: job %s has no command" % name)
        jobs.append((name, words[i + 3:j]))
        i = j
    if not jobs:
        sys.exit("timer.py: no --job given")
    return jobs


def summary(values, fmt):
    return "%s (%s-%s)" % (fmt % statistics.median(values), fmt % min(values), fmt % max(values))


def main():
    split = sys.argv.index("--job") if "--job" in sys.argv else len(sys.argv)
    ap = argparse.ArgumentParser(description="Interleaved whole-process timer.")
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--warmup", type=int, default=1)
    ap.add_argument("--title", default="")
    ap.add_argument("--json", help="also write every run to this file")
    args = ap.parse_args(sys.argv[1:split])
    jobs = parse_jobs(sys.argv[split:])
    if args.runs < 1:
        sys.exit("timer.py: --runs must be at least 1")

    for _ in range(args.warmup):
        for _, cmd in jobs:
            run_once(cmd)
    results = {name: [] for name, _ in jobs}
    for r in range(args.runs):
        order = jobs if r % 2 == 0 else list(reversed(jobs))
        for name, cmd in order:
            results[name].append(run_once(cmd))

    width = max(12, max(len(n) for n, _ in jobs) + 2)
    title = args.title or "timings"
    print("%s: median (min-max) of %d run(s) after %d warm-up, interleaved" % (title, args.runs, args.warmup))
    print("  %-*s %-22s %-26s %s" % (width, "", "wall s", "cpu s (user+sys)", "peak RSS MiB"))
    for name, _ in jobs:
        runs = results[name]
        print("  %-*s %-22s %-26s %s" % (
            width, name,
            summary([x["wall"] for x in runs], "%.2f"),
            summary([x["cpu"] for x in runs], "%.2f"),
            summary([x["peak_mib"] for x in runs], "%.0f")))
    first = jobs[0][0]
    for name, _ in jobs[1:]:
        ratio = lambda key: statistics.median([x[key] for x in results[first]]) / statistics.median([x[key] for x in results[name]])
        print("  %-*s %-22s %-26s %s" % (
            width, "%s/%s" % (first, name), "%.2f" % ratio("wall"), "%.2f" % ratio("cpu"), "%.2f" % ratio("peak_mib")))
    sys.stdout.flush()

    if args.json:
        with open(args.json, "w", encoding="utf-8") as out:
            json.dump({"title": title, "runs": args.runs, "warmup": args.warmup,
                       "jobs": {name: {"command": cmd, "runs": results[name]} for name, cmd in jobs}}, out, indent=1)

    failed = [(name, x) for name, _ in jobs for x in results[name] if x["exit"] != 0]
    if failed:
        name, x = failed[0]
        print("FAILED: %d run(s) exited with a non-zero status; first: %s (exit %d)\n%s"
              % (len(failed), name, x["exit"], x["stderr_tail"]), file=sys.stderr)
        sys.exit(1)


if __name__ == "__main__":
    main()
