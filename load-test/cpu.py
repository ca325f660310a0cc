#!/usr/bin/env python3
"""CPU per process over a load run's measured window (bin/load), from /proc.

  cpu.py snap FILE          all processes' CPU ticks now (utime+stime+cutime+cstime), the machine's
                            busy and total ticks (/proc/stat), and the time, as JSON
  cpu.py diff START END     one line: the window's seconds, the machine's busy CPU-seconds of its
                            capacity (cores x seconds), then CPU-seconds per process group

Groups, from the command line: wildfly (jboss-modules), postgres (the postmaster and its backends,
whoever they serve), keycloak, gatling (io.gatling.app.Gatling or the Maven plugin), other.
cutime and cstime count the children a process reaped, so a PostgreSQL backend that ended inside
the window is counted through the postmaster; a process that started inside it counts from zero.
"""
import json
import os
import sys
import time

HZ = os.sysconf("SC_CLK_TCK")
GROUPS = ["wildfly", "postgres", "keycloak", "gatling", "other"]


def group(cmdline):
    if "jboss-modules" in cmdline:
        return "wildfly"
    if "io.gatling" in cmdline or "gatling:test" in cmdline:
        return "gatling"
    if "keycloak" in cmdline or "quarkus" in cmdline or "kc.sh" in cmdline:
        return "keycloak"
    if cmdline.startswith("postgres") or "/postgres " in cmdline or "bin/postgres" in cmdline:
        return "postgres"
    return "other"


def snap():
    procs = {}
    for pid in os.listdir("/proc"):
        if not pid.isdigit():
            continue
        try:
            with open(f"/proc/{pid}/stat") as f:
                stat = f.read()
            fields = stat[stat.rfind(")") + 2:].split()
            ticks = sum(int(fields[i]) for i in (11, 12, 13, 14))  # utime stime cutime cstime
            with open(f"/proc/{pid}/cmdline", "rb") as f:
                cmdline = f.read().replace(b"\0", b" ").decode(errors="replace").strip()
            if not cmdline:  # kernel threads
                continue
            procs[f"{pid}:{fields[19]}"] = [ticks, group(cmdline)]
        except (OSError, IndexError, ValueError):
            pass  # ended while being read
    with open("/proc/stat") as f:
        cpu = [int(v) for v in f.readline().split()[1:]]
    idle = cpu[3] + cpu[4]  # idle + iowait
    return {"time": time.time(), "busy": sum(cpu[:8]) - idle, "total": sum(cpu[:8]), "procs": procs}


def diff(a, b):
    seconds = b["time"] - a["time"]
    per = dict.fromkeys(GROUPS, 0)
    for key, (ticks, g) in b["procs"].items():
        per[g] += ticks - a["procs"].get(key, [0])[0]
    capacity = (b["total"] - a["total"]) / HZ
    busy = (b["busy"] - a["busy"]) / HZ
    parts = [f"window={seconds:.1f}s", f"busy={busy:.1f}/{capacity:.1f}"]
    parts += [f"{g}={max(per[g], 0) / HZ:.1f}" for g in GROUPS]
    return " ".join(parts)


if __name__ == "__main__":
    if sys.argv[1] == "snap":
        with open(sys.argv[2], "w") as f:
            json.dump(snap(), f)
    elif sys.argv[1] == "diff":
        with open(sys.argv[2]) as f, open(sys.argv[3]) as g:
            print(diff(json.load(f), json.load(g)))
    else:
        sys.exit(__doc__)
