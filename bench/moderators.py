"""Moderators approving in a loop, each signed in on its own keep-alive connection.

With the claim API (POST /api/v1/moderation/queue/claim) each moderator claims the next message
and approves it. Without it, each lists the first queue page and approves a different item of
it (its own index), which is what a team sharing one queue page does; conflicts are 409/422.
"""

import base64
import http.client
import json
import threading
import time
import urllib.parse
import urllib.request

CLAIM_PATH = "/api/v1/moderation/queue/claim"


def has_claim(url):
    with urllib.request.urlopen(url + "/q/openapi?format=json", timeout=30) as response:
        return CLAIM_PATH in json.loads(response.read()).get("paths", {})


def run(url, slug, accounts, duration, claim):
    parsed = urllib.parse.urlparse(url)
    stop_at = time.monotonic() + duration
    results = [None] * len(accounts)

    def moderator(index, user, password):
        connection = http.client.HTTPConnection(parsed.hostname, parsed.port, timeout=30)
        headers = {
            "Authorization": "Basic " + base64.b64encode(f"{user}:{password}".encode()).decode(),
            "Content-Type": "application/json",
        }

        def call(method, path, body=None):
            connection.request(method, path, None if body is None else json.dumps(body), headers)
            response = connection.getresponse()
            text = response.read()
            return response.status, (json.loads(text) if text else None)

        decided, conflicts, errors, latencies = 0, 0, 0, []
        while time.monotonic() < stop_at:
            start = time.perf_counter()
            if claim:
                status, item = call("POST", f"{CLAIM_PATH}?campaign={slug}")
                if status == 204:
                    break
                if status != 200:
                    errors += 1
                    continue
            else:
                status, page = call("GET", f"/api/v1/moderation/queue?campaign={slug}&limit=20")
                if status != 200:
                    errors += 1
                    continue
                if not page["items"]:
                    break
                item = page["items"][index % len(page["items"])]
            status, _ = call(
                "POST",
                f"/api/v1/moderation/messages/{item['id']}/decision",
                {"action": "APPROVE", "version": item["version"]},
            )
            if status == 200:
                decided += 1
                latencies.append((time.perf_counter() - start) * 1000)
            elif status in (409, 422):
                conflicts += 1
            else:
                errors += 1
        connection.close()
        results[index] = (decided, conflicts, errors, latencies)

    started = time.monotonic()
    workers = [
        threading.Thread(target=moderator, args=(i, user, password))
        for i, (user, password) in enumerate(accounts)
    ]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join()
    seconds = time.monotonic() - started
    latencies = sorted(x for r in results for x in r[3])
    decided = sum(r[0] for r in results)

    def pct(p):
        return latencies[min(len(latencies) - 1, int(p / 100 * len(latencies)))] if latencies else 0

    return {
        "mode": "claim + approve" if claim else "queue listing + approve",
        "decided": decided,
        "conflicts": sum(r[1] for r in results),
        "errors": sum(r[2] for r in results),
        "non2xx": 0,
        "seconds": round(seconds, 2),
        "rps": round(decided / seconds, 1),
        "p50": round(pct(50), 2),
        "p99": round(pct(99), 2),
    }
