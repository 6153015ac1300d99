#!/usr/bin/env python3
"""Prints the latest Gatling run as a Markdown table: requests, throughput over each request's own
phase (pages or static ceiling, from target/gatling/phases.properties), and p50/p95/p99/max.

Usage (after ./mvnw -pl load gatling:test): python3 load/summary.py
"""
import glob
import html
import os
import re

here = os.path.dirname(os.path.abspath(__file__))
runs = sorted(glob.glob(os.path.join(here, "target", "gatling", "practicesimulation-*")))
if not runs:
    raise SystemExit("No Gatling run under load/target/gatling: run ./mvnw -pl load gatling:test")
index = open(os.path.join(runs[-1], "index.html"), encoding="utf-8").read()
phases = {}
with open(os.path.join(here, "target", "gatling", "phases.properties")) as f:
    for line in f:
        k, _, v = line.strip().partition("=")
        phases[k] = int(v)
window = {
    "pages": (phases["pages.end"] - phases["pages.start"]) / 1000.0,
    "static": (phases["static.end"] - phases["static.start"]) / 1000.0,
}

print(f"Run {os.path.basename(runs[-1])}: pages phase {window['pages']:.1f} s,"
      f" static phase {window['static']:.1f} s")
print()
print("| request | count | errors | throughput (req/s) | p50 ms | p95 ms | p99 ms | max ms |")
print("|---|---:|---:|---:|---:|---:|---:|---:|")
for row in re.findall(r"<tr id=\"(req_[^\"]+)\"[^>]*>(.*?)</tr>", index, re.S):
    cells = row[1]
    name = html.unescape(re.search(r'class="ellipsed-name">([^<]*)<', cells).group(1))
    col = {int(n): v for n, v in re.findall(r'col-(\d+)">([^<]*)<', cells)}
    count, ko = int(col[2]), int(col[4])
    secs = window["static"] if name.startswith("static") else window["pages"]
    print(f"| {name} | {count} | {ko} | {count / secs:.1f} | {col[8]} | {col[9]} | {col[10]} |"
          f" {col[12]} |")
