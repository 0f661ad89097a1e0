#!/usr/bin/env python3
"""Summarises a JFR recording: hottest methods by own samples and by inclusive samples.

    jcmd <pid> JFR.start name=p settings=profile filename=/tmp/p.jfr   # then load, then
    jcmd <pid> JFR.stop name=p
    python3 bench/jfr_top.py /tmp/p.jfr [filter-substring ...]
"""

import collections
import re
import subprocess
import sys


def main(path, filters):
    text = subprocess.run(
        ["jfr", "print", "--events", "jdk.ExecutionSample", "--stack-depth", "96", path],
        check=True, capture_output=True, text=True,
    ).stdout
    own, inclusive, total = collections.Counter(), collections.Counter(), 0
    for event in text.split("jdk.ExecutionSample")[1:]:
        frames = re.findall(r"^\s+([\w.$<>]+)\(", event, re.M)
        if not frames:
            continue
        total += 1
        own[frames[0]] += 1
        for frame in set(frames):
            inclusive[frame] += 1
    print(f"{total} samples")
    print("-- own time")
    for frame, count in own.most_common(30):
        print(f"{100 * count / total:5.1f}%  {frame}")
    print("-- inclusive" + (f" (matching {', '.join(filters)})" if filters else ""))
    shown = 0
    for frame, count in inclusive.most_common():
        if filters and not any(f in frame for f in filters):
            continue
        print(f"{100 * count / total:5.1f}%  {frame}")
        shown += 1
        if shown == 60:
            break


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2:])
