"""English names: titles to strip, generic and document words, site chrome."""
from __future__ import annotations

from ..names import NameWords

__all__ = ["NAMES"]

NAMES = NameWords(
    titles=frozenset({
        "president", "prime", "minister", "mr", "mrs", "ms", "dr", "chief", "secretary", "general",
        "chancellor", "king", "queen", "sheikh", "emir", "ambassador", "spokesman", "spokeswoman",
        "spokesperson", "deputy", "vice", "director", "governor", "senator", "sen", "rep", "premier",
        "foreign", "defence", "defense", "former", "late", "acting", "first", "lady", "sir", "pope",
        "commander", "gen", "col", "lt", "ex", "mp", "speaker", "head", "leader", "envoy", "ceo",
        "chairman", "chairwoman", "mayor", "judge", "justice", "prince", "princess", "crown", "supreme",
        "ayatollah", "patriarch", "colonel", "marshal", "admiral", "captain", "professor", "prof",
        "shri", "smt", "hon", "honourable", "honorable", "fm", "pm", "dame", "barrister",
        "high", "representative", "commissioner",  # "High Representative X", "Commissioner X"
        # occupations written before a name ("Fisherman Rodel Bacalso", "Economist Jane Doe")
        "fisherman", "farmer", "resident", "analyst", "economist", "lawyer", "attorney", "activist",
        "teacher", "student", "doctor", "nurse", "engineer", "journalist", "reporter", "worker",
        "trader", "businessman", "businesswoman", "lawmaker", "legislator", "diplomat", "researcher",
        "historian", "expert", "villager", "witness", "survivor", "farmworker", "shopkeeper", "driver",
    }),
    abbreviated_titles=frozenset({
        "hon", "sen", "rep", "gov", "gen", "col", "lt", "capt", "cmdr", "adm", "amb", "maj", "brig",
        "sgt", "prof", "pres", "supt", "insp", "det", "cllr", "rt", "mr", "mrs", "ms", "dr",
    }),
    offices=frozenset({
        "president", "premier", "governor", "mayor", "minister", "mp", "senator", "sen", "rep", "secretary",
        "ambassador", "spokesman", "spokeswoman", "spokesperson", "envoy", "chancellor", "chairman",
        "chairwoman", "commander", "judge", "speaker", "leader", "ceo", "director", "commissioner",
    }),
    articles=("the", "a", "an"),
    possessive=r"(?:['’]s?|\s+s)$",
    dangling=("of", "and", "for", "the", "of the"),
    generic_words=frozenset({
        "east", "west", "north", "south", "eastern", "western", "northern", "southern", "state", "states",
        "world", "second", "first", "army", "defense", "defence", "all", "islam", "christianity", "motherland",
        "government", "parliament", "president", "ministry", "conference", "cabinet", "republic", "union",
        "council", "court", "people", "nation", "city", "region", "district", "province", "county",
        "internet", "media", "press", "god", "allah", "covid", "today", "news", "opinion", "share", "print",
        "kingdom",
    }),
    unnamelike_endings=("ism", "phobia", "phobic", "ic"),
    document_words=frozenset({
        "convention", "declaration", "treaty", "agreement", "charter", "protocol", "resolution", "act",
        "law", "deal", "accord", "accords", "memorandum", "constitution", "statute", "code", "directive",
        "doctrine", "communique", "communiqué", "pact",
    }),
    document_links=("on", "of", "for", "between", "to"),
    document_before=r"\b(?:Declaration|Convention|Treaty|Agreement|Charter|Protocol|Resolution|Act|Law)\s+(?:on|of|for)\s+(?:the\s+)?$",
    place_before=(r"\b(?:villages?|towns?|cities|city|settlements?|districts?|regions?|provinces?|states)\s+"
                  r"(?:of\s+|such\s+as\s+|including\s+|like\s+)?(?:[A-Z][\w-]+,?\s+(?:and\s+)?)*$"),
    place_prepositions=frozenset({"in", "near"}),
    coordinators=("and", "or"),
    body_words=frozenset({
        "commission", "council", "ministry", "parliament", "senate", "house", "assembly", "court",
        "agency", "committee", "department", "government", "army", "navy", "bureau", "office",
    }),
    national_bodies=frozenset({
        "parliament", "cabinet", "presidency", "senate", "congress", "treasury", "judiciary", "legislature",
    }),
    region_words=("Oblast", "Region", "Province", "Governorate", "Krai", "District", "County", "Prefecture"),
    body_kinds=frozenset({
        "foreign", "affairs", "external", "relations", "defence", "defense", "interior", "internal", "home",
        "finance", "economy", "economic", "trade", "commerce", "industry", "health", "justice", "education",
        "agriculture", "fisheries", "energy", "environment", "transport", "labour", "labor", "information",
        "culture", "security", "intelligence", "water", "resources", "public", "works", "national",
        "supreme", "constitutional", "central", "high", "armed", "federal", "electoral", "emergency",
        "immigration", "customs", "revenue", "treasury", "planning", "development", "communications",
        "infrastructure", "mines", "mining", "petroleum", "tourism", "youth", "social", "welfare",
        "housing", "lands", "human", "rights", "investigation", "statistics",
    }),
    institution_heads=frozenset({
        "society", "ministry", "council", "court", "parliament", "assembly", "authority", "bank", "university",
        "commission", "committee", "office", "agency", "service", "academy", "institute", "association",
        "federation", "chamber", "bureau", "department", "directorate", "tribunal", "senate", "congress",
        "forces", "army", "navy", "guard", "police",
    }),
    outlet_heads=frozenset({
        "news", "times", "post", "herald", "tribune", "agency", "television", "tv", "radio", "press",
        "daily", "journal", "gazette", "channel", "network", "broadcasting", "media", "telegraph",
        "express", "observer", "standard", "guardian", "chronicle", "review", "weekly", "wire", "online",
    }),
    institution_link="of",
    name_continuations=("for", "of", "on"),
    government_words=("administration",),
    event_heads=frozenset({
        "games", "olympiad", "olympics", "championship", "championships", "cup", "expo", "festival",
        "summit", "conference", "parade", "war", "election", "elections", "referendum",
    }),
    headline_verbs=frozenset({
        "say", "reject", "condemn", "slam", "warn", "call", "urge", "seek", "vow", "blast", "accuse",
        "praise", "hail", "deny", "claim", "criticize", "welcome", "threaten", "demand", "meet", "win",
    }),
    headline_ending="s",
    chrome=frozenset({
        "substack", "share", "print", "copy link", "play market", "apple store", "search", "views", "follow us",
        "email", "epaper", "photo", "newsletter", "latest news", "more information", "background",
        "manage", "reject", "accept", "subscribe",
    }),
    byline_roles=frozenset({"staff", "reporter", "correspondent", "writer", "editor", "desk"}),
    author_before=(r"(?:(?:^|\n)[ \t*_>—–-]*By|\b(?:[Tt]ranslated|[Ee]dited|[Rr]eporting|[Ee]diting|[Ww]ritten|"
                   r"[Rr]eported|[Cc]ompiled|[Aa]dditional reporting|[Ww]ords)[ \t]+by)[ \t]+$"),
    credit_labels=("Photo", "Photos", "Photograph", "Picture", "Credit", "Image credit", "Photo credit"),
    platforms=frozenset({
        "x", "twitter", "facebook", "instagram", "telegram", "youtube", "whatsapp", "linkedin",
        "tiktok", "wechat", "weibo", "threads", "bluesky", "truth social", "vk", "snapchat",
    }),
    name_links=frozenset({"of", "and", "for", "the", "on", "in", "to", "at", "de", "del", "des", "du", "la"}),
    place_heads=frozenset({
        "river", "sea", "ocean", "lake", "island", "islands", "mountains", "mount", "valley", "desert",
        "gulf", "bay", "strait", "straits", "shoal", "reef", "peninsula", "canal", "dam", "airport",
        "square", "street", "road", "avenue", "bridge", "park", "province", "state", "territory",
        "region", "district", "county", "hill", "hills", "coast", "basin", "plateau", "corridor",
        "memorial", "jail", "prison", "stadium", "building", "oblast", "governorate", "prefecture",
    }),
    feature_heads=frozenset({
        "river", "lake", "dam", "corridor", "canal", "airport", "bridge", "strait", "reservoir", "port",
    }),
    organisation_heads=frozenset({
        "forum", "party", "union", "front", "movement", "fund", "organization", "organisation", "alliance",
        "coalition", "group", "corporation", "company", "foundation", "centre", "center", "mission",
        "force", "board", "league", "programme", "program", "initiative", "institution", "secretariat",
        "command", "corps", "congress", "consortium", "cooperative", "trust",
    }),
    state_abbreviations={
        # the abbreviations of the AP stylebook and older ones (it spells out Alaska, Hawaii, Idaho...)
        "Ala.": "Alabama", "Ariz.": "Arizona", "Ark.": "Arkansas", "Calif.": "California", "Colo.": "Colorado",
        "Conn.": "Connecticut", "Del.": "Delaware", "Fla.": "Florida", "Ga.": "Georgia (U.S. state)",
        "Ill.": "Illinois", "Ind.": "Indiana", "Kan.": "Kansas", "Kans.": "Kansas", "Ky.": "Kentucky",
        "La.": "Louisiana", "Md.": "Maryland", "Mass.": "Massachusetts", "Mich.": "Michigan", "Minn.": "Minnesota",
        "Miss.": "Mississippi", "Mo.": "Missouri", "Mont.": "Montana", "Neb.": "Nebraska", "Nebr.": "Nebraska",
        "Nev.": "Nevada", "N.H.": "New Hampshire", "N.J.": "New Jersey", "N.M.": "New Mexico",
        "N.Y.": "New York (state)", "N.C.": "North Carolina", "N.D.": "North Dakota", "Okla.": "Oklahoma",
        "Ore.": "Oregon", "Pa.": "Pennsylvania", "Penn.": "Pennsylvania", "R.I.": "Rhode Island",
        "S.C.": "South Carolina", "S.D.": "South Dakota", "Tenn.": "Tennessee", "Tex.": "Texas", "Vt.": "Vermont",
        "Va.": "Virginia", "Wash.": "Washington (state)", "W.Va.": "West Virginia", "W. Va.": "West Virginia",
        "Wis.": "Wisconsin", "Wisc.": "Wisconsin", "Wyo.": "Wyoming",
    },
    state_codes={
        "AL": "Alabama", "AK": "Alaska", "AZ": "Arizona", "AR": "Arkansas", "CA": "California", "CO": "Colorado",
        "CT": "Connecticut", "DE": "Delaware", "FL": "Florida", "GA": "Georgia (U.S. state)", "HI": "Hawaii",
        "ID": "Idaho", "IL": "Illinois", "IN": "Indiana", "IA": "Iowa", "KS": "Kansas", "KY": "Kentucky",
        "LA": "Louisiana", "ME": "Maine", "MD": "Maryland", "MA": "Massachusetts", "MI": "Michigan",
        "MN": "Minnesota", "MS": "Mississippi", "MO": "Missouri", "MT": "Montana", "NE": "Nebraska", "NV": "Nevada",
        "NH": "New Hampshire", "NJ": "New Jersey", "NM": "New Mexico", "NY": "New York (state)",
        "NC": "North Carolina", "ND": "North Dakota", "OH": "Ohio", "OK": "Oklahoma", "OR": "Oregon",
        "PA": "Pennsylvania", "RI": "Rhode Island", "SC": "South Carolina", "SD": "South Dakota", "TN": "Tennessee",
        "TX": "Texas", "UT": "Utah", "VT": "Vermont", "VA": "Virginia", "WA": "Washington (state)",
        "WV": "West Virginia", "WI": "Wisconsin", "WY": "Wyoming",
    },
    party_tag=r"(?:\(|,[ ])[RDI][ ]?[-–][ ]?({})(?=\)|,)",
    state_tag=r"\(({})\)",
    platform_before=r"\b(?:on|via)\s+(?:(?:his|her|its|their|our|the|a)\s+)?(?:official\s+)?$",
)
