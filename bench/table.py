#!/usr/bin/env python3
"""Turns results.jsonl into the results table (medians of the measured rounds, ratios, goals).

    python3 bench/table.py target/bench-<stamp>/results.jsonl
"""

import json
import os
import statistics
import sys


def load(path):
    with open(path) as f:
        return [json.loads(line) for line in f if line.strip()]


def main(results, machine=None, out=None):
    entries = load(results)
    checks = {e["name"]: e for e in entries if e["phase"] == "check"}

    def rounds(name):
        return [e for e in entries if e["name"] == name and e["phase"].startswith("r")]

    def med(name, key):
        values = [e[key] for e in rounds(name) if key in e]
        return statistics.median(values) if values else None

    def speed(name, unit="req/s"):
        rps, p99 = med(name, "rps"), med(name, "p99")
        if rps is None:
            return "not run"
        return f"{rps:,.0f} {unit}, p99 {p99:.1f} ms"

    def ratio(name, limit):
        a, b = med(name, "rps"), med(limit, "rps")
        return a / b if a is not None and b else None

    def spread(name):
        values = [e["rps"] for e in rounds(name)]
        return f"{min(values):,.0f}-{max(values):,.0f}" if values else ""

    rows = []

    def row(label, name, limit, goal, ok, limit_unit="req/s", unit="req/s"):
        r = ratio(name, limit) if limit else None
        rows.append([
            label,
            speed(name, unit),
            speed(limit, limit_unit) if limit else "",
            f"{r:.2f}" if r is not None else "",
            goal,
            "" if ok is None else ("met" if ok else "MISSED"),
            cpu(name),
        ])

    def cpu(name):
        pct, per = med(name, "service_cpu_pct"), med(name, "cpu_us_per_request")
        if pct is None:
            return ""
        return f"{pct:.0f}%" + (f", {per:,.0f} µs/req" if per is not None else "")

    def at_least(name, limit, threshold, p99_below=None):
        r = ratio(name, limit)
        if r is None:
            return None
        p99 = med(name, "p99")
        return r >= threshold and (p99_below is None or p99 < p99_below)

    row("1. Feed, first page of 20, 1M approved", "feed_1m", "live",
        "≥ 0.8 of /q/health/live, p99 < 25 ms", at_least("feed_1m", "live", 0.8, 25))
    row("1a. same, gzip (Accept-Encoding: gzip)", "feed_1m_gzip", "live",
        "(compressed once, when cached)", None)
    row("1b. same, rendered from the database (uncached)", "feed_1m_db", "live",
        "(shows the miss path)", None)
    row("2. Deep page by cursor (≥ 500 pages), cached", "deep_1m", "feed_1m",
        "≥ 0.8 of first page", at_least("deep_1m", "feed_1m", 0.8))
    row("2b. Deep page from the database vs first page from the database", "deep_1m_db",
        "feed_1m_db", "≥ 0.8", at_least("deep_1m_db", "feed_1m_db", 0.8))
    row("3. Feed at 1M vs at 10k, cached", "feed_1m", "feed_10k", "≥ 0.9",
        at_least("feed_1m", "feed_10k", 0.9))
    row("3b. Feed at 1M vs at 10k, from the database", "feed_1m_db", "feed_10k_db", "≥ 0.9",
        at_least("feed_1m_db", "feed_10k_db", 0.9))
    check = checks.get("submit_check", {})
    stored_ok = check.get("missing", 1) == 0 and check.get("ids_answered") == check.get("accepted")
    row("4. Submissions (202) at 32 connections vs pgbench INSERT", "submit", "pgbench_insert",
        "≥ 0.5, every 202 stored", at_least("submit", "pgbench_insert", 0.5) and stored_ok
        if rounds("submit") else None, limit_unit="tx/s", unit="accepted/s")
    mod = rounds("moderation")
    twice = checks.get("moderation_check", {}).get("decided_twice")
    row(f"5. Moderation, {mod[0]['mode'] if mod else 'approve loop'}, 8 moderators",
        "moderation", None, "none decided twice", None if twice is None else twice == 0,
        unit="decisions/s")
    queue_p99 = med("queue_1m", "p99")
    row("5b. Queue listing (20), 1.1M rows, 8 connections, vs one message by id", "queue_1m",
        "one_message", "p99 < 20 ms",
        None if queue_p99 is None else bool(med("queue_1m", "requests")) and queue_p99 < 20)
    alone_p99 = med("queue_1m_alone", "p99")
    row("5c. Queue listing (20), 1.1M rows, one moderator alone, vs 8 connections", "queue_1m_alone",
        "queue_1m", "p99 < 20 ms", None if alone_p99 is None else alone_p99 < 20)
    live = [e for e in entries if e["name"] == "sse"]
    if live:
        e = live[0]
        rows.append([
            f"6. Live: {e['connected']} SSE clients, approval → last client",
            f"p50 {e['p50']:.0f} ms, p99 {e['p99']:.0f} ms ({e['approvals']} approvals)",
            f"each client p99 {e['client_p99']:.0f} ms", "",
            "p99 < 1 s, none missed",
            "met" if e["p99"] < 1000 and e["missed"] == 0 and e["failed"] == 0 else "MISSED",
            f"{e.get('service_cpu_pct', 0):.0f}%",
        ])

    header = ["Scenario", "Measured (median)", "Limit, same run (median)", "Ratio", "Goal",
              "", "Service CPU (of 200%)"]
    lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    lines += ["| " + " | ".join(r) + " |" for r in rows]
    lines.append("")
    start, idle, end = checks.get("startup", {}), checks.get("idle", {}), checks.get("end", {})
    peak = max((e.get("service_rss_mb", 0) for e in entries), default=0)
    lines.append(
        f"Service: ready {start.get('startup_ms', 0) / 1000:.1f} s after launch (empty database);"
        f" RSS {start.get('service_rss_mb', 0):.0f} MB at start, {idle.get('service_rss_mb', 0):.0f}"
        f" MB idle after loading, peak {peak:.0f} MB under load, {end.get('service_rss_mb', 0):.0f}"
        " MB at the end."
    )
    if idle.get("load_seconds"):
        loads = ", ".join(f"{k} {v} s" for k, v in idle["load_seconds"].items())
        lines.append(f"Data load through SQL: {loads}.")
    if check:
        lines.append(
            f"Submissions: {check['accepted']} answered 202, {check['ids_answered']} ids written,"
            f" {check['missing']} of them missing in the database; {check['stored']} rows stored"
            " (the difference is requests cut off by the end of a load)."
        )
    mcheck = checks.get("moderation_check")
    if mcheck:
        lines.append(
            f"Moderation: {mcheck['audit_rows']} audit rows, {mcheck['decided_twice']} messages"
            " decided twice; conflicts (409/422) per round: "
            + ", ".join(str(e["conflicts"]) for e in mod) + "."
        )
    if live:
        e = live[0]
        lines.append(
            f"Live: {e['connected']}/{e['clients']} connected in {e['connect_seconds']} s,"
            f" {e['failed']} failed, {e['missed']} deliveries missed, max {e['max']:.0f} ms."
        )
    spreads = [f"{n} {spread(n)}" for n in
               ["live", "feed_1m", "feed_1m_db", "deep_1m_db", "submit", "pgbench_insert"]
               if rounds(n)]
    if spreads:
        lines.append("Range over rounds (req/s): " + "; ".join(spreads) + ".")
    errors = sum(e.get("errors", 0) for e in entries if e["phase"].startswith("r"))
    non2xx = sum(e.get("non2xx", 0) for e in entries if e["phase"].startswith("r"))
    laps = sum(e.get("cursor_laps", 0) for e in entries if e["phase"].startswith("r"))
    lines.append(f"Socket errors/timeouts: {errors}; non-2xx answers: {non2xx};"
                 f" cursor list laps (would be cache hits): {laps}.")
    if end.get("load_at_end"):
        lines.append("Load average at the end: " + " ".join(end["load_at_end"]) + ".")
    if machine and os.path.exists(machine):
        with open(machine) as f:
            lines += [""] + [line.rstrip() for line in f]
    text = "\n".join(lines)
    print(text)
    if out:
        with open(out, "w") as f:
            f.write(text + "\n")


if __name__ == "__main__":
    main(sys.argv[1], *(sys.argv[2:4]))
