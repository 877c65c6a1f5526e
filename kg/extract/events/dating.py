"""Dating: which date expression belongs to which mention, which way a date without a year points,
and dates an event takes from the event it took place at."""
from __future__ import annotations

import datetime as dt
import re
from typing import TYPE_CHECKING

from ..context import doc_text
from ..lang import lexicon_of
from .parse import container, direct_governor, head_lemma, negated_or_modal, rx, words_of
from .records import Mention, Occurrence, pad

if TYPE_CHECKING:
    from spacy.tokens import Span as SpacySpan
    from spacy.tokens import Token

    from .context import Context

__all__ = ["assign_dates", "finite", "date_from_title", "date_from_sequel", "set_date", "verb_date", "future_context", "past_governed", "inherit_dates",
           "mention_setting_dates", "setting_heads", "date_from_setting"]


def assign_dates(ctx: Context, mentions: list[Mention]) -> None:
    """Give each mention the date expression attached to it in the parse.

    A date inside the mention's own phrase ("the 2020 war", "the summit in Astana in
    2023") wins; otherwise each remaining date goes to the closest mention: right after
    its phrase ("the election on February 7, 2024") or near it in the dependency tree
    ("On February 12, a serious incident occurred").
    """
    ew = ctx.words
    connect, participle = rx(ew.connect_date, re.IGNORECASE), rx(ew.participle_date, re.IGNORECASE)
    by_sent: dict[int, list[Mention]] = {}
    for m in mentions:
        by_sent.setdefault(m.sent, []).append(m)
    sdoc = ctx.sdoc
    used: set[int] = set()
    for k, (ds, de, _) in enumerate(ctx.date_exprs):  # pass 1: inside a phrase
        sent = ctx.sent_of.get(ds)
        # the head event before a modifier inside its name: "the 2017 ceasefire accord" is the accord's year
        inner = sorted(by_sent.get(sent, []) if sent is not None else [], key=lambda m: m.rule in COMPOUND_RULES)
        for m in inner:
            inside = (m.start <= ds and de <= m.head + 1) or (m.head < ds and de <= m.end)
            if inside and m.head < ds and _nested_owner(ctx, m, ds, de) is not None:
                continue  # "the 80th anniversary of Victory in the Great Patriotic War of 1941-1945": the war's years
            if inside and m.date is None and set_date(ctx, m, k, sdoc[ds]):
                used.add(k)
                break
    pairs: list[tuple[float, int, int, Mention]] = []
    for k, (ds, de, _) in enumerate(ctx.date_exprs):  # pass 2: attached to a phrase
        sent = ctx.sent_of.get(ds)
        if k in used or sent is None or sent not in by_sent:
            continue
        s_start, s_end = ctx.sents[sent].start, ctx.sents[sent].end
        toks = [sdoc[i] for i in range(ds, de)]
        root = next((t for t in toks if not (ds <= t.head.i < de) or t.head.i == t.i), toks[-1])
        host = root.head
        while host.dep_ == "prep" and host.head.i != host.i:
            host = host.head  # "the last day of the war, on the ninth of November": the day's date
        for m in by_sent[sent]:
            if m.date is not None or m.start <= ds < m.end:
                continue
            h = sdoc[m.head]
            gap = abs(m.head - ds)
            between = doc_text(sdoc)[sdoc[m.end - 1].idx + len(sdoc[m.end - 1]):sdoc[ds].idx] if ds >= m.end else ""
            if ds >= m.end and (connect.match(between) or participle.match(between) and (
                    between.lstrip().startswith(",") or not _has_subject(sdoc[m.end]))):
                pairs.append((-0.5, gap, k, m))  # right after the phrase: "the election on February 7, 2024"
                continue
            if host.pos_ in ("NOUN", "PROPN") and host.i != m.head and head_lemma(host) is None \
                    and host.lower_ not in ew.containers and host in h.ancestors:
                continue
            if h.dep_ == "pobj" and h.head.lower_ in ew.dated_elsewhere_preps and host.i != h.i:
                continue  # "joined NATO in April after the invasion": April dates the joining (not "after the
                # meeting on Wednesday", where the date hangs on the noun)
            cont = container(h)
            if cont is not None:
                h = cont
            h = _name_root(ctx, m) or h
            lca = _lca(root, h)
            if lca is None or not (s_start <= lca.i < s_end):
                continue  # the parse ran across a sentence or paragraph boundary
            if any(a.dep_ in ("ccomp", "parataxis") for a in [h] + list(h.ancestors) if a.i != lca.i
                   and lca in a.ancestors):
                continue  # "A war would be disastrous, Erdogan warned last year": the warning's date
            dist = _tree_distance(root, h)
            if dist is not None and dist <= 4:
                pairs.append((dist - (0.5 if h in root.ancestors else 0.0), gap, k, m))
    taken: set[int] = set()
    for _, _, k, m in sorted(pairs, key=lambda x: (x[0], x[1])):
        if k in used or id(m) in taken:
            continue
        ds = ctx.date_exprs[k][0]
        if set_date(ctx, m, k, sdoc[ds]):
            used.add(k)
            taken.add(id(m))
    for k, (ds, de, _) in enumerate(ctx.date_exprs):  # pass 3: a misparsed sentence
        sent = ctx.sent_of.get(ds)
        if k in used or sent is None or sent not in by_sent:
            continue
        s_start = ctx.sents[sent].start
        free = [m for m in by_sent[sent] if m.date is None and not any(
            o is not m and o.start <= m.head < o.end for o in by_sent[sent])]
        opener = ds - s_start <= 1 and (ds == s_start or sdoc[s_start].lower_ in ew.opening_date_preps)
        if opener:  # "February 26 marks the anniversary ...", "On May 5, the talks ..."
            after = [m for m in free if m.head > de]
            if after and set_date(ctx, min(after, key=lambda m: m.head), k, sdoc[ds]):
                used.add(k)
        elif len(by_sent[sent]) == 1 and free and ds > free[0].end and sdoc[ds - 1].lower_ in ew.day_preps and not any(
                t.pos_ == "ADP" for t in sdoc[s_start:free[0].start]) and not any(
                a.dep_ in ("relcl", "acl") for a in sdoc[ds].ancestors):
            if set_date(ctx, free[0], k, sdoc[ds]):  # "the elections, slated ..., unfolded on May 5"
                used.add(k)
        elif len(free) == 1 and ds >= free[0].end and not finite(ctx.sents[sent]):
            # a heading that ends with its date: "Transcript of the interview of the Minister, ..., 14 October 2025"
            if set_date(ctx, free[0], k, sdoc[ds]):
                used.add(k)


def finite(sent: SpacySpan) -> bool:
    """The sentence has a finite verb (a heading or a title often has none: "Press Briefing by the Secretary")."""
    return any(t.pos_ in ("VERB", "AUX") and t.tag_ in ("VBD", "VBZ", "VBP", "MD") for t in sent)


def _nested_owner(ctx: Context, m: Mention, ds: int, de: int) -> Token | None:
    """Another event noun inside the mention's phrase that the date hangs on before it reaches the mention's
    head ("the anniversary of the war of 1941-1945": the war)."""
    sdoc = ctx.sdoc
    toks = [sdoc[i] for i in range(ds, de)]
    root = next((t for t in toks if not (ds <= t.head.i < de) or t.head.i == t.i), toks[-1])
    for anc in root.ancestors:
        if anc.i == m.head:
            return None
        if m.head < anc.i < ds and head_lemma(anc) is not None:
            return anc
    return None


#: the rules of mentions that are modifiers inside a larger noun phrase ("election" in "election campaign")
COMPOUND_RULES = ("event:compound", "event:compound-event")


def _has_subject(verb: Token) -> bool:
    """The verb after a mention has a subject of its own ("the summit, where leaders held talks in May"), so it is
    no participle on the mention."""
    return any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in verb.children)


def _name_root(ctx: Context, m: Mention) -> Token | None:
    """The syntactic root of a name the parser broke around the event noun: "Organization"
    in "at the Organization of Turkic States summit in Bishkek in November"."""
    sdoc = ctx.sdoc
    for i in range(m.start, m.head):
        bounds = ctx.ent_bounds.get(i)
        if bounds is None or bounds[0] >= m.start:
            continue
        for t in sdoc[bounds[0]:bounds[1]]:
            if not (bounds[0] <= t.head.i < bounds[1]) and t.head.i != t.i and sdoc[m.head] in t.subtree:
                return t
    return None


def _lca(a: Token, b: Token) -> Token | None:
    anc_a = {t.i for t in [a] + list(a.ancestors)}
    for t in [b] + list(b.ancestors):
        if t.i in anc_a:
            return t
    return None


def set_date(ctx: Context, m: Mention, k: int, root: Token) -> bool:
    """Give ``m`` the date expression ``k`` (whose first token is ``root``), read the way its clause points."""
    future = future_context(ctx.sdoc[m.head], root)
    if future is not False and past_governed(ctx.sdoc[m.head]):
        future = False  # "the rebels launched an offensive in May": never after the date line
    if future is None:  # a present tense: the nearer of the past and the future reading
        found = _nearest(ctx, ctx.resolve(k, False), ctx.resolve(k, True))
    else:
        found = ctx.resolve(k, future)
    if found is None:
        return False
    m.date, m.date_end = found
    verb = root.head.head if root.head.dep_ == "prep" else root.head  # what the date phrase hangs on
    head = ctx.sdoc[m.head]
    row = ctx.words.heads.get(m.lemma)
    lasting = row is not None and row.lasting
    if verb is not None and verb.lemma_.lower() in ctx.words.end_verbs and head.head.i == verb.i and \
            head.dep_ == "nsubj" and len(m.date) == 10 and not lasting:
        m.date = m.date_end = m.date[:7]  # "the summit ended on Wednesday": its last day, not its first
    return True


def _tree_distance(a: Token, b: Token) -> int | None:
    anc_a = [a] + list(a.ancestors)
    pos = {t.i: n for n, t in enumerate(anc_a)}
    for n, t in enumerate([b] + list(b.ancestors)):
        if t.i in pos:
            return pos[t.i] + n
    return None


def past_governed(head: Token) -> bool:
    """The noun is an argument of a verb in the simple past ("the rebels launched an offensive",
    "the attack killed ..."), not of a future, modal or present one."""
    gov = next((a for a in head.ancestors if a.pos_ in ("VERB", "AUX")), None)
    return gov is not None and gov.tag_ == "VBD" and not negated_or_modal(gov) and head.head.i == gov.i and \
        gov.lemma_.lower() not in words_of(head).forward_verbs  # "announced the summit on June 5" may look ahead


def _nearest(ctx: Context, past: tuple[str, str] | None, future: tuple[str, str] | None) -> tuple[str, str] | None:
    """Of two readings of a date without a year, the one nearer the date line."""
    anchor = ctx.anchor
    if past is None or future is None or anchor is None or past == future:
        return past or future

    def gap(found: tuple[str, str]) -> int:
        first = dt.date.fromisoformat(pad(found[0], "0").replace("-00", "-01"))
        return abs((first - anchor).days)
    return future if gap(future) < gap(past) else past


def future_context(head: Token, date_root: Token) -> bool | None:
    """Whether a date without a year points forward: "the summit next month", "is expected to win
    the December 14 vote", "said he would attend". The clause's own finite verb decides: a past one
    ("after Russia launched its invasion in February") keeps the date in the past; None for a present
    tense of scheduling ("voters go to the polls on May 18"), which may point either way."""
    ew = words_of(head)
    modals = lexicon_of(head).cues.modals
    for t in [head] + list(head.lefts):
        if t.lower_ in ew.past_words:
            return False  # "the previous round, held there on February 27"
        if t.lower_ in ew.future_words:
            return True
    for tok in (date_root, head):
        for anc in list(tok.ancestors)[:8]:
            if anc.pos_ not in ("VERB", "AUX"):
                continue
            auxes = [c for c in anc.children if c.dep_ in ("aux", "auxpass")]
            modalities = {modals.get(c.lower_) for c in auxes}
            if "future" in modalities:
                return True
            if "conditional" in modalities and not any(
                    c.dep_ == "aux" and c.lower_ in ew.perfect_aux for c in auxes):
                return True  # reported future: "said he would attend the summit next month"
            if anc.lemma_.lower() in ew.future_verbs:
                return True
            if anc.tag_ in ("VBZ", "VBP") and not auxes and anc.lemma_.lower() in ew.scheduled_present:
                return None  # "voters go to the polls on May 18" (ahead), "Putin meets Xi on Tuesday" (a headline)
            if anc.lemma_.lower() in ew.forward_verbs:
                return None  # "announced the summit on June 5": either way, the nearer reading
            if anc.tag_ == "VBD" or any(c.tag_ == "VBD" or c.lemma_ in ew.perfect_aux for c in auxes):
                return False  # a past clause: "after Russia launched its invasion in February"
            if anc.tag_ in ("VBZ", "VBP") or any(c.tag_ in ("MD", "VBZ", "VBP") for c in auxes):
                break  # a present clause anchors it: no tense to go by
            if anc.tag_ == "VBN" and not auxes and anc.i > head.i:
                return False  # a reduced relative after the noun: "the round, held there on February 27"
    return None


def verb_date(ctx: Context, verb: Token) -> tuple[str, str] | None:
    """The date of a verb's own arguments ("met in Astrakhan last week")."""
    for child in verb.children:
        if child.dep_ in ("ccomp", "advcl", "relcl", "xcomp", "conj", "parataxis"):
            continue
        for i in range(child.left_edge.i, child.right_edge.i + 1):
            j = ctx.date_tokens.get(i)
            if j is not None:
                found = ctx.resolve(j, False)
                if found is not None:
                    return found
    return None


# ---------------------------------------------------------------- dates from the setting
def inherit_dates(ctx: Context, mentions: list[Mention]) -> None:
    """ "speech at the ceremony on February 26": the speech shares the ceremony's date;
    "inauguration speech on February 14": so does the inauguration."""
    sdoc = ctx.sdoc
    by_head = {m.head: m for m in mentions}
    for m in mentions:
        tok = sdoc[m.head]
        if m.date is None:
            for child in tok.children:
                if child.dep_ == "prep" and child.lower_ in ctx.words.at_event_preps:
                    for t in child.children:
                        other = by_head.get(t.i)
                        if other is not None and other.date:
                            m.date, m.date_end = other.date, other.date_end
        if m.rule == "event:compound-event":
            other = by_head.get(tok.head.i)
            if other is not None and other.specific:
                if m.date is None:
                    m.date, m.date_end = other.date, other.date_end
                m.specific, m.anaphoric = True, False
                m.participants |= other.participants
                m.agents |= other.agents


def mention_setting_dates(ctx: Context, mentions: list[Mention]) -> None:
    """Before coreference: "held talks with X on the sidelines of the forum on Friday": the talks
    take the forum's date, so that they are not mistaken for talks of another year."""
    by_head = {m.head: m for m in mentions}
    for m in mentions:
        if m.date is not None or not (m.specific or m.anaphoric):
            continue
        for group in setting_heads(ctx, m.head):
            other = next((by_head[i] for i in group if i in by_head and by_head[i].date is not None), None)
            if other is not None and other is not m and other.date is not None:
                ranged = other.date_end is not None and other.date_end != other.date
                m.date = m.date_end = other.date[:7] if ranged else other.date
                break


def setting_heads(ctx: Context, head: int) -> list[list[int]]:
    """Token indices inside the phrases that place the noun at ``head`` at, during, amid or on the
    sidelines of something: one list per phrase."""
    ew = ctx.words
    tok = ctx.sdoc[head]
    gov = direct_governor(tok)
    clauses = [c for c in tok.children if c.dep_ in ("acl", "relcl") and c.tag_ == "VBN"]  # "deal brokered at"
    out: list[list[int]] = []
    for holder in [tok] + clauses + ([gov] if gov is not None else []):
        for child in holder.children:
            if child.dep_ != "prep" or not (child.lower_ in ew.setting_preps or (
                    child.lower_ in ew.sideline_preps and any(t.lower_ in ew.sideline_nouns for t in child.subtree))):
                continue
            out.append([t.i for t in child.subtree])
    return out


def date_from_title(ctx: Context, events: list[Occurrence]) -> None:
    """A title without a verb that names an occasion ("Press Briefing by Press Secretary Jane Doe",
    "Transcript of the interview of the Minister") makes the document its record: undated, the occasion
    takes the day of the date line (event types whose kind is ``recorded``)."""
    anchor, clean = ctx.anchor, ctx.document.clean
    if anchor is None or ctx.document.date is None:
        return
    headline = clean.split("\n\n", 1)[0]
    spans = [(0, len(headline))]  # the first paragraph, and the title where the document names one
    title = (ctx.document.title or "").strip()
    found = clean.find(title) if title else -1
    if found >= 0:
        spans.append((found, found + len(title)))
    sents: set[int] = set()
    for start, end in spans:
        inside = [k for k, s in enumerate(ctx.sents) if s.start_char < end and s.end_char > start]
        if inside and not any(finite(ctx.sents[k]) for k in inside):
            sents.update(inside)
    for ev in events:
        kind = ctx.words.kinds.get(ev.type)
        if ev.date is not None or kind is None or not kind.recorded:
            continue
        if any(m.sent in sents for m in ev.mentions):
            ev.date = ev.date_end = anchor.isoformat()


def date_from_setting(ctx: Context, events: list[Occurrence]) -> None:
    """ "signed the agreement during the visit", "met on the sidelines of the summit": an
    undated event takes the date of the dated event it took place at; and a summit, meeting or
    ceremony with no date of its own takes the date of a dated event held at it ("a meeting ...
    on May 20, on the sidelines of a ministerial gathering")."""
    event_of = {m.head: ev for ev in events for m in ev.mentions}
    for ev in events:
        if ev.date is not None:
            continue
        for other in (o for group in _settings(ctx, ev, event_of) for o in group):
            if other.date is not None:
                ranged = other.date_end is not None and other.date_end != other.date
                ev.date = other.date[:7] if ranged else other.date
                break
    for ev in events:
        if ev.date is None:
            continue
        ranged = ev.date_end is not None and ev.date_end != ev.date
        for group in _settings(ctx, ev, event_of):
            # the setting itself and those coordinated with it, not what it marks ("at the ceremony marking ...";
            # "alongside the 19th session of ... and the 6th session of ...")
            first = group[0]
            heads = {c.i for m in first.mentions for c in ctx.sdoc[m.head].conjuncts}
            for other in [first] + [o for o in group[1:] if any(m.head in heads for m in o.mentions)]:
                if other.date is None and other.type in ("Summit", "Meeting", "Ceremony"):
                    other.date = other.date_end = ev.date[:7] if ranged else ev.date


def date_from_sequel(ctx: Context, events: list[Occurrence]) -> None:
    """ "Following the meeting, the co-chairs signed a protocol": an undated event reported right after a
    dated occasion (a kind that is ``brief``: a meeting, a summit, a speech ...) took place on its day."""
    ew = ctx.words
    event_of = {m.head: ev for ev in events for m in ev.mentions}
    for ev in events:
        if ev.date is not None:
            continue
        for m in ev.mentions:
            gov = direct_governor(ctx.sdoc[m.head])
            found = None
            for prep in (c for c in (gov.children if gov is not None else ()) if c.dep_ == "prep"
                         and c.lower_ in ew.sequel_preps):
                for obj in (c for c in prep.children if c.dep_ == "pobj"):
                    other = event_of.get(obj.i)
                    kind = ew.kinds.get(other.type) if other is not None else None
                    if other is not None and other is not ev and other.date is not None and kind is not None \
                            and kind.brief:
                        found = other
            if found is not None and found.date is not None:
                ranged = found.date_end is not None and found.date_end != found.date
                ev.date = ev.date_end = found.date[:7] if ranged else found.date
                break


def _settings(ctx: Context, ev: Occurrence, event_of: dict[int, Occurrence]) -> list[list[Occurrence]]:
    """The events that ``ev`` is said to take place at, during, amid or on the sidelines of: one
    list per such phrase, in text order."""
    out: list[list[Occurrence]] = []
    for m in ev.mentions:
        for heads in setting_heads(ctx, m.head):
            group: list[Occurrence] = []
            for i in heads:
                other = event_of.get(i)
                if other is not None and other is not ev and other not in group:
                    group.append(other)
            if group:
                out.append(group)
    return out
