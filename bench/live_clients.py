"""Many Server-Sent Events clients on one campaign, and how long an approval takes to reach them.

The clients are spread over a few processes (one asyncio loop each), so that on a small machine
the time a single Python loop needs to read 2,000 events does not count as the service's delay.
Once every client has its stream, messages are approved one at a time through the moderation API.
The approval's moment is the event's own publishedAt, stamped by the service in the approving
transaction (same machine, same clock), so the time spent authenticating the approval request is
not counted; that request's round trip is reported on its own.
"""

import asyncio
import base64
import datetime
import json
import multiprocessing
import statistics
import time
import urllib.parse
import urllib.request


async def client(host, port, path, received, counters):
    """One SSE connection; records time.time() of each 'message' event by message id."""
    try:
        reader, writer = await asyncio.open_connection(host, port, limit=1 << 20)
        writer.write(
            f"GET {path} HTTP/1.1\r\nHost: {host}:{port}\r\nAccept: text/event-stream\r\n\r\n".encode()
        )
        await writer.drain()
        status = await reader.readline()
        if b" 200 " not in status:
            counters["failed"] += 1
            return
        chunked = False
        while True:
            line = await reader.readline()
            if line in (b"\r\n", b"\n", b""):
                break
            if line.lower().startswith(b"transfer-encoding:") and b"chunked" in line.lower():
                chunked = True
    except OSError:
        counters["failed"] += 1
        return
    buffer, event, data, counted = b"", None, [], False
    try:
        while True:
            if chunked:
                size = int((await reader.readline()).split(b";")[0].strip() or b"0", 16)
                if size == 0:
                    return
                chunk = (await reader.readexactly(size + 2))[:-2]
            else:
                chunk = await reader.read(65536)
                if not chunk:
                    return
            now = time.time()
            buffer += chunk
            *lines, buffer = buffer.split(b"\n")
            for raw in lines:
                line = raw.rstrip(b"\r").decode()
                if not counted:
                    # The first comment arrives once the stream is subscribed to live events.
                    counted = True
                    counters["connected"] += 1
                if line == "":
                    if event == "message" and data:
                        item = json.loads("\n".join(data))
                        received.setdefault(item["id"], [item["publishedAt"]]).append(now)
                    event, data = None, []
                elif line.startswith("event:"):
                    event = line[6:].strip()
                elif line.startswith("data:"):
                    data.append(line[5:].lstrip())
    except (OSError, asyncio.IncompleteReadError, asyncio.CancelledError):
        return
    finally:
        writer.close()


def worker(url, slug, count, reports, stop):
    """A process holding `count` connections; reports progress, then what it received."""

    async def main():
        parsed = urllib.parse.urlparse(url)
        path = f"/api/v1/campaigns/{slug}/feed/events"
        received, counters = {}, {"connected": 0, "failed": 0}
        tasks = []
        for i in range(count):
            tasks.append(
                asyncio.create_task(client(parsed.hostname, parsed.port, path, received, counters))
            )
            if i % 50 == 49:
                await asyncio.sleep(0.05)  # do not overflow the accept backlog
        deadline = time.time() + 60
        while counters["connected"] + counters["failed"] < count and time.time() < deadline:
            await asyncio.sleep(0.05)
        reports.put(("ready", dict(counters)))
        while not stop.is_set():
            await asyncio.sleep(0.05)
        for task in tasks:
            task.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)
        reports.put(("done", {"received": received, **counters}))

    asyncio.run(main())


def approve(url, admin, message_id, version):
    request = urllib.request.Request(
        f"{url}/api/v1/moderation/messages/{message_id}/decision",
        data=json.dumps({"action": "APPROVE", "version": int(version)}).encode(),
        method="POST",
    )
    request.add_header("Content-Type", "application/json")
    token = base64.b64encode(f"{admin[0]}:{admin[1]}".encode()).decode()
    request.add_header("Authorization", "Basic " + token)
    with urllib.request.urlopen(request, timeout=30) as response:
        return response.status


def run(url, slug, count, pending, admin, approvals=20, processes=4, settle=1.5):
    context = multiprocessing.get_context("fork")
    reports, stop = context.Queue(), context.Event()
    shares = [count // processes + (1 if i < count % processes else 0) for i in range(processes)]
    workers = [
        context.Process(target=worker, args=(url, slug, share, reports, stop), daemon=True)
        for share in shares
    ]
    started = time.monotonic()
    for w in workers:
        w.start()
    connected = failed = 0
    for _ in workers:
        _, counters = reports.get(timeout=120)
        connected += counters["connected"]
        failed += counters["failed"]
    connect_seconds = time.monotonic() - started
    time.sleep(1)
    approved, requests = [], []
    for message_id, version in pending[:approvals]:
        sent = time.time()
        approve(url, admin, message_id, version)
        requests.append((time.time() - sent) * 1000)
        approved.append(message_id)
        time.sleep(settle)
    stop.set()
    received = {}
    for _ in workers:
        _, result = reports.get(timeout=60)
        for message_id, times in result["received"].items():
            received.setdefault(message_id, [times[0]]).extend(times[1:])
    for w in workers:
        w.join(timeout=10)
    last, every, missed = [], [], 0
    for message_id in approved:
        times = received.get(message_id)
        if not times:
            missed += connected
            continue
        published = datetime.datetime.fromisoformat(times[0].replace("Z", "+00:00")).timestamp()
        deliveries = times[1:]
        missed += connected - len(deliveries)
        last.append((max(deliveries) - published) * 1000)
        every += [(t - published) * 1000 for t in deliveries]
    last.sort()
    every.sort()

    def pct(values, p):
        return values[min(len(values) - 1, int(p / 100 * len(values)))] if values else 0

    return {
        "clients": count,
        "client_processes": processes,
        "connected": connected,
        "failed": failed,
        "connect_seconds": round(connect_seconds, 2),
        "approvals": len(last),
        "missed": missed,
        "p50": round(pct(last, 50), 1),
        "p99": round(pct(last, 99), 1),
        "max": round(last[-1], 1) if last else 0,
        "client_p50": round(pct(every, 50), 1),
        "client_p99": round(pct(every, 99), 1),
        "approve_request_p50": round(statistics.median(requests), 1) if requests else 0,
        "errors": failed,
        "non2xx": 0,
    }
