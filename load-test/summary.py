#!/usr/bin/env python3
"""One summary line (tab-separated) from the closing statistics Gatling prints on its console:
when, label, simulation, users, seconds, requests, req/s, p50 ms, p99 ms, max ms, errors, load
average before and after, and the CPU-seconds per process over the measured window (cpu.py diff;
"-" when there is none). Used by bin/load."""
import datetime
import re
import sys

log, label, sim, users, seconds, before, after = sys.argv[1:8]
cpu = sys.argv[8] if len(sys.argv) > 8 else "-"
text = open(log, errors="replace").read()
block = text[text.rindex("---- Global Information"):]


def total(name):
    m = re.search(r"> " + re.escape(name) + r"\s*\|\s*(\S+)\s*\|\s*(\S+)\s*\|\s*(\S+)", block)
    return m.groups() if m else ("-", "-", "-")


count, _, ko = total("request count")
print("\t".join([datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%dT%H:%MZ"), label, sim, users, seconds,
                 count, total("mean throughput (rps)")[0], total("response time 50th percentile (ms)")[0],
                 total("response time 99th percentile (ms)")[0], total("max response time (ms)")[0],
                 "0" if ko == "-" else ko, before, after, cpu]))
