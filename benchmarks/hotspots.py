#!/usr/bin/env python3
"""Top methods of a JFR recording's execution samples: self time and total (inclusive) time.

Usage: benchmarks/hotspots.py FILE.jfr [N] [FILTER]  (FILTER: only frames whose method contains it count
for the inclusive table, e.g. io.github.vanban)."""
import re
import subprocess
import sys
from collections import Counter


def main():
    path = sys.argv[1]
    top = int(sys.argv[2]) if len(sys.argv) > 2 else 25
    flt = sys.argv[3] if len(sys.argv) > 3 else "io.github.vanban"
    out = subprocess.run(["jfr", "print", "--events", "jdk.ExecutionSample", "--stack-depth", "64", path],
                         capture_output=True, text=True, check=True).stdout
    selfc, total = Counter(), Counter()
    n = 0
    for block in out.split("jdk.ExecutionSample")[1:]:
        frames = re.findall(r"^\s+([\w$.<>]+\(.*?\))\s+line:\s*(\d+)", block, re.M)
        if not frames:
            continue
        n += 1
        selfc[frames[0][0] + ":" + frames[0][1]] += 1
        seen = set()
        for f, _ in frames:
            if flt in f and f not in seen:
                seen.add(f)
                total[f] += 1
    print(f"{n} samples")
    print("self (method:line)")
    for f, c in selfc.most_common(top):
        print(f"{100.0 * c / n:6.1f}%  {f}")
    print(f"\ninclusive ({flt})")
    for f, c in total.most_common(top):
        print(f"{100.0 * c / n:6.1f}%  {f}")


if __name__ == "__main__":
    main()
