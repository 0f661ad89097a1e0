"""Many Server-Sent Events clients on one campaign, and how long an approval takes to reach them.

Opens the connections, waits until every client has its stream, then approves messages one at a
time through the moderation API and notes, for each, when the last client received the event.
The approval's moment is the event's own publishedAt, stamped by the service in the approving
transaction (same machine, same clock), so the time spent authenticating the approval request is
not counted; that request's round trip is reported on its own.
"""

import asyncio
import base64
import datetime
import json
import statistics
import time
import urllib.parse
import urllib.request


class Deliveries:
    def __init__(self):
        self.published = {}  # message id -> publishedAt (epoch seconds)
        self.connected = 0
        self.failed = 0
        self.times = {}  # message id -> receive times
        self.waiting = {}  # message id -> (expected count, asyncio.Event)

    def received(self, message_id, at):
        times = self.times.setdefault(message_id, [])
        times.append(at)
        wait = self.waiting.get(message_id)
        if wait and len(times) >= wait[0]:
            wait[1].set()


async def client(host, port, path, deliveries, ready):
    try:
        reader, writer = await asyncio.open_connection(host, port, limit=1 << 20)
        writer.write(
            f"GET {path} HTTP/1.1\r\nHost: {host}:{port}\r\nAccept: text/event-stream\r\n\r\n".encode()
        )
        await writer.drain()
        status = await reader.readline()
        if b" 200 " not in status:
            deliveries.failed += 1
            return
        chunked = False
        while True:
            line = await reader.readline()
            if line in (b"\r\n", b"\n", b""):
                break
            if line.lower().startswith(b"transfer-encoding:") and b"chunked" in line.lower():
                chunked = True
    except OSError:
        deliveries.failed += 1
        return
    buffer = b""
    event, data, counted = None, [], False
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
                    deliveries.connected += 1
                    if deliveries.connected + deliveries.failed >= ready.target:
                        ready.set()
                if line == "":
                    if event == "message" and data:
                        item = json.loads("\n".join(data))
                        deliveries.published.setdefault(item["id"], item["publishedAt"])
                        deliveries.received(item["id"], now)
                    event, data = None, []
                elif line.startswith("event:"):
                    event = line[6:].strip()
                elif line.startswith("data:"):
                    data.append(line[5:].lstrip())
    except (OSError, asyncio.IncompleteReadError, asyncio.CancelledError):
        return
    finally:
        writer.close()


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


async def scenario(url, slug, count, pending, admin, approvals):
    parsed = urllib.parse.urlparse(url)
    path = f"/api/v1/campaigns/{slug}/feed/events"
    deliveries = Deliveries()
    ready = asyncio.Event()
    ready.target = count
    started = time.perf_counter()
    tasks = []
    for i in range(count):
        tasks.append(
            asyncio.create_task(client(parsed.hostname, parsed.port, path, deliveries, ready))
        )
        if i % 100 == 99:
            await asyncio.sleep(0.05)  # do not overflow the accept backlog
    try:
        await asyncio.wait_for(ready.wait(), 60)
    except asyncio.TimeoutError:
        pass
    connect_seconds = time.perf_counter() - started
    await asyncio.sleep(1)
    loop = asyncio.get_running_loop()
    last, every, requests, missed = [], [], [], 0
    for message_id, version in pending[:approvals]:
        expected = deliveries.connected
        done = asyncio.Event()
        deliveries.waiting[message_id] = (expected, done)
        sent = time.time()
        await loop.run_in_executor(None, approve, url, admin, message_id, version)
        requests.append((time.time() - sent) * 1000)
        try:
            await asyncio.wait_for(done.wait(), 10)
        except asyncio.TimeoutError:
            pass
        times = deliveries.times.get(message_id, [])
        missed += expected - len(times)
        if times:
            published = datetime.datetime.fromisoformat(
                deliveries.published[message_id].replace("Z", "+00:00")
            ).timestamp()
            last.append((max(times) - published) * 1000)
            every += [(t - published) * 1000 for t in times]
        await asyncio.sleep(0.3)
    for task in tasks:
        task.cancel()
    await asyncio.gather(*tasks, return_exceptions=True)
    last.sort()
    every.sort()

    def pct(values, p):
        return values[min(len(values) - 1, int(p / 100 * len(values)))] if values else 0

    return {
        "clients": count,
        "connected": deliveries.connected,
        "failed": deliveries.failed,
        "connect_seconds": round(connect_seconds, 2),
        "approvals": len(last),
        "missed": missed,
        "p50": round(pct(last, 50), 1),
        "p99": round(pct(last, 99), 1),
        "max": round(last[-1], 1) if last else 0,
        "client_p50": round(pct(every, 50), 1),
        "client_p99": round(pct(every, 99), 1),
        "approve_request_p50": round(statistics.median(requests), 1) if requests else 0,
        "errors": deliveries.failed,
        "non2xx": 0,
    }


def run(url, slug, count, pending, admin, approvals=20):
    return asyncio.run(scenario(url, slug, count, pending, admin, approvals))
