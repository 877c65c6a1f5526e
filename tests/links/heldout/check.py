"""Sanity checks of a held-out link gold (standard library only): `python3 check.py [SET_DIR]
[--max-words N] [--once]` (the set is this directory unless given; ``../heldout2/check.py``
runs these checks on its own).

- every document named exists, is listed in the manifest, has 250 to N (700) words;
- every evidence string (statements, utterance reports, periods, links) occurs verbatim in
  its document and stays on one line (inside one sentence: no sentence break inside it,
  checked loosely), and the number of occurrences is reported when it is not exactly one
  (an error with ``--once``);
- every utterance has reports in at least two documents, all of the utterance's speaker;
- every period is a valid ISO period; every report in a link has a period;
- corroboration / contradiction pairs: different documents, different publishers, same
  speaker, overlapping periods (31 days), target in both `about` with the right stances;
- the links listed are exactly the ones derived from statements.json (nothing missing).
"""
import argparse
import csv
import datetime as dt
import json
import os
import re
import sys

_parser = argparse.ArgumentParser()
_parser.add_argument("set_dir", nargs="?", default=os.path.dirname(os.path.abspath(__file__)))
_parser.add_argument("--max-words", type=int, default=700)
_parser.add_argument("--once", action="store_true", help="an evidence string found more than once is an error")
ARGS = _parser.parse_args()
HERE = ARGS.set_dir
CORPUS = os.path.join(HERE, "corpus")
errors, notes = [], []


def err(msg):
    errors.append(msg)


def interval(p):
    if not re.fullmatch(r"\d{4}(-\d{2}(-\d{2})?)?", p):
        raise ValueError(p)
    parts = [int(x) for x in p.split("-")]
    if len(parts) == 1:
        return dt.date(parts[0], 1, 1), dt.date(parts[0], 12, 31)
    if len(parts) == 2:
        y, m = parts
        return dt.date(y, m, 1), dt.date(y + (m == 12), m % 12 + 1, 1) - dt.timedelta(days=1)
    d = dt.date(*parts)
    return d, d


def overlap(p, q, days):
    a0, a1 = interval(p)
    b0, b1 = interval(q)
    return (b0 - a1).days <= days and (a0 - b1).days <= days


with open(os.path.join(CORPUS, "manifest.csv"), newline="", encoding="utf-8") as f:
    rows = list(csv.DictReader(f))
manifest = {r["file"]: r for r in rows}
if list(rows[0].keys()) != ["file", "title", "publisher", "author", "date", "url"]:
    err("manifest header")
files = sorted(x for x in os.listdir(CORPUS) if x.endswith(".txt"))
if sorted(manifest) != files:
    err(f"manifest files {sorted(manifest)} != corpus files {files}")
texts = {}
for fn in files:
    t = open(os.path.join(CORPUS, fn), encoding="utf-8").read()
    texts[fn] = t
    n = len(t.split())
    if not 250 <= n <= ARGS.max_words:
        err(f"{fn}: {n} words")
    m = manifest[fn]
    if m["date"] and not re.fullmatch(r"\d{4}-\d{2}-\d{2}", m["date"]):
        err(f"{fn}: bad date {m['date']}")
    if m["title"] and m["title"] not in t:
        err(f"{fn}: title not in text")

links = json.load(open(os.path.join(HERE, "links.json"), encoding="utf-8"))
stm = json.load(open(os.path.join(HERE, "statements.json"), encoding="utf-8"))["documents"]
days = links["period_days"]
if links["guidelines"] != "v1.4" or days != 31:
    err("header")

SENT_BREAK = re.compile(r'[.!?]["”’]?\s+[A-Z“"]')


def check_ev(doc, ev, where):
    if doc not in texts:
        err(f"{where}: no document {doc}")
        return
    c = texts[doc].count(ev)
    if c == 0:
        err(f"{where}: evidence not found in {doc}: {ev[:80]!r}")
    elif c > 1:
        (err if ARGS.once else notes.append)(f"{where}: evidence occurs {c} times in {doc}: {ev[:60]!r}")
    if "\n" in ev:
        err(f"{where}: evidence spans lines: {ev[:60]!r}")
    if SENT_BREAK.search(ev):
        err(f"{where}: evidence may span sentences: {ev[:80]!r}")


# statements
index = {}
for doc, sts in stm.items():
    for st in sts:
        check_ev(doc, st["evidence"], "statement")
        key = (doc, st["evidence"])
        if key in index:
            err(f"duplicate statement {key}")
        index[key] = st
        if st["about"] and set(st["about"]) != set(st.get("stance", {})):
            err(f"stance keys {key}")
        if st["period"]:
            interval(st["period"])

# utterances
ids = set()
for u in links["utterances"]:
    if u["id"] in ids:
        err(f"duplicate utterance id {u['id']}")
    ids.add(u["id"])
    for k in ("id", "speaker", "occasion", "date", "point", "reports", "why"):
        if k not in u:
            err(f"{u['id']}: missing {k}")
    interval(u["date"])
    docs = {r["doc"] for r in u["reports"]}
    if len(docs) < 2:
        err(f"{u['id']}: reports in {len(docs)} document(s)")
    for r in u["reports"]:
        check_ev(r["doc"], r["evidence"], u["id"])
        st = index.get((r["doc"], r["evidence"]))
        if st is None:
            err(f"{u['id']}: report is no annotated statement: {r['evidence'][:60]!r}")
        elif st["speaker"] != u["speaker"]:
            err(f"{u['id']}: speaker {st['speaker']} != {u['speaker']}")

# periods
per = {}
for p in links["periods"]:
    check_ev(p["doc"], p["evidence"], "period")
    interval(p["period"])
    per[(p["doc"], p["evidence"])] = p["period"]
    st = index.get((p["doc"], p["evidence"]))
    if st is None or st["period"] != p["period"]:
        err(f"period mismatch {p['doc']} {p['evidence'][:50]!r}")


def outlet(doc):
    return manifest[doc]["publisher"].strip() or "doc:" + doc


def check_link(link, kind):
    a, b = link["a"], link["b"]
    for r in (a, b):
        check_ev(r["doc"], r["evidence"], kind)
    if a["doc"] == b["doc"]:
        err(f"{kind}: same document")
    if outlet(a["doc"]) == outlet(b["doc"]):
        err(f"{kind}: same outlet {outlet(a['doc'])}")
    sa, sb = index.get((a["doc"], a["evidence"])), index.get((b["doc"], b["evidence"]))
    if not sa or not sb:
        err(f"{kind}: unknown statement")
        return
    if sa["speaker"] != sb["speaker"]:
        err(f"{kind}: speakers differ")
    pa, pb = per.get((a["doc"], a["evidence"])), per.get((b["doc"], b["evidence"]))
    if not pa or not pb:
        err(f"{kind}: report without period")
    elif not overlap(pa, pb, days):
        err(f"{kind}: periods {pa} {pb} do not overlap")
    t = link["target"]
    x, y = sa.get("stance", {}).get(t), sb.get("stance", {}).get(t)
    want = (x == y) if kind == "corroboration" else ({x, y} == {"positive", "negative"})
    if not (x in ("positive", "negative") and y in ("positive", "negative") and want):
        err(f"{kind}: stances {x} {y} on {t}")


for link in links["corroborations"]:
    check_link(link, "corroboration")
for link in links["contradictions"]:
    check_link(link, "contradiction")


# completeness: re-derive from statements.json
def key(link):
    a = (link["a"]["doc"], link["a"]["evidence"])
    b = (link["b"]["doc"], link["b"]["evidence"])
    return (link["target"],) + tuple(sorted([a, b]))


derived = {"corroboration": set(), "contradiction": set()}
allst = [(d, s) for d, sts in stm.items() for s in sts]
for i, (da, sa) in enumerate(allst):
    for db, sb in allst[i + 1:]:
        if da == db or outlet(da) == outlet(db) or sa["speaker"] != sb["speaker"]:
            continue
        if not sa["period"] or not sb["period"] or not overlap(sa["period"], sb["period"], days):
            continue
        for t, x in sa.get("stance", {}).items():
            y = sb.get("stance", {}).get(t)
            if x == "neutral" or y in (None, "neutral"):
                continue
            kind = "corroboration" if x == y else "contradiction"
            derived[kind].add((t,) + tuple(sorted([(da, sa["evidence"]), (db, sb["evidence"])])))
for kind, lst in (("corroboration", links["corroborations"]), ("contradiction", links["contradictions"])):
    listed = [key(link) for link in lst]
    if len(set(listed)) != len(listed):
        err(f"duplicate {kind} links")
    if set(listed) != derived[kind]:
        err(f"{kind}: listed {len(set(listed))} != derived {len(derived[kind])}")

# counts
pairs = set()
for u in links["utterances"]:
    r = u["reports"]
    for i in range(len(r)):
        for j in range(i + 1, len(r)):
            if r[i]["doc"] != r[j]["doc"]:
                pairs.add(tuple(sorted([(r[i]["doc"], r[i]["evidence"]), (r[j]["doc"], r[j]["evidence"])])))
docpairs = {(a[0], b[0]) for a, b in pairs}
print(f"articles {len(files)}, statements {len(index)}, utterances {len(links['utterances'])}, "
      f"same-utterance report pairs {len(pairs)} (document pairs {len(docpairs)}), "
      f"periods {len(links['periods'])}, corroborations {len(links['corroborations'])}, "
      f"contradictions {len(links['contradictions'])}")
for n in notes:
    print("note:", n)
for e in errors:
    print("ERROR:", e)
sys.exit(1 if errors else 0)
