#!/usr/bin/env python3
"""Prints the figures of one or more measure.mjs outputs as a Markdown table (standard library only).

    table.py browser-sharded-10000.json [browser-single-10000.json ...]
"""
import json
import sys

ROWS = [
    ("first query, gzip KB (all files)", lambda s, o: s["firstQueryGzip"] / 1000),
    ("  of which lunr.js + lunr-languages", lambda s, o: kind(o, "lunr scripts")),
    ("  of which our scripts", lambda s, o: kind(o, "our scripts")),
    ("  of which HTML + CSS", lambda s, o: kind(o, "html") + kind(o, "css")),
    ("  of which index (whole) or manifest", lambda s, o: kind(o, "index or manifest")),
    ("  of which index shards", lambda s, o: kind(o, "index shards")),
    ("  of which facet values / catalogue", lambda s, o: kind(o, "facet values") + kind(o, "results data (catalogue)")),
    ("  of which the 20 results shown (card + text for the snippet)", lambda s, o: kind(o, "results (cards + text)") + kind(o, "snippet texts")),
    ("  of which other scripts (selection, citations)", lambda s, o: kind(o, "other")),
    ("cold: open ?q=logement to results, ms", lambda s, o: s["firstQueryMs"]),
    ("warm: same, files cached, ms", lambda s, o: s["warmMs"]),
    ("first query once loaded, ms", lambda s, o: s["queryOnceLoadedMs"]),
    ("  its download, gzip KB", lambda s, o: s["queryOnceLoadedGzip"] / 1000),
    ("later queries (20), median ms", lambda s, o: s["laterMedianMs"]),
    ("later queries, max ms", lambda s, o: s["laterMaxMs"]),
    ("later queries, median / max gzip KB", lambda s, o: "%.0f / %.0f" % (s["laterMedianGzip"] / 1000, s["laterMaxGzip"] / 1000)),
    ("same queries again, median ms", lambda s, o: s["againMedianMs"]),
    ("typing « logement », gzip KB", lambda s, o: s["typingGzip"] / 1000),
    ("JS heap after first query, MiB", lambda s, o: s["heapMiB"]),
    ("JS heap after 21 queries, MiB", lambda s, o: s["heapAfterLaterMiB"]),
]


def kind(o, name):
    return o["first"][0]["byKind"].get(name, {}).get("gzip", 0) / 1000


def cell(value):
    return "%.0f" % value if isinstance(value, (int, float)) else str(value)


results = [json.load(open(path)) for path in sys.argv[1:]]
print("| figure | " + " | ".join(r["label"] for r in results) + " |")
print("|---|" + "---:|" * len(results))
for title, get in ROWS:
    print("| %s | %s |" % (title, " | ".join(cell(get(r["summary"], r)) for r in results)))
