"""English events tables: the event nouns with their gates, and the words that make a mention specific."""
from __future__ import annotations

from ..events import EventClass, EventHead, EventKind, EventType, EventWords, Evidence, Gate
from .cues import CUES

__all__ = ["EVENTS"]


def _w(*words: str) -> frozenset[str]:
    return frozenset(words)


# ---------------------------------------------------------------- words the gates and rules share
OF = _w("of")
PARTICLES = _w("down")
# verbs after which a speaker addresses a rally: "told a rally", "speaking at a rally"
#: verbs with which someone speaks to a gathering ("told a rally"): the verbs of saying
SPEAKING_VERBS = frozenset(CUES.verbs)
HOLDING_VERBS = _w("hold", "stage", "headline", "lead")  # a rally held by a named person, not by protesters
ASSEMBLIES = _w("senate", "house", "congress", "parliament", "assembly", "council", "committee", "board", "cabinet",
                "chamber", "legislature", "court", "un", "lawmaker", "mp", "senator", "deputy")
REFERENDUM_ISSUES = _w("independence", "secession", "sovereignty", "membership", "brexit", "constitution",
                       "unification", "reunification", "autonomy")  # "the 2014 vote on independence"
GATHERED = _w("minister", "leader", "head", "official", "diplomat", "delegate", "representative", "envoy",
              "president", "chief")  # "a gathering of finance ministers"
#: the bodies that hold hearings and debates ("the hearing before the Foreign Relations Committee", "a debate in
#: parliament"), lemmas
LEGISLATURES = _w("senate", "house", "congress", "parliament", "assembly", "committee", "subcommittee", "commons",
                  "lords", "legislature", "lawmaker", "senator", "mp", "chamber", "duma", "rada", "knesset")
#: what is withdrawn or redeployed in a military withdrawal ("the withdrawal of the contingent"), lemmas
TROOPS = _w("troop", "force", "soldier", "contingent", "unit", "peacekeeper", "battalion", "brigade", "army",
            "personnel", "mission")
#: places a force captures or takes over ("the takeover of the city", "the capture of the airport"), lemmas
HELD_PLACES = _w("city", "town", "village", "capital", "airport", "port", "base", "region", "province", "district",
                 "bridge", "island", "stronghold", "crossing", "hill", "territory", "settlement", "garrison")

# ---------------------------------------------------------------- gates
NOUN_ONLY = Gate("noun")  # not a verb the tagger took for a noun
PHONE = Gate("modifier", r"\b(?:phone|telephone|video)\b")  # "a phone call", "a video conversation"
OF_OBJECT = Gate("of_object", words={"preps": OF})  # "storming of Parliament", "annexation of Crimea"
#: a named counterpart: "a call with President Sheinbaum", "a working lunch with Milei"
WITH_ACTOR = Gate("names_actor", words={"preps": _w("with", "between")})
#: a meal that is a meeting: "a working lunch", "a state dinner", "a lunch with the president"
MEAL = Gate("any", any_of=(Gate("modifier", r"\b(?:working|state|official|business|gala|private)\b"), WITH_ACTOR))
#: a street protest, not a diplomatic one ("mass protests", "the protests"; not "lodged a protest")
STREET_PROTEST = Gate("any", any_of=(
    Gate("plural"),
    Gate("modifier", r"\b(?:mass|street|violent|nationwide|student|opposition|peaceful|anti\b)")))
#: a military withdrawal ("the troop withdrawal", "the withdrawal of the Ethiopian contingent"), not one from a
#: treaty or an organisation
TROOP_MOVE = Gate("any", any_of=(
    Gate("modifier", r"\b(?:troops?|military|army|forces?|naval|peacekeeping)\b"),
    Gate("member_argument", words={"preps": OF, "members": TROOPS})))
#: a place taken by force ("the takeover of the city", "the capture of Bakhmut"), not "the capture of a suspect"
TAKING = Gate("of_place", words={"preps": OF, "places": HELD_PLACES})
GATES: dict[str, Gate] = {
    "address": NOUN_ONLY,
    "strike": NOUN_ONLY,
    "call": Gate("any", any_of=(PHONE, WITH_ACTOR)),
    "conversation": PHONE,
    "lunch": MEAL,
    "dinner": MEAL,
    "breakfast": MEAL,
    # "a radio broadcast", "the president's televised broadcast", not the broadcast of a match
    "broadcast": Gate("any", any_of=(
        Gate("modifier", r"\b(?:televised|radio|television|tv|national|nationwide|live|video|new year)\b"),
        Gate("possessed"))),
    # "the hearing before the Senate Foreign Relations Committee", "a congressional hearing"; not a court's
    # hearing of an appeal, nor "hearing loss"
    "hearing": Gate("any", any_of=(
        Gate("modifier", r"\b(?:committee|subcommittee|congressional|senate|house|parliamentary|commons|"
                         r"confirmation|oversight|impeachment|select)\b"),
        Gate("member_argument", words={"preps": _w("before", "of", "by", "at"), "members": LEGISLATURES}))),
    # "the presidential debate", "a debate in parliament", "the Commons debate"; not "the debate over taxes"
    "debate": Gate("any", any_of=(
        Gate("modifier", r"\b(?:parliamentary|presidential|vice-presidential|televised|tv|senate|commons|plenary|"
                         r"emergency|urgent|leaders|candidates|election|campaign|primary)\b"),
        Gate("capitalised_modifier"),
        Gate("member_argument", words={"preps": _w("in", "at"), "members": LEGISLATURES}))),
    # "the Harbourgate scandal", "the 2019 scandal"; not "a scandal" of no name
    "scandal": Gate("any", any_of=(Gate("capitalised_modifier"), Gate("modifier", r"\d{4}|gate\b"))),
    # "the Pentagon leaks", "a gas leak"; not "leaks to the press" of no kind
    "leak": Gate("any", any_of=(
        Gate("capitalised_modifier"),
        Gate("modifier", r"\b(?:data|document|documents|intelligence|classified|gas|chemical|radiation|oil|\d{4})\b"))),
    # "a missile test", "the nuclear test"; not "a stress test"
    "test": Gate("modifier", r"\b(?:missile|nuclear|weapons?|rocket|ballistic|hypersonic|atomic|launch)\b"),
    # "the president's announcement on Monday", "a televised announcement"; not "the announcement of the results"
    "announcement": Gate("any", any_of=(
        Gate("possessed"),
        Gate("modifier", r"\b(?:televised|live|video|radio|national|nationwide|surprise|formal|official|joint)\b"))),
    "protest": STREET_PROTEST,
    "demonstration": STREET_PROTEST,
    "withdrawal": TROOP_MOVE,
    "pullout": TROOP_MOVE,
    "redeployment": TROOP_MOVE,
    "drawdown": TROOP_MOVE,
    "capture": TAKING,
    "recapture": TAKING,
    "takeover": TAKING,
    "seizure": TAKING,
    # "the shooting down of the plane", "a mass shooting"
    "shooting": Gate("any", any_of=(Gate("particle", words={"particles": PARTICLES}),
                                    Gate("modifier", r"\b(?:mass|school)\b"))),
    # "the Battle of Shusha", not "the battle against inflation"
    "battle": Gate("named_argument", words={"preps": OF}),
    # "the 78th session", "a special session"
    "session": Gate("modifier", r"\b\d+(?:st|nd|rd|th)\b|\b(?:first|second|third|fourth|fifth|plenary|special|"
                                r"extraordinary|annual|emergency)\b"),
    # "the 20th Party Congress", "a congress", not "the US Congress"
    "congress": Gate("any", any_of=(Gate("modifier", r"\b\d+(?:st|nd|rd|th)\b|\bparty\b"), Gate("lowercase"))),
    # "a bombing campaign", "an anti-terror campaign", not "a campaign for the rights of ...", "an anti-vaccine
    # campaign" or "an airline campaign": whole words ("counter - terrorism" is three tokens)
    "campaign": Gate("modifier", r"\b(?:military|bombing|air|aerial|ground|naval|drone|missile|"
                                 r"(?:(?:counter|anti)[\s-]*)?(?:terror\w*|insurgen\w*))\b"),
    # "that tragic event"; "event" is no event by itself
    "event": Gate("modifier", r"\btragic\b"),
    # "the 32nd anniversary", "marked the anniversary"
    "anniversary": Gate("any", any_of=(
        Gate("modifier", r"\d|\b(?:first|second|third|fourth|fifth|tenth|twentieth|thirtieth|fiftieth|hundredth)\b"),
        Gate("governed_by", words={"verbs": _w("commemorate", "mark", "celebrate", "observe")}))),
    # "the trilateral statement", "a joint statement"; a statement is no agreement by itself
    "statement": Gate("modifier", r"\b(?:trilateral|joint|bilateral|tripartite|quadrilateral)\b"),
    # "freedom of speech", "a figure of speech"
    "speech": Gate("not_complement_of", words={"preps": OF,
                                               "heads": _w("freedom", "figure", "part", "liberty", "right")}),
    # a politician's rally (only where someone speaks to it)
    "rally": Gate("any", any_of=(
        Gate("addressed", words={"verbs": SPEAKING_VERBS, "holders": HOLDING_VERBS,
                                 "preps": _w("at", "to", "during", "before")}),
        Gate("modifier", r"\b(?:campaign|election|electoral|victory)\b"))),
    # "a ministerial gathering", "a gathering of finance ministers", "the Davos gathering", "a gathering hosted by"
    "gathering": Gate("any", any_of=(
        Gate("modifier", r"\b(?:ministerial|leaders|high-level|annual|international|regional|diplomatic|"
                         r"summit|heads|informal|extraordinary|emergency|global)\b"),
        Gate("member_argument", words={"preps": OF, "members": GATHERED}),
        Gate("capitalised_modifier"),
        Gate("described_by", words={"verbs": _w("host", "organize", "organise", "convene", "chair", "attend")}))),
    "storming": OF_OBJECT,
    "annexation": OF_OBJECT,
    "siege": OF_OBJECT,
    # "the kidnapping of X", "the Chibok kidnapping"
    "kidnapping": Gate("any", any_of=(OF_OBJECT, Gate("modified"))),
    "abduction": Gate("any", any_of=(OF_OBJECT, Gate("modified"))),
    # "Quran burnings", "the burning of the Quran", not "fuel burning"
    "burning": Gate("any", any_of=(Gate("modified_head"), OF_OBJECT)),
    # a vote that is an election: not "by 184 votes to 29", "55.6% of the vote", "cast his vote",
    # "a Senate vote", "a vote on the rearmament plan"
    "vote": Gate("ballot", words={
        "share_preps": OF,
        "shares": _w("%", "percent", "share", "majority", "half", "third", "quarter", "count", "tally", "result",
                     "results", "outcome", "right", "lot", "bulk"),
        "body_preps": _w("at", "in", "by"),
        "bodies": ASSEMBLIES,
        "issue_preps": _w("of", "on", "over"),
        "issues": REFERENDUM_ISSUES}),
    # "Putin's tour", not "a tour of the factory"
    "tour": Gate("possessed"),
    # "Russia's struggle against Ukraine", not "the struggle against poverty"
    "struggle": Gate("against_actor", words={"preps": _w("against")}),
    # "the counter-terrorist operation"; "the operation of eight airports" is no military operation; whole words:
    # "air" is no part of "repair", "army" none of "barmy"
    "operation": Gate("any", any_of=(
        Gate("modifier", r"\b(?:(?:counter|anti)[\s-]*)?(?:terror\w*|insurgen\w*)\b|\b(?:military|special|army|combat|"
                         r"ground|air|aerial|naval|peace\w*|retaliat\w*|punitive|security|police|rescue|evacuation|"
                         r"humanitarian)\b|\d"),
        Gate("all", all_of=(Gate("no_noun_modifier"), Gate("actor_arguments", words={"preps": OF}))))),
}

# modifiers that make a noun something else than an event ("trade war", "heart attack")
NOT_WITH: dict[str, frozenset[str]] = {
    "war": _w("trade", "price", "culture", "information", "propaganda", "word", "words", "hybrid",
              "cyber", "media", "currency", "tariff", "sanctions", "proxy"),
    "attack": _w("heart", "panic", "asthma", "verbal", "personal", "media", "smear", "cyber"),
    "strike": _w("hunger", "general", "labor", "labour", "teacher", "teachers", "worker", "workers"),
    "crash": _w("market", "stock", "financial", "economic"),
    "address": _w("email", "e", "mail", "ip", "web", "home", "postal", "mailing"),
    "campaign": _w("smear", "election", "electoral", "advertising", "vaccination", "media",
                   "disinformation", "fundraising", "awareness", "presidential"),
    "operation": _w("business", "commercial", "mining", "port", "airport"),
    "speech": _w("free", "hate"),
    "talks": _w("accession", "membership"),  # a negotiating process, not one occurrence
    "negotiation": _w("accession", "membership"),
    "vote": _w("popular", "confidence", "impeachment", "censure", "swing", "protest", "postal", "youth"),
    "rally": _w("stock", "market", "relief", "price", "oil"),
    "gathering": _w("intelligence", "information", "data", "evidence", "fact", "family", "social"),
    "burning": _w("heart", "fuel", "coal", "gas", "crop", "stubble"),
    "broadcast": _w("news", "sports", "sport", "football", "match"),
    "protest": _w("diplomatic", "formal", "official", "written", "verbal", "strong", "strongest"),
    "demonstration": _w("product", "technology", "technical", "live", "practical"),
    "test": _w("stress", "blood", "drug", "dna", "covid", "driving"),
    "leak": _w("water", "memory"),
}

# heads whose plural names one occurrence ("the elections", "peace talks")
PLURAL_AS_ONE = _w("election", "talks", "hostility", "hostilities", "negotiation", "discussion",
                   "consultation", "remark", "remarks", "celebration", "midterm", "protest", "leak")
# heads that "vote" may stand for ("the vote on October 26" is the parliamentary election of that day)
BALLOT_HEADS = _w("election", "runoff", "referendum", "plebiscite", "by-election", "reelection", "midterm")
# heads that may stand for any event of their type when anaphoric ("the incident")
GENERIC_HEADS = _w("meeting", "talks", "discussion", "dialogue", "negotiation", "encounter", "vote",
                   "consultation", "incident", "tragedy", "event", "ceremony", "summit",
                   "conference", "forum", "operation", "attack", "war", "conflict")
# bare and singular, no occurrence ("the legacy of conflict"); the list once also named "violence",
# "aggression" and "terrorism", which are no event heads
MASS_HEADS = _w("conflict", "war", "struggle", "dialogue", "discussion", "negotiation", "provocation", "genocide",
                "unrest", "debate")
WEAK_HEADS = _w("dialogue", "discussion", "negotiation", "consultation")
# the heads a round near them takes the type of
ROUND_TYPES = BALLOT_HEADS | _w("talks", "negotiation", "consultation", "discussion", "dialogue", "meeting")
# "anniversary of the genocide", "visit of the delegation": an "of" phrase that belongs to the event
# (not "operation of the state's plans")
OF_ARGUMENT = _w("anniversary", "visit", "session", "shooting", "downing", "massacre", "round", "election",
                 "assassination", "killing", "bombing", "shelling", "invasion", "inauguration",
                 "capture", "recapture", "takeover", "seizure", "withdrawal", "pullout", "redeployment", "drawdown")
# a possessor does not tell these apart ("his speech", "Russia's attacks")
NO_AGENT = _w("dialogue", "discussion", "negotiation", "consultation", "remark", "remarks", "speech", "address",
              "attack", "strike", "provocation", "broadcast", "announcement")
# what a weak head needs before anything else counts
TALK_EVIDENCE = Evidence(frozenset({"date", "places", "counterparts", "relations"}))
EVIDENCE: dict[str, Evidence] = {
    "remark": Evidence(frozenset({"date", "places"}), preps=_w("to", "at")),
    "remarks": Evidence(frozenset({"date", "places"}), preps=_w("to", "at")),
    "operation": Evidence(frozenset({"classes", "date", "places"})),
    # "the announcement on Monday", "an announcement in Brussels"; "the announcement" alone is a statement's noun
    "announcement": Evidence(frozenset({"date", "places"})),
    "dialogue": TALK_EVIDENCE, "discussion": TALK_EVIDENCE, "negotiation": TALK_EVIDENCE,
    "consultation": TALK_EVIDENCE,
}
# verbs that report the same occurrence just before the noun ("Russia shot down a plane ... The shooting")
VERBS_OF: dict[str, frozenset[str]] = {
    "meeting": _w("meet"), "talks": _w("talk", "negotiate"), "visit": _w("visit"), "interview": _w("interview"),
    "attack": _w("attack"), "strike": _w("strike"), "summit": _w("convene", "gather"),
    "conference": _w("convene", "gather"), "election": _w("elect", "vote"), "shooting": _w("shoot"),
    "shootdown": _w("shoot"), "downing": _w("shoot", "down"), "bombing": _w("bomb"), "killing": _w("kill"),
    "assassination": _w("assassinate"), "invasion": _w("invade"), "shelling": _w("shell"), "raid": _w("raid"),
    "crash": _w("crash"), "explosion": _w("explode"), "ambush": _w("ambush"),
}
# head nouns that name the same kind of occurrence ("the trip" after "his state visit")
KIN: dict[str, frozenset[str]] = {
    "journey": _w("visit", "trip", "tour"),
    "address": _w("speech", "address", "remarks", "remark", "broadcast"),
    "strike": _w("attack", "strike", "airstrike", "raid", "bombing", "shelling"),
    "ballot": _w("vote") | BALLOT_HEADS,
}

TYPES: dict[EventType, tuple[str, ...]] = {
    "Election": ("election", "reelection", "referendum", "plebiscite", "runoff", "by-election", "vote",
                 "round",  # "the first round": typed from the text around it
                 "midterm"),  # "the midterms"
    "Interview": ("interview",),
    "Speech": ("speech", "address", "remark", "remarks", "lecture", "keynote", "sermon", "briefing",
               "rally",  # a politician's rally (only where someone speaks to it)
               "broadcast", "announcement"),  # a leader's broadcast; an announcement dated or placed
    "Meeting": ("meeting", "talks", "visit", "trip", "tour", "dialogue", "discussion", "negotiation",
                "consultation", "encounter", "call", "conversation", "videoconference", "teleconference",
                "lunch", "dinner", "breakfast",  # a working lunch, a state dinner
                "hearing", "debate"),  # a legislature's hearing or debate
    "Summit": ("summit", "conference", "forum", "congress", "symposium", "session", "gathering"),
    "War": ("war", "conflict", "hostility", "hostilities", "battle", "intifada", "struggle", "invasion"),
    "MilitaryOperation": ("operation", "offensive", "counteroffensive", "incursion", "campaign", "annexation",
                          "siege", "counterattack", "counter-attack", "test",  # a missile or nuclear test
                          "withdrawal", "pullout", "redeployment", "drawdown",  # of troops
                          "capture", "recapture", "takeover", "seizure"),  # of a place
    "Incident": ("attack", "strike", "airstrike", "shootdown", "shooting", "downing", "provocation", "massacre",
                 "genocide", "bombing", "explosion", "blast", "crash", "incident", "assassination", "killing",
                 "clash", "shelling", "ambush", "tragedy", "coup", "raid", "hijacking", "assault", "skirmish",
                 "shootout", "stabbing", "pogrom", "event", "accident", "burning", "storming", "kidnapping",
                 "abduction", "bombardment",
                 "protest", "demonstration", "riot", "unrest",  # street protests and riots
                 "scandal", "leak"),  # a named scandal, a leak of documents
    "Agreement": ("agreement", "treaty", "declaration", "deal", "accord", "protocol", "memorandum", "pact",
                  "statement", "communique", "communiqué", "charter", "convention", "ceasefire", "truce",
                  "armistice", "initiative"),
    "Ceremony": ("parade", "inauguration", "ceremony", "commemoration", "anniversary", "funeral", "celebration",
                 "coronation", "vigil", "jubilee", "swearing-in", "festival"),
}


def _head(etype: EventType, lemma: str) -> EventHead:
    kin = next((name for name, group in KIN.items() if lemma in group), "")
    return EventHead(
        etype,
        gate=GATES.get(lemma),
        not_with=NOT_WITH.get(lemma, frozenset()),
        retyped_by={"press": "Speech", "news": "Speech"} if lemma == "conference" else {},  # a press conference
        plural_as_one=lemma in PLURAL_AS_ONE,
        generic=lemma in GENERIC_HEADS,
        mass=lemma in MASS_HEADS,
        weak=lemma in WEAK_HEADS,
        ballot=lemma in BALLOT_HEADS,
        vote=lemma == "vote",
        counted=lemma in ("round", "vote"),  # "the first round" and "the second round" are two events
        container=lemma == "round",
        types_round=lemma in ROUND_TYPES,
        of_argument=lemma in OF_ARGUMENT,
        to_place=lemma in ("visit", "trip", "tour"),
        series_host=lemma in ("conference", "summit", "session", "forum"),  # "COP29 conference"
        lasting=lemma in ("war", "conflict", "hostilities"),
        agent_identifies=lemma not in NO_AGENT,
        possessed_plural_one=lemma not in ("attack", "strike"),
        evidence=EVIDENCE.get(lemma),
        verbs=VERBS_OF.get(lemma, frozenset()),
        kin=kin,
    )


HEADS: dict[str, EventHead] = {lemma: _head(etype, lemma) for etype, lemmas in TYPES.items() for lemma in lemmas}

KINDS: dict[str, EventKind] = {
    "Election": EventKind((
        EventClass("presidential", r"\bpresidential\b", self_specific=True, distinguishing=True),
        EventClass("parliamentary", r"\b(?:parliamentary|legislative|general|congressional|assembly|midterms?)\b",
                   self_specific=True, distinguishing=True),
        EventClass("local", r"\b(?:municipal|local|mayoral|regional|gubernatorial|provincial|city)\b",
                   self_specific=True, distinguishing=True),
        EventClass("primary", r"\bprimary\b", self_specific=True, distinguishing=True),
        EventClass("european", r"\b(?:european|eu)\b", self_specific=True, distinguishing=True))),
    "Meeting": EventKind((
        EventClass("bilateral", r"\b(?:bilateral|one[- ]on[- ]one|two-way|tete|tête)", self_specific=True,
                   distinguishing=True),
        EventClass("trilateral", r"\b(?:trilateral|tripartite|three-way)\b", self_specific=True, distinguishing=True),
        EventClass("multilateral", r"\b(?:quadrilateral|multilateral|four-way)\b", self_specific=True,
                   distinguishing=True),
        EventClass("state", r"\bstate\b", self_specific=True),
        EventClass("official", r"\bofficial\b", self_specific=True),
        EventClass("working", r"\bworking\b", self_specific=True),
        EventClass("phone", r"\b(?:phone|telephone|video)\b", self_specific=True, distinguishing=True)),
        brief=True),
    "MilitaryOperation": EventKind((
        EventClass("counterterror", r"(?:counter|anti)[\s-]*terror", self_specific=True),
        EventClass("special", r"\bspecial\b", self_specific=True),
        EventClass("military", r"\b(?:military|army|combat)\b", self_specific=True),
        EventClass("ground", r"\bground\b", self_specific=True),
        EventClass("air", r"\b(?:air|aerial|bombing)\b", self_specific=True),
        EventClass("naval", r"\b(?:naval|amphibious)\b", self_specific=True),
        EventClass("peacekeeping", r"peace[\s-]*keeping", self_specific=True),
        EventClass("retaliatory", r"\b(?:retaliatory|punitive|reprisal)\b", self_specific=True),
        EventClass("security", r"\b(?:security|police|counterinsurgency|anti-insurgency)\b", self_specific=True),
        EventClass("rescue", r"\b(?:rescue|evacuation|humanitarian)\b", self_specific=True))),
    "Speech": EventKind((
        EventClass("inauguration", r"\binaugura", self_specific=True, distinguishing=True),
        EventClass("keynote", r"\bkeynote\b", self_specific=True, distinguishing=True),
        EventClass("victory", r"\bvictory\b", self_specific=True, distinguishing=True),
        EventClass("nation", r"\b(?:nation|national)\b"),
        # "in a radio address", "a televised speech": delivered over the air, one occasion by itself
        EventClass("broadcast", r"\b(?:radio|televised|television|tv|video|live|nationwide)\b", self_specific=True),
        EventClass("annual", r"\b(?:annual|new year|state of the)\b"),
        EventClass("farewell", r"\bfarewell\b", self_specific=True, distinguishing=True),
        EventClass("acceptance", r"\bacceptance\b", self_specific=True, distinguishing=True)),
        same_head=True, recorded=True, brief=True),
    "Ceremony": EventKind((
        EventClass("inauguration", r"\b(?:inaugura|swearing)", self_specific=True, distinguishing=True),
        EventClass("groundbreaking", r"ground[\s-]*breaking|foundation", self_specific=True, distinguishing=True),
        EventClass("opening", r"\bopening\b", self_specific=True, distinguishing=True),
        EventClass("closing", r"\bclosing\b", self_specific=True, distinguishing=True),
        EventClass("award", r"\baward", distinguishing=True),
        EventClass("memorial", r"\b(?:memorial|commemorat|mourning|funeral|wreath)", self_specific=True,
                   distinguishing=True),
        EventClass("victory", r"\bvictory\b", self_specific=True, distinguishing=True)),
        same_head=True, brief=True),
    "Incident": EventKind((
        EventClass("sniper", r"\bsniper", distinguishing=True),
        EventClass("terror", r"\bterror", distinguishing=True),
        EventClass("missile", r"\b(?:missile|rocket|drone|artillery|air|mortar)s?\b", distinguishing=True),
        EventClass("suicide", r"\bsuicide\b", distinguishing=True),
        EventClass("chemical", r"\bchemical\b", distinguishing=True))),
    "Summit": EventKind((EventClass("climate", r"\bclimate\b"),), brief=True),
    "War": EventKind((
        EventClass("civil", r"\bcivil\b", distinguishing=True),
        EventClass("cold", r"\bcold\b", distinguishing=True),
        EventClass("world", r"\bworld\b", distinguishing=True)),
        same_head=True),
    "Agreement": EventKind(same_head=True),
    "Interview": EventKind(recorded=True, brief=True),  # recorded: the occasions a transcript is of
}

ARG_PREPS = _w("with", "between", "to", "against", "on", "by", "among", "involving", "of", "for", "from")
PLACE_PREPS = _w("in", "at", "near", "outside", "inside")
DEMONSTRATIVES = _w("this", "that", "these", "those")

EVENTS = EventWords(
    heads=HEADS,
    kinds=KINDS,
    surface_heads=_w("talks", "hostilities", "remarks"),
    never_heads=_w("talk"),
    verbal_heads=_w("shooting"),
    particles=PARTICLES,
    attempt_nouns=_w("attempt"),
    series_pattern=r"^(?P<name>COP|CMP|CMA)-?(?P<number>\d{1,2})$",
    series_names=_w("COP", "CMP", "CMA"),
    document_names=_w("convention", "charter"),
    containers=_w("round", "session", "edition", "part", "phase", "stage", "series", "wave", "spate", "string",
                  "spree"),
    election_rounds=_w("voting", "vote", "balloting", "election", "elections", "presidential", "polls"),
    not_event_after=r"^(?:of\s+(?:words|interest|interests|laws))\b",
    # "post-war", "pre-election", "anti-war", "post-conflict", "re-election" is fine
    split_prefixes=_w("post", "pre", "anti", "non", "inter", "mid", "counter"),
    # "counter - attack" (three tokens) is a counterattack, not an attack the prefix unmakes
    prefixed_heads={("counter", "attack"): "counterattack", ("counter", "offensive"): "counteroffensive",
                    ("counter", "strike"): "counterattack"},
    joined_prefixes=_w("post", "pre", "anti", "non"),

    legislation=_w("bill", "law", "legislation", "budget", "motion", "amendment", "resolution", "measure", "package",
                   "reform", "plan", "act", "proposal", "decree", "code", "nominee", "nomination", "appointment"),
    ratifying_verbs=_w("approve", "ratify", "adopt", "endorse", "pass", "back", "reject"),
    vote_preps=_w("in", "by", "with", "through"),

    ordinal_pattern=(r"^(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|last|latest|previous|"
                     r"\d+(?:st|nd|rd|th)|\d+-(?:day|year|hour|week|month)|new|next)$"),
    ordinal_numbers={"first": "1", "second": "2", "third": "3", "fourth": "4", "fifth": "5", "sixth": "6",
                     "seventh": "7", "eighth": "8", "ninth": "9", "tenth": "10"},
    ordinal_suffix=r"(?:st|nd|rd|th)$",
    unnumbered_ordinals=_w("new", "next", "last", "latest", "previous"),
    counted_ordinals=_w("first"),
    number_words=_w("one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
                    "eleven", "twelve", "forty", "thirty", "twenty", "fifty", "hundred"),
    past_words=_w("previous", "past", "former", "earlier", "preceding", "recent", "last"),
    future_words=_w("upcoming", "forthcoming", "next", "future", "planned", "scheduled", "proposed",
                    "potential", "possible", "expected", "prospective"),
    recent_words=_w("recent", "latest"),
    hypothetical_dets=_w("any", "no", "another", "such", "every", "each", "either", "neither",
                         "whatever", "some", "many", "several", "other", "more", "few", "all", "most"),
    hypothetical_adjs=_w("potential", "possible", "hypothetical", "prospective", "eventual", "likely",
                         "imaginary", "would-be", "any", "future", "new"),
    indefinite_dets=_w("a", "an"),
    demonstrative_dets=DEMONSTRATIVES,
    anaphoric_dets=_w("the") | DEMONSTRATIVES,
    possessive_pronouns=_w("his", "her", "its", "their", "our", "my", "your"),
    company_preps=_w("with", "between"),
    interviewer_preps=_w("with", "to"),
    plural_target_preps=_w("on", "against", "by"),
    agent_preps=_w("by"),
    mention_verbs=_w("say", "mention", "describe", "call", "know", "make"),

    perfect_aux=_w("have"),
    infinitive_marks=_w("to"),
    unreal_participle_aux=_w("will", "would", "to", "be"),
    copulas=_w("be"),
    condition_marks=_w("if", "unless", "whether", "lest"),
    clause_condition_marks=_w("if", "unless", "whether"),
    # verbs whose object need not have happened: "prepare for an attack", "called for elections"
    irrealis_verbs=_w("prepare", "plan", "threaten", "avoid", "prevent", "deter", "fear", "risk",
                      "want", "hope", "seek", "propose", "demand", "urge", "need", "aim", "intend",
                      "wish", "call", "warn", "rule", "consider", "envision", "envisage", "push",
                      "pursue", "advocate", "refuse", "imagine", "predict", "expect", "anticipate",
                      "allow", "permit", "forbid", "ban", "pave", "require"),
    planning_verbs=_w("expect", "plan", "prepare", "intend"),
    adjunct_preps=_w("in", "at", "during", "amid"),
    existential_verbs=_w("be", "occur", "happen", "take", "break", "erupt", "start", "begin", "exist", "come",
                         "arise", "emerge", "follow", "ensue", "resume", "escalate", "spread"),
    purpose_nouns=_w("venue", "platform", "preparation", "basis", "framework", "proposal", "plan", "call",
                     "demand", "need", "bid", "push", "hope", "prospect", "chance", "opportunity", "way", "path",
                     "groundwork", "precondition", "condition", "readiness", "roadmap", "threat", "risk",
                     "possibility", "danger", "fear", "prevention", "avoidance", "pretext", "plot", "attempt",
                     "invitation", "request", "offer", "idea", "option", "intention", "goal", "aim",
                     "resumption", "process"),
    purpose_preps=_w("for", "of", "to", "toward", "towards"),
    purpose_subject_preps=_w("for", "toward", "towards"),
    temporal_preps=_w("after", "before", "since", "until", "till", "following", "preceding"),
    temporal_phrases=(("ahead", "of"), ("prior", "to")),
    predicative_preps=_w("as"),
    example_heads=_w("such"),

    # a negotiating process, not an occurrence: "put the talks on hold", "a pause in EU talks"
    process_verbs=_w("suspend", "freeze", "pause", "halt", "stall", "shelve", "unfreeze", "abandon", "derail",
                     "block", "jeopardize", "jeopardise",
                     # "agreed to accelerate talks on the frigate bid", "keen to intensify consultations with X"
                     "accelerate", "intensify", "expedite", "speed", "deepen", "step"),
    process_nouns=_w("pause", "suspension", "freeze", "halt", "resumption", "collapse", "breakdown",
                     "stalemate", "deadlock", "impasse"),
    process_preps=_w("in", "of", "on"),
    failing_verbs=_w("stall", "collapse", "break"),
    hold_preps=_w("on"),
    hold_nouns=_w("hold", "ice"),
    hold_verbs=_w("put", "place", "keep", "be", "remain"),

    # a noun reported as happening: "an incident occurred", "the talks ended"
    eventive_subject_verbs=_w("occur", "happen", "take", "unfold", "begin", "start", "end", "break",
                              "erupt", "conclude", "open", "close", "bring", "result", "culminate",
                              "kick", "last", "resume", "continue", "injure", "kill", "claim", "leave",
                              "destroy", "damage", "hit", "wound", "feature", "see", "mark", "produce",
                              "yield", "reveal", "highlight", "focus", "cover", "involve", "touch",
                              "precede", "follow", "coincide"),
    eventive_object_verbs=_w("hold", "host", "attend", "give", "grant", "deliver", "conduct",
                             "organize", "organise", "boycott", "stage", "launch", "carry", "win",
                             "skip", "convene", "chair", "co-chair", "cochair", "make", "pay", "survive",
                             "witness", "commemorate", "mark", "celebrate", "observe", "complete",
                             "start", "begin", "end", "wage", "fight", "join", "lead", "co-organize",
                             "undertake", "perform", "mount", "execute", "repel", "suffer", "order",
                             "orchestrate", "facilitate", "broker", "initiate", "accompany", "address"),
    signing_verbs=_w("sign", "ink", "conclude", "agree", "adopt", "reach", "ratify", "seal", "initial",
                     "strike", "broker", "finalize", "finalise", "clinch", "approve", "endorse", "enter",
                     "negotiate", "announce", "end", "halt", "stop"),
    open_signing_verbs=_w("negotiate", "announce", "end", "halt", "stop"),
    signing_prep_verbs=_w("agree", "enter", "sign"),
    signing_nouns=_w("signing", "adoption", "conclusion", "ratification", "signature"),
    part_verbs=_w("feature", "include", "comprise", "involve"),

    genitive_preps=OF,
    arg_preps=ARG_PREPS,
    place_preps=PLACE_PREPS,
    phrase_preps=ARG_PREPS | PLACE_PREPS | _w("from", "during", "following", "after", "over"),
    relation_preps=_w("following", "after", "before", "ahead", "since", "prior"),
    place_arg_preps=_w("to", "of", "for"),
    destination_preps=_w("to"),
    between_preps=_w("between"),
    relative_words=_w("which", "who", "whom", "whose", "where", "when"),
    relative_if_wdt=_w("that"),
    relative_after_prep=_w("which", "whom", "whose"),
    clause_relatives=_w("that", "which"),
    name_numeral=r"(?:[IVX]{1,4}|\d)",
    name_links=_w("of", "on", "for", "the", "and", "-"),
    name_articles=_w("the"),
    leading_determiner=r"^(?:the|a|an|this|that|these|those)\s+",

    # a reduced relative clause that dates the noun before it: "the previous round, held there on February 27"
    participle_date=(r"^\s*,?\s*(?:(?:which|that)\s+(?:was|were|had\s+been)\s+)?(?:held|hosted|convened|staged|"
                     r"conducted|organi[sz]ed|signed|launched|carried\s+out|concluded)\b[^,;:()]{0,40}?"
                     r"\b(?:on|in)\s+(?:the\s+)?$"),
    connect_date=(r"^\s*(?:\([^()]{1,40}\)\s*)?(?:(?:on|in|of|from|during|between|dated|held\s+on|since)\s+)?"
                  r"(?:the\s+)?$"),
    dated_elsewhere_preps=_w("after", "before", "since", "until", "following", "amid", "despite", "than"),
    opening_date_preps=_w("on", "in"),
    day_preps=_w("on"),
    at_event_preps=_w("at", "during"),
    setting_preps=_w("during", "at", "amid", "alongside"),
    sequel_preps=_w("following", "after"),
    sideline_preps=_w("on"),
    sideline_nouns=_w("sidelines"),
    end_verbs=_w("end", "conclude", "close", "finish", "wrap", "culminate", "adjourn"),
    future_verbs=_w("schedule", "plan", "set", "expect", "slate", "due", "intend"),
    # past verbs that may speak of what is still to come ("called elections for June 5")
    forward_verbs=_w("announce", "confirm", "schedule", "set", "postpone", "delay", "call", "agree", "plan", "propose",
                     "reschedule", "move", "fix", "approve", "order", "invite", "expect", "back", "endorse", "accept",
                     "prepare", "arrange", "organize", "organise", "book", "slate", "bring", "push"),
    # verbs whose simple present with a date announces a scheduled occurrence
    scheduled_present=_w("go", "meet", "vote", "open", "begin", "start", "convene", "gather", "travel", "visit",
                         "head", "host", "return", "resume", "kick", "hold", "arrive", "fly"),
)
