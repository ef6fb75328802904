#!/usr/bin/env python3
"""A straightforward Python peer of `shortlist screen`, for an honest side-by-side comparison.

lxml parses HTML/XML (text only, no sections), pyahocorasick finds every term of the criteria file in the
lower-cased text, a word-boundary check keeps whole words, credits and the weighted score follow DESIGN.md's
`any`/`all`/`none` rules (no sections, recency, years or education: those criteria score 0 here), and the top 100
are written to a CSV. It does less than Shortlist, so it is an upper bound on what a simple peer costs.

    pip install lxml pyahocorasick pyyaml
    python3 Benchmarks/peer/peer.py CRITERIA.yaml RESUME_DIR OUT.csv [--jobs N]
"""
import csv
import os
import sys
import time
from multiprocessing import Pool

import ahocorasick
import lxml.etree
import lxml.html
import yaml

WORD = set(b"abcdefghijklmnopqrstuvwxyz0123456789_")


def load(path):
    with open(path, encoding="utf-8") as handle:
        spec = yaml.safe_load(handle)
    criteria = []
    automaton = ahocorasick.Automaton()
    for index, criterion in enumerate(spec["criteria"]):
        mode = next((key for key in ("any", "all", "none") if key in criterion), None)
        groups = criterion.get(mode, []) if mode else []
        criteria.append((mode, len(groups), criterion.get("min_distinct", 1), float(criterion.get("weight", 0))))
        for group_index, group in enumerate(groups):
            for term in str(group).split("|"):
                term = term.strip().lstrip("=").lower()
                if term:
                    automaton.add_word(term, (index, group_index, term))
    automaton.make_automaton()
    return criteria, automaton


def text_of(data):
    head = data[:200].lstrip().lower()
    try:
        if head.startswith(b"<?xml") and b"<html" not in data[:2048].lower():
            root = lxml.etree.fromstring(data, lxml.etree.XMLParser(resolve_entities=False, no_network=True, recover=True))
            return " ".join(root.itertext()) if root is not None else ""
        if head.startswith(b"<"):
            return lxml.html.fromstring(data).text_content()
    except (lxml.etree.LxmlError, ValueError):
        return ""
    return data.decode("utf-8", errors="replace")


def score(path):
    with open(path, "rb") as handle:
        text = " ".join(text_of(handle.read()).lower().split())
    found = set()
    for end, (criterion, group, term) in AUTOMATON.iter(text):
        start = end - len(term) + 1
        before = text[start - 1] if start > 0 else " "
        after = text[end + 1] if end + 1 < len(text) else " "
        if before.encode()[:1] not in WORD_BYTES and after.encode()[:1] not in WORD_BYTES:
            found.add((criterion, group))
    # Only the criteria a term touched change from their no-hit credit (0 for any/all, 1 for none): a resume costs
    # its hits, not the number of criteria.
    hits = {}
    for criterion, _ in found:
        hits[criterion] = hits.get(criterion, 0) + 1
    weighted = NONE_WEIGHT
    for index, count in hits.items():
        mode, groups, minimum, weight = CRITERIA[index]
        credit = {"any": min(count / max(minimum, 1), 1.0), "all": count / groups if groups else 0.0,
                  "none": 0.0}.get(mode, 0.0)
        weighted += weight * (credit - (1.0 if mode == "none" else 0.0))
    return round(100 * weighted / TOTAL_WEIGHT, 1) if TOTAL_WEIGHT else 0.0, path


WORD_BYTES = {bytes([b]) for b in WORD}
CRITERIA, AUTOMATON = None, None
TOTAL_WEIGHT = NONE_WEIGHT = 0.0


def init(criteria_path):
    global CRITERIA, AUTOMATON, TOTAL_WEIGHT, NONE_WEIGHT
    CRITERIA, AUTOMATON = load(criteria_path)
    TOTAL_WEIGHT = sum(weight for _, _, _, weight in CRITERIA)
    NONE_WEIGHT = sum(weight for mode, _, _, weight in CRITERIA if mode == "none")


def main():
    criteria_path, folder, out = sys.argv[1:4]
    jobs = int(sys.argv[sys.argv.index("--jobs") + 1]) if "--jobs" in sys.argv else 1
    paths = sorted(os.path.join(root, name) for root, _, names in os.walk(folder) for name in names)
    start = time.perf_counter()
    if jobs == 1:
        init(criteria_path)
        results = [score(path) for path in paths]
    else:
        with Pool(jobs, initializer=init, initargs=(criteria_path,)) as pool:
            results = pool.map(score, paths, chunksize=64)
    results.sort(key=lambda item: (-item[0], item[1]))
    with open(out, "w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(["rank", "score", "file"])
        for rank, (value, path) in enumerate(results[:100], 1):
            writer.writerow([rank, value, path])
    elapsed = time.perf_counter() - start
    print(f"{len(paths)} resumes in {elapsed:.2f} s ({len(paths) / elapsed:,.0f}/s)", file=sys.stderr)


if __name__ == "__main__":
    main()
