"""The mechanical part of the held-out link sets' gold (standard library only): from the hand
annotation of a set (its ``annotate.py``: STATEMENTS and UTTERANCES), resolve each report's
period, list the utterances with their reports, and derive the corroborations and
contradictions from stances, outlets (``corpus/manifest.csv``) and periods (v1.4); write
``links.json`` and ``statements.json`` beside the annotation.
"""
import csv
import datetime as dt
import json
import os

PERIOD_DAYS = 31
POSITIVE, NEGATIVE, NEUTRAL = "positive", "negative", "neutral"


def statement(speaker, cue, kind, evidence, about=None, period=None, utts=()):
    """One annotated statement: ``about`` maps each target to its stance; ``period`` None takes
    the utterance's date (or the document's), "none" marks a report no date shows; ``utts``
    are the ids of the utterances it reports."""
    return {"speaker": speaker, "cue": cue, "kind": kind, "evidence": evidence,
            "about": dict(about or {}), "period": period, "utts": list(utts)}


def read_manifest(here):
    with open(os.path.join(here, "corpus", "manifest.csv"), newline="", encoding="utf-8") as f:
        return {r["file"]: r for r in csv.DictReader(f)}


def interval(period):
    """(first day, last day) of an ISO period: YYYY, YYYY-MM or YYYY-MM-DD."""
    parts = [int(x) for x in period.split("-")]
    if len(parts) == 1:
        return dt.date(parts[0], 1, 1), dt.date(parts[0], 12, 31)
    if len(parts) == 2:
        y, m = parts
        first = dt.date(y, m, 1)
        nxt = dt.date(y + (m == 12), m % 12 + 1, 1)
        return first, nxt - dt.timedelta(days=1)
    d = dt.date(*parts)
    return d, d


def overlap(p, q, days=PERIOD_DAYS):
    a0, a1 = interval(p)
    b0, b1 = interval(q)
    return (b0 - a1).days <= days and (a0 - b1).days <= days


def resolve_periods(manifest, statements, utterances):
    udate = {u["id"]: u["date"] for u in utterances}
    for doc, sts in statements.items():
        ddate = manifest[doc]["date"] or None
        for st in sts:
            p = st["period"]
            if p == "none":
                p = None
            elif p is None:
                dates = {udate[u] for u in st["utts"]}
                if dates:
                    assert len(dates) == 1, (doc, st["evidence"])
                    p = dates.pop()
                else:
                    p = ddate
            st["resolved_period"] = p


def build(here, statements, utterances):
    """Write links.json and statements.json of the set in ``here``; return the links."""
    manifest = read_manifest(here)
    resolve_periods(manifest, statements, utterances)
    order = list(statements)
    reports = []
    for doc in order:
        for st in statements[doc]:
            reports.append((doc, st))
    uts = []
    for u in utterances:
        reps = [{"doc": d, "evidence": st["evidence"]} for d, st in reports if u["id"] in st["utts"]]
        assert all(st["speaker"] == u["speaker"] for d, st in reports if u["id"] in st["utts"]), u["id"]
        entry = {k: u[k] for k in ("id", "speaker", "occasion", "date", "point")}
        entry["reports"] = reps
        entry["why"] = u["why"]
        uts.append(entry)
    periods = [{"doc": d, "evidence": st["evidence"], "period": st["resolved_period"]}
               for d, st in reports if st["about"] and st["resolved_period"]]

    def outlet(doc):
        return manifest[doc]["publisher"].strip() or ("doc:" + doc)

    corr, contra = [], []
    for i, (da, sa) in enumerate(reports):
        for db, sb in reports[i + 1:]:
            if da == db or outlet(da) == outlet(db) or sa["speaker"] != sb["speaker"]:
                continue
            pa, pb = sa["resolved_period"], sb["resolved_period"]
            if not pa or not pb or not overlap(pa, pb):
                continue
            for t in sa["about"]:
                if t not in sb["about"]:
                    continue
                x, y = sa["about"][t], sb["about"][t]
                if NEUTRAL in (x, y):
                    continue
                link = {"target": t, "a": {"doc": da, "evidence": sa["evidence"]},
                        "b": {"doc": db, "evidence": sb["evidence"]}}
                (corr if x == y else contra).append(link)
    links = {"guidelines": "v1.4", "period_days": PERIOD_DAYS, "utterances": uts,
             "periods": periods, "corroborations": corr, "contradictions": contra}
    with open(os.path.join(here, "links.json"), "w", encoding="utf-8") as f:
        json.dump(links, f, ensure_ascii=False, indent=1)
        f.write("\n")
    out = {}
    for doc in order:
        out[doc] = []
        for st in statements[doc]:
            rec = {"speaker": st["speaker"], "cue": st["cue"], "kind": st["kind"],
                   "evidence": st["evidence"], "about": list(st["about"])}
            if st["about"]:
                rec["stance"] = dict(st["about"])
            rec["period"] = st["resolved_period"]
            if st["utts"]:
                rec["utterances"] = st["utts"]
            out[doc].append(rec)
    with open(os.path.join(here, "statements.json"), "w", encoding="utf-8") as f:
        json.dump({"guidelines": "v1.3 statements with v1.4 periods", "documents": out},
                  f, ensure_ascii=False, indent=1)
        f.write("\n")
    return links


def main(here, statements, utterances):
    """Build the set's gold files and print their counts."""
    L = build(here, statements, utterances)
    pairs = set()
    for u in L["utterances"]:
        r = u["reports"]
        for i in range(len(r)):
            for j in range(i + 1, len(r)):
                if r[i]["doc"] != r[j]["doc"]:
                    pairs.add(tuple(sorted([(r[i]["doc"], r[i]["evidence"]), (r[j]["doc"], r[j]["evidence"])])))
    print("utterances", len(L["utterances"]), "report pairs", len(pairs),
          "periods", len(L["periods"]), "corroborations", len(L["corroborations"]),
          "contradictions", len(L["contradictions"]))
