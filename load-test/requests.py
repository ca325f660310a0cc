#!/usr/bin/env python3
"""Summary lines (tab-separated, the columns of load-summary.tsv) per request of one Gatling run, from
the statistics table of the report's index.html: when, label, simulation/request, users, seconds,
requests, req/s, p50 ms, p99 ms, max ms, errors, load average before and after. Used by bin/load for
the reports simulation, whose global line mixes one-call reports, the three steps and the reviewer's
decisions."""
import datetime
import html
import re
import sys

report, label, sim, users, seconds, before, after = sys.argv[1:]
page = open(report + "/index.html", errors="replace").read()
table = page[page.index('id="stats"'):]  # the head table (all requests), then one row per request
when = datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%dT%H:%MZ")
for row in re.findall(r"<tr.*?</tr>", table, flags=re.S):
    name = re.search(r'class="ellipsed-name">([^<]*)', row)
    cells = dict(re.findall(r'<td class="value [a-z]+ col-(\d+)">([^<]*)</td>', row))
    if not name or name.group(1) == "All Requests" or not cells:
        continue
    # columns: 2 total, 3 OK, 4 KO, 5 % KO, 6 req/s, 7 min, 8 p50, 9 p75, 10 p95, 11 p99, 12 max
    print("\t".join([when, label, sim + "/" + html.unescape(name.group(1)), users, seconds, cells["2"], cells["6"],
                     cells["8"], cells["11"], cells["12"], "0" if cells["4"] == "-" else cells["4"], before, after]))
