#!/usr/bin/env python3
"""Runs every scenario against a started service, next to its limit, and prints the table.

Called by bench/run.sh, which exports BENCH_URL, BENCH_DB, BENCH_APP_PID, BENCH_OUT and the
settings. Results also go to $BENCH_OUT/results.jsonl (one line per load) and table.md.
"""

import base64
import contextlib
import hashlib
import hmac
import json
import os
import re
import statistics
import struct
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request
import uuid

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import live_clients  # noqa: E402
import moderators  # noqa: E402

ENV = os.environ
DIR = ENV["BENCH_DIR"]
OUT = ENV["BENCH_OUT"]
URL = ENV["BENCH_URL"]
DB = ENV["BENCH_DB"]
PID = int(ENV["BENCH_APP_PID"])
BIG = int(ENV["BENCH_BIG"])
SMALL = int(ENV["BENCH_SMALL"])
PENDING = int(ENV["BENCH_PENDING"])
DURATION = int(ENV["BENCH_DURATION"])
ROUNDS = int(ENV["BENCH_ROUNDS"])
WARMUP = int(ENV["BENCH_WARMUP"])
# A path counts as warm after this many requests and two loads within 10% (or this long).
WARM_REQUESTS = int(ENV.get("BENCH_WARM_REQUESTS", "20000"))
WARM_SECONDS = int(ENV.get("BENCH_WARM_SECONDS", "45"))
SSE_CLIENTS = int(ENV["BENCH_SSE_CLIENTS"])
ADMIN = (ENV["BENCH_ADMIN_USER"], ENV["BENCH_ADMIN_PASSWORD"])
MODERATORS = 8
MOD_PASSWORD = "Moderate-" + base64.urlsafe_b64encode(os.urandom(12)).decode()
DEEP_OFFSET = 10_000  # rows: page 501 of 20 and beyond
RESULTS = os.path.join(OUT, "results.jsonl")
# Scenario groups to run (comma-separated: feed, submit, moderation, live); all when empty.
ONLY = [g for g in ENV.get("BENCH_ONLY", "").split(",") if g]
# Record a JFR profile of the service during each group, summarised next to the results.
PROFILE = ENV.get("BENCH_PROFILE", "0") == "1"


def log(message):
    print(f"[{time.strftime('%H:%M:%S')}] {message}", file=sys.stderr, flush=True)


# --- Service and database helpers ------------------------------------------------------------


def basic(user, password):
    return "Basic " + base64.b64encode(f"{user}:{password}".encode()).decode()


def api(method, path, body=None, auth=ADMIN, expect=(200, 201, 202, 204)):
    data = None if body is None else json.dumps(body).encode()
    request = urllib.request.Request(URL + path, data=data, method=method)
    request.add_header("Content-Type", "application/json")
    if auth:
        request.add_header("Authorization", basic(*auth))
    try:
        with urllib.request.urlopen(request, timeout=30) as response:
            status, text = response.status, response.read().decode()
    except urllib.error.HTTPError as e:
        status, text = e.code, e.read().decode()
    if status not in expect:
        raise RuntimeError(f"{method} {path}: {status} {text[:300]}")
    return json.loads(text) if text else None


def psql(sql, *args):
    command = ["psql", "-X", "-q", "-At", "-v", "ON_ERROR_STOP=1", "-d", DB, *args]
    if sql is not None:
        command += ["-c", sql]
    return subprocess.run(command, check=True, capture_output=True, text=True).stdout.strip()


class Service:
    """CPU and memory of the service process, read from /proc."""

    tick = os.sysconf("SC_CLK_TCK")

    def __init__(self, pid):
        self.pid = pid
        self.peak_rss = 0
        self._stop = threading.Event()
        threading.Thread(target=self._sample, daemon=True).start()

    def cpu_seconds(self):
        with open(f"/proc/{self.pid}/stat") as f:
            fields = f.read().rsplit(")", 1)[1].split()
        return (int(fields[11]) + int(fields[12])) / self.tick

    def rss_mb(self):
        with open(f"/proc/{self.pid}/status") as f:
            for line in f:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1]) / 1024
        return 0.0

    def _sample(self):
        while not self._stop.wait(0.5):
            try:
                self.peak_rss = max(self.peak_rss, self.rss_mb())
            except OSError:
                return

    def window(self):
        """Start measuring; call the result to get cpu % (of one core) and peak RSS since."""
        start_cpu, start_wall, machine = self.cpu_seconds(), time.monotonic(), machine_busy()
        self.peak_rss = self.rss_mb()

        def finish():
            wall = time.monotonic() - start_wall
            return {
                "service_cpu_pct": round(100 * (self.cpu_seconds() - start_cpu) / wall, 1),
                "machine_cpu_pct": round(machine_busy(machine), 1),
                "service_rss_mb": round(self.peak_rss, 1),
            }

        return finish


def machine_busy(since=None):
    """Busy share of all cores (0-100) since a previous reading, or a reading to start from."""
    with open("/proc/stat") as f:
        values = [int(v) for v in f.readline().split()[1:9]]
    idle = values[3] + values[4]
    total = sum(values)
    if since is None:
        return (idle, total)
    d_total = total - since[1]
    return 100.0 * (1 - (idle - since[0]) / d_total) if d_total else 0.0


SERVICE = Service(PID)


@contextlib.contextmanager
def profiled(group):
    """With BENCH_PROFILE=1, records the service with JFR while the group runs, then summarises."""
    if not PROFILE:
        yield
        return
    path = os.path.join(OUT, f"profile-{group}.jfr")
    subprocess.run(["jcmd", str(PID), "JFR.start", f"name={group}", "settings=profile",
                    f"filename={path}"], check=True, capture_output=True)
    try:
        yield
    finally:
        subprocess.run(["jcmd", str(PID), "JFR.stop", f"name={group}"], check=True,
                       capture_output=True)
        summary = subprocess.run(
            [sys.executable, os.path.join(DIR, "jfr_top.py"), path, "org.solidarity"],
            capture_output=True, text=True,
        )
        with open(os.path.join(OUT, f"profile-{group}.txt"), "w") as f:
            f.write(summary.stdout + summary.stderr)
        log(f"profile of {group}: {os.path.join(OUT, f'profile-{group}.txt')}")


def record(entry):
    with open(RESULTS, "a") as f:
        f.write(json.dumps(entry) + "\n")
    return entry


def warm(name, path, script="get.lua", connections=64, env=None, min_requests=WARM_REQUESTS):
    """Loads until the path has run often enough for the JIT and throughput has settled."""
    previous, total, started = 0, 0, time.monotonic()
    for attempt in range(20):
        run_env = env(attempt) if callable(env) else env
        result = wrk(name, path, script, connections, WARMUP, run_env, phase="warmup")
        total += result["requests"]
        settled = previous and abs(result["rps"] - previous) <= 0.1 * max(result["rps"], previous)
        if (total >= min_requests and settled) or time.monotonic() - started > WARM_SECONDS:
            return
        previous = result["rps"]


def wrk(name, path, script="get.lua", connections=64, duration=DURATION, env=None, phase="run"):
    threads = min(2, connections)  # wrk needs a connection per thread
    command = [
        "wrk", f"-t{threads}", f"-c{connections}", f"-d{duration}s", "--timeout", "10s",
        "-s", os.path.join(DIR, "wrk", script), URL + path,
    ]
    run_env = dict(ENV, BENCH_THREADS=str(threads), **(env or {}))
    finish = SERVICE.window()
    result = subprocess.run(
        command, env=run_env, capture_output=True, text=True, timeout=duration + 60
    )
    usage = finish()
    match = re.search(r"^RESULT (\{.*\})$", result.stdout, re.M)
    if not match:
        raise RuntimeError(f"wrk {name}: no result\n{result.stdout}\n{result.stderr}")
    entry = dict(json.loads(match.group(1)), name=name, phase=phase, connections=connections)
    entry.update(usage)
    if entry["requests"]:
        # Service CPU per request: steadier than throughput on a machine shared with others.
        entry["cpu_us_per_request"] = round(
            usage["service_cpu_pct"] / 100 * entry["seconds"] * 1e6 / entry["requests"], 1
        )
    log(
        f"{name:<22} {entry['rps']:>9.0f} req/s  p99 {entry['p99']:>7.2f} ms  "
        f"errors {entry['errors']} non2xx {entry['non2xx']}  cpu {usage['service_cpu_pct']}%"
    )
    return record(entry)


# --- Cursors the cache has never seen ---------------------------------------------------------


SECRET = ENV["BENCH_CURSOR_SECRET"].encode()


def cursor(micros, message_id):
    """Same bytes as the service's CursorCodec (kind FEED, micros, uuid, 12-byte HMAC-SHA256)."""
    payload = struct.pack(">bq", 0, micros) + message_id.bytes
    mac = hmac.new(SECRET, payload, hashlib.sha256).digest()[:12]
    return base64.urlsafe_b64encode(payload + mac).rstrip(b"=").decode()


def cursor_file(name, cursors):
    path = os.path.join(OUT, f"cursors-{name}.txt")
    with open(path, "w") as f:
        f.write("\n".join(cursors) + "\n")
    return path


def top_cursors(count):
    """Positions just above the newest message: the first page, yet a new cache key each time."""
    base = int((time.time() + 86400) * 1_000_000)
    return [cursor(base + i, uuid.uuid4()) for i in range(count)]


def deep_cursors(campaign_id, offset, count):
    """Real positions at least `offset` rows deep, as a client following nextCursor gets them."""
    rows = psql(
        "copy (select (extract(epoch from published_at) * 1000000)::bigint, id from message"
        f" where campaign_id = {campaign_id} and status = 'APPROVED'"
        f" order by published_at desc, id desc offset {offset} limit {count}) to stdout"
    ).splitlines()
    return [cursor(int(micros), uuid.UUID(mid)) for micros, mid in (r.split("\t") for r in rows)]


# --- Scenarios --------------------------------------------------------------------------------


def setup():
    ids = {}
    for slug, title in [
        ("big", "A campaign that spread"),
        ("small", "A local campaign"),
        ("submit", "Submissions through the API"),
        ("pgbench", "Submissions through pgbench"),
    ]:
        api("POST", "/api/v1/admin/campaigns", {"slug": slug, "title": title})
        ids[slug] = int(psql(f"select id from campaign where slug = '{slug}'"))
    for i in range(1, MODERATORS + 1):
        api(
            "POST",
            "/api/v1/admin/users",
            {"username": f"bench-mod-{i}", "password": MOD_PASSWORD, "role": "moderator"},
        )
    return ids


def load(ids):
    generate = os.path.join(DIR, "generate.sql")
    timings = {}
    for slug, approved, pending in [("small", SMALL, SMALL // 10), ("big", BIG, PENDING)]:
        start = time.monotonic()
        psql(None, "-v", f"slug={slug}", "-v", f"approved={approved}",
             "-v", f"pending={pending}", "-f", generate)
        timings[slug] = round(time.monotonic() - start, 1)
        log(f"loaded {slug}: {approved} approved + {pending} pending in {timings[slug]} s")
    return timings


def feed_scenarios(ids):
    per_run = 12000 * DURATION  # more cursors than the fastest uncached run can use
    runs = [f"r{r}" for r in range(1, ROUNDS + 1)]
    # The first cursor points at row DEEP_OFFSET, so its page holds the same texts as the first.
    deep = deep_cursors(ids["big"], DEEP_OFFSET - 1, per_run * (len(runs) + 1) + 1)
    deep_fixed = deep.pop(0)
    files = {}
    for i, run in enumerate(["warmup"] + runs):
        files[("big_top", run)] = cursor_file(f"big-top-{run}", top_cursors(per_run))
        files[("small_top", run)] = cursor_file(f"small-top-{run}", top_cursors(per_run))
        files[("big_deep", run)] = cursor_file(
            f"big-deep-{run}", deep[i * per_run : (i + 1) * per_run]
        )
    feed = "/api/v1/campaigns/{}/feed"
    loads = [
        ("live", "/q/health/live", "get.lua", None),
        ("feed_1m", feed.format("big"), "get.lua", None),
        ("feed_1m_gzip", feed.format("big"), "get.lua", None),
        ("feed_10k", feed.format("small"), "get.lua", None),
        ("deep_1m", feed.format("big") + "?cursor=" + deep_fixed, "get.lua", None),
        ("feed_1m_db", feed.format("big"), "cursors.lua", "big_top"),
        ("feed_10k_db", feed.format("small"), "cursors.lua", "small_top"),
        ("deep_1m_db", feed.format("big"), "cursors.lua", "big_deep"),
    ]
    # Warm-up cursors may repeat (laps): only the measured rounds must miss the cache.
    def env(name, cursors, run):
        values = {"BENCH_CURSORS": files[(cursors, run)]} if cursors else {}
        if name.endswith("_gzip"):
            values["BENCH_ACCEPT_ENCODING"] = "gzip"
        return values

    for name, path, script, cursors in loads:
        warm(name, path, script, 64, env(name, cursors, "warmup"))
    for run in runs:
        for name, path, script, cursors in loads:
            wrk(name, path, script, 64, DURATION, env(name, cursors, run), phase=run)


def submission_scenarios(ids):
    id_prefix = os.path.join(OUT, "accepted")
    path = "/api/v1/campaigns/submit/messages"
    warm("submit", path, "submit.lua", 32, lambda attempt: {"BENCH_IDS": f"{id_prefix}-w{attempt}"})
    pgbench(ids["pgbench"], WARMUP, "warmup")
    for r in range(1, ROUNDS + 1):
        wrk("submit", path, "submit.lua", 32, DURATION, {"BENCH_IDS": f"{id_prefix}-r{r}"}, f"r{r}")
        pgbench(ids["pgbench"], DURATION, f"r{r}")
    accepted = sum(
        e.get("accepted", 0) for e in map(json.loads, open(RESULTS)) if e["name"] == "submit"
    )
    # Every 202 must be a stored message: load the ids the service answered and look them up.
    answered = []
    for name in os.listdir(OUT):
        if name.startswith("accepted-"):
            with open(os.path.join(OUT, name)) as f:
                answered += [line.strip() for line in f if line.strip()]
    path = os.path.join(OUT, "answered-ids.csv")
    with open(path, "w") as f:
        f.write("\n".join(answered) + "\n")
    missing = psql(
        None,
        "-c", "create temporary table answered (id uuid)",
        "-c", f"\\copy answered from '{path}'",
        "-c", "select count(*) from answered a where not exists"
        " (select 1 from message m where m.id = a.id)",
    )
    stored = int(psql(f"select count(*) from message where campaign_id = {ids['submit']}"))
    record({
        "name": "submit_check", "phase": "check", "accepted": accepted,
        "ids_answered": len(answered), "missing": int(missing.splitlines()[-1]), "stored": stored,
    })
    log(f"submissions: {accepted} answered 202, {stored} stored, "
        f"{missing.splitlines()[-1]} of the answered ids missing")


def pgbench(campaign_id, duration, phase):
    prefix = os.path.join(OUT, f"pgbench-{phase}")
    finish = SERVICE.window()
    result = subprocess.run(
        ["pgbench", "-n", "-c", "32", "-j", "2", "-T", str(duration), "-D", f"campaign={campaign_id}",
         "-f", os.path.join(DIR, "insert.sql"), "-l", "--log-prefix", prefix, DB],
        capture_output=True, text=True, timeout=duration + 60,
    )
    usage = finish()
    if result.returncode != 0:
        raise RuntimeError(f"pgbench failed: {result.stderr}")
    latencies = []
    for name in os.listdir(OUT):
        if name.startswith(os.path.basename(prefix) + "."):
            with open(os.path.join(OUT, name)) as f:
                latencies += [int(line.split()[2]) / 1000 for line in f if line.strip()]
            os.remove(os.path.join(OUT, name))
    tps = float(re.search(r"tps = ([\d.]+)", result.stdout).group(1))
    failed = re.search(r"number of failed transactions: (\d+)", result.stdout)
    latencies.sort()
    entry = {
        "name": "pgbench_insert", "phase": phase, "connections": 32, "rps": tps,
        "requests": len(latencies),
        "p50": round(percentile(latencies, 50), 2), "p99": round(percentile(latencies, 99), 2),
        "errors": int(failed.group(1)) if failed else 0, "non2xx": 0,
    }
    entry.update(usage)
    log(f"{'pgbench_insert':<22} {tps:>9.0f} tx/s   p99 {entry['p99']:>7.2f} ms  "
        f"machine cpu {usage['machine_cpu_pct']}%")
    return record(entry)


def percentile(sorted_values, p):
    if not sorted_values:
        return 0.0
    k = min(len(sorted_values) - 1, max(0, int(round(p / 100 * len(sorted_values) + 0.5)) - 1))
    return sorted_values[k]


def moderation_scenarios(ids):
    auth = {"BENCH_AUTH": basic("bench-mod-1", MOD_PASSWORD)}
    queue = "/api/v1/moderation/queue?campaign=big&limit=20"
    # The cheapest signed-in read (one message by id): what any moderation request costs at least.
    one = "/api/v1/moderation/messages/" + psql(
        f"select id from message where campaign_id = {ids['small']} and status = 'APPROVED' limit 1"
    )
    warm("queue_1m", queue, "get.lua", MODERATORS, auth, min_requests=WARM_REQUESTS // 4)
    warm("one_message", one, "get.lua", MODERATORS, auth, min_requests=WARM_REQUESTS // 4)
    for r in range(1, ROUNDS + 1):
        wrk("queue_1m", queue, "get.lua", MODERATORS, DURATION, auth, phase=f"r{r}")
        wrk("one_message", one, "get.lua", MODERATORS, DURATION, auth, phase=f"r{r}")
        # What one moderator sees when nobody else loads the service.
        wrk("queue_1m_alone", queue, "get.lua", 1, DURATION, auth, phase=f"r{r}")
    claim = moderators.has_claim(URL)
    accounts = [(f"bench-mod-{i}", MOD_PASSWORD) for i in range(1, MODERATORS + 1)]
    for run in ["warmup"] + [f"r{r}" for r in range(1, ROUNDS + 1)]:
        finish = SERVICE.window()
        result = moderators.run(
            URL, "big", accounts, WARMUP if run == "warmup" else DURATION, claim
        )
        result.update(finish())
        result.update(name="moderation", phase=run, connections=MODERATORS)
        log(f"{'moderation':<22} {result['rps']:>9.1f} decisions/s  p99 {result['p99']:.1f} ms  "
            f"conflicts {result['conflicts']}  ({result['mode']})")
        record(result)
    twice = psql(
        "select count(*) from (select message_id from moderation_action"
        " where actor like 'bench-mod-%' group by message_id having count(*) > 1) t"
    )
    decided = psql("select count(*) from moderation_action where actor like 'bench-mod-%'")
    record({"name": "moderation_check", "phase": "check", "decided_twice": int(twice),
            "audit_rows": int(decided)})
    log(f"moderation: {decided} audit rows, {twice} messages decided twice")


def live_scenario(ids):
    pending = psql(
        f"select id || ',' || version from message where campaign_id = {ids['small']}"
        " and status = 'PENDING' order by submitted_at limit 30"
    ).splitlines()
    finish = SERVICE.window()
    result = live_clients.run(URL, "small", SSE_CLIENTS, [p.split(",") for p in pending], ADMIN)
    result.update(finish())
    result.update(name="sse", phase="sse", connections=SSE_CLIENTS)
    log(f"{'sse':<22} {result['connected']} clients, approval to last client "
        f"p50 {result['p50']:.0f} ms p99 {result['p99']:.0f} ms, missed {result['missed']}")
    record(result)


def explain(ids):
    """EXPLAIN (ANALYZE, BUFFERS) of the hot queries, at the loaded size, for docs/benchmarks.md."""
    big = ids["big"]
    top = psql(
        f"select published_at, id from message where campaign_id = {big} and status = 'APPROVED'"
        f" order by published_at desc, id desc offset {DEEP_OFFSET} limit 1"
    ).split("|")
    queries = {
        "feed, first page": (
            "select m.id, m.author_name, m.organization, m.country, m.language, m.body,"
            f" m.published_at from message m where m.campaign_id = {big}"
            " and m.status = 'APPROVED' order by m.published_at desc, m.id desc limit 21"
        ),
        f"feed, page after row {DEEP_OFFSET} (cursor)": (
            "select m.id, m.author_name, m.organization, m.country, m.language, m.body,"
            f" m.published_at from message m where m.campaign_id = {big}"
            f" and m.status = 'APPROVED' and (m.published_at, m.id) < ('{top[0]}', '{top[1]}')"
            " order by m.published_at desc, m.id desc limit 21"
        ),
        "feed, first page in one language": (
            "select m.id, m.author_name, m.organization, m.country, m.language, m.body,"
            f" m.published_at from message m where m.campaign_id = {big}"
            " and m.status = 'APPROVED' and (m.language = 'fr' or m.language like 'fr-%')"
            " order by m.published_at desc, m.id desc limit 21"
        ),
        "live watermark read before a feed page": (
            f"select coalesce(max(id), 0) as last_id from feed_event where campaign_id = {big}"
        ),
        "moderation queue, first page": (
            "select * from message m join campaign c on c.id = m.campaign_id"
            f" where m.status = 'PENDING' and m.campaign_id = {big}"
            " order by m.submitted_at, m.id limit 21"
        ),
    }
    queries["signals of a queue page (duplicates, same sender)"] = (
        "select m.id,"
        " greatest(0, (select count(*) from (select 1 from message d"
        " where d.campaign_id = m.campaign_id and d.body_hash = m.body_hash limit 101) d) - 1),"
        " greatest(0, (select count(*) from (select 1 from message s"
        " where s.campaign_id = m.campaign_id and s.fingerprint = m.fingerprint"
        " and s.submitted_at > m.submitted_at - interval '1 hour'"
        " and s.submitted_at <= m.submitted_at limit 101) s) - 1)"
        " from message m where m.id in (select id from message"
        f" where campaign_id = {big} and status = 'PENDING' order by submitted_at, id limit 20)"
    )
    has_claim = psql(
        "select count(*) from information_schema.columns"
        " where table_name = 'message' and column_name = 'claimed_until'"
    )
    if has_claim == "1":
        queries["claim next"] = (
            f"select id from message where campaign_id = {big} and status = 'PENDING'"
            " and (claimed_until is null or claimed_until <= now())"
            " order by submitted_at, id limit 1 for update skip locked"
        )
    with open(os.path.join(OUT, "explain.txt"), "w") as f:
        for title, sql in queries.items():
            plan = psql(f"explain (analyze, buffers, costs off) {sql}")
            f.write(f"-- {title}\n{sql};\n{plan}\n\n")
    log(f"plans in {os.path.join(OUT, 'explain.txt')}")


def main():
    open(RESULTS, "w").close()
    record({"name": "startup", "phase": "check", "startup_ms": int(ENV["BENCH_STARTUP_MS"]),
            "service_rss_mb": round(SERVICE.rss_mb(), 1)})
    ids = setup()
    timings = load(ids)
    time.sleep(2)
    record({"name": "idle", "phase": "check", "service_rss_mb": round(SERVICE.rss_mb(), 1),
            "load_seconds": timings})
    explain(ids)
    groups = {
        "feed": feed_scenarios,
        "submit": submission_scenarios,
        "moderation": moderation_scenarios,
        "live": live_scenario,
    }
    for name in ONLY or list(groups):
        with profiled(name):
            groups[name](ids)
    record({"name": "end", "phase": "check", "service_rss_mb": round(SERVICE.rss_mb(), 1),
            "load_at_end": open("/proc/loadavg").read().split()[:3]})
    import table

    table.main(RESULTS, os.path.join(OUT, "machine.txt"), os.path.join(OUT, "table.md"))


if __name__ == "__main__":
    main()
