#!/usr/bin/env python3
"""Where the CPU of a load run goes, and what the database connections wait for.

  breakdown.py jfr RECORDING.jfr      CPU samples of WildFly's request threads by component
  breakdown.py waits RECORDING.jfr    time request threads spent blocked (parked, waiting for a
                                      monitor, reading a socket; events of 10 ms or more) by component
  breakdown.py pg SAMPLES.tsv         states of the platform's PostgreSQL sessions, sampled by bin/load

The JFR part reads `jfr print --json --stack-depth 64 --events jdk.ExecutionSample` (jfr prints only
5 frames by default, too few to reach the component) and gives each sample to the
first component found walking its stack from the top frame down (the code that was running), so
that e.g. a PostgreSQL driver call made by Hibernate counts as JDBC, not as Hibernate.
"""
import collections
import json
import subprocess
import sys

# (component, package prefixes); first match from the top of the stack wins.
COMPONENTS = [
    ("JDBC driver / PostgreSQL protocol", ("org.postgresql.",)),
    ("connection pool (IronJacamar)", ("org.jboss.jca.",)),
    ("transactions (Narayana)", ("com.arjuna.", "org.jboss.narayana.", "org.jboss.tm.", "org.wildfly.transaction.")),
    ("JMS (Artemis)", ("org.apache.activemq.",)),
    ("token validation (elytron OIDC, jose4j)", ("org.wildfly.security.http.oidc.", "org.jose4j.")),
    ("security (elytron other)", ("org.wildfly.security.",)),
    ("HTTP sessions (Undertow)", ("io.undertow.server.session.", "io.undertow.servlet.spec.HttpSessionImpl")),
    ("Bean Validation (Hibernate Validator)", ("org.hibernate.validator.",)),
    ("Hibernate ORM", ("org.hibernate.",)),
    ("JSON (Yasson, Parsson, Jackson)", ("org.eclipse.yasson.", "org.eclipse.parsson.", "org.glassfish.json.", "com.fasterxml.jackson.")),
    ("the match index (HashIndex, BatchSearch)", ("eu.csar.detection.index.",)),
    ("the platform's code", ("eu.csar.",)),
    ("EJB / CDI / interceptors (WildFly, Weld)", ("org.jboss.as.", "org.jboss.invocation.", "org.jboss.weld.", "org.jboss.ejb")),
    ("REST (RESTEasy)", ("org.jboss.resteasy.",)),
    ("HTTP server (Undertow, XNIO)", ("io.undertow.", "org.xnio.")),
    ("crypto (JDK)", ("sun.security.", "java.security.", "javax.crypto.", "com.sun.crypto.")),
    ("logging", ("org.jboss.logmanager.", "org.jboss.logging.", "java.util.logging.")),
]
# Undertow's request worker threads, and the managed executor's, to which the match service hands
# a slice of a lone batch (MatchIndex, PdqBatch).
REQUEST_THREADS = ("default task", "EE-ManagedExecutorService-default")
# Validator before Hibernate: checked first.
COMPONENTS.sort(key=lambda c: 0 if c[0].startswith("Bean Validation") else 1)


def component(frames):
    for frame in frames:
        name = frame["method"]["type"]["name"].replace("/", ".")
        for label, prefixes in COMPONENTS:
            if name.startswith(prefixes):
                return label
    return "JDK and other"


def jfr(path):
    out = subprocess.run(["jfr", "print", "--json", "--stack-depth", "64", "--events", "jdk.ExecutionSample", path],
                         capture_output=True, text=True, check=True).stdout
    events = json.loads(out)["recording"]["events"]
    counts = collections.Counter()
    for e in events:
        thread = (e["values"].get("sampledThread") or {}).get("javaName") or ""
        if not thread.startswith(REQUEST_THREADS):
            continue
        counts[component(e["values"]["stackTrace"]["frames"])] += 1
    total = sum(counts.values()) or 1
    print(f"| component (CPU samples of request threads, {total} samples) | share |")
    print("|---|---|")
    for label, n in counts.most_common():
        print(f"| {label} | {100.0 * n / total:.1f}% |")


def waits(path):
    out = subprocess.run(["jfr", "print", "--json", "--stack-depth", "40", "--events",
                          "jdk.ThreadPark,jdk.JavaMonitorEnter,jdk.SocketRead", path],
                         capture_output=True, text=True, check=True).stdout
    events = json.loads(out)["recording"]["events"]
    millis = collections.Counter()
    for e in events:
        thread = (e["values"].get("eventThread") or {}).get("javaName") or ""
        if not thread.startswith(REQUEST_THREADS):
            continue
        duration = e["values"]["duration"]  # ISO-8601, e.g. "PT0.0123S"
        seconds = float(duration[2:-1]) if duration.startswith("PT") and duration.endswith("S") else 0.0
        frames = [f for f in e["values"]["stackTrace"]["frames"]
                  if not f["method"]["type"]["name"].replace("/", ".").startswith(("java.", "jdk.", "sun.nio."))]
        millis[f"{e['type'].split('.')[-1]}: {component(frames)}"] += seconds * 1000
    total = sum(millis.values()) or 1
    print(f"| request threads blocked in (events >= 10 ms, {total:.0f} ms in all) | ms | share |")
    print("|---|---|---|")
    for label, ms in millis.most_common(15):
        print(f"| {label} | {ms:.0f} | {100.0 * ms / total:.1f}% |")


def pg(path):
    counts = collections.Counter()
    for line in open(path):
        parts = line.rstrip("\n").split("\t")
        if len(parts) < 3:
            continue
        state, wait_type, wait_event = parts[0], parts[1], parts[2]
        if state == "active":
            key = f"active, waiting for {wait_type}:{wait_event}" if wait_type else "active, running a statement"
        elif state == "idle in transaction":
            key = "idle in transaction (the server works between statements, transaction open)"
        else:
            key = state or "(none)"
        counts[key] += 1
    total = sum(counts.values()) or 1
    print(f"| PostgreSQL session state (sampled, {total} samples) | share |")
    print("|---|---|")
    for label, n in counts.most_common():
        print(f"| {label} | {100.0 * n / total:.1f}% |")


if __name__ == "__main__":
    {"jfr": jfr, "waits": waits, "pg": pg}[sys.argv[1]](sys.argv[2])
