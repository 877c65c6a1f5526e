"""``kg report``: the site's data, pages and links, its folder handling, and (marked
``browser``) the pages as headless Chromium renders them, their numbers against SPARQL counts.

The browser tests are skipped, with the reason, where Chromium is missing; ``.ci/run``
installs Debian's ``chromium`` package.
"""
from __future__ import annotations

import html
import json
import re
import shutil
import struct
import subprocess
import threading
from collections.abc import Iterator
from pathlib import Path, PurePosixPath
from urllib.parse import urlsplit

import pytest
from typer.testing import CliRunner

from kg import vocab
from kg.cli import app
from kg.errors import ReportError
from kg.report import MARKER, Actor, Document, SiteData, Statement, build_site, layout, render_site, write_site
from kg.store import Store, open_store

KG, DC = vocab.KG, vocab.DCTERMS
PREFIXES = f"PREFIX kg: <{KG}>\nPREFIX dcterms: <{DC}>\nPREFIX rdfs: <{vocab.RDFS}>\n"


# -- a site made by hand (no store, no model) ---------------------------------------------------------


def hand_made() -> SiteData:
    text = "Alice said Bob lies. Bob said: “Alice is right, and Carol too.” Then nothing."
    first = Statement("urn:s1", "a.txt", "alice", text[11:19], 11, 19, "2025-03-02", (("bob", "Negative"),))
    whole = text.index("“"), text.index("”") + 1
    second = Statement("urn:s2", "a.txt", "bob", text[whole[0]:whole[1]], whole[0], whole[1], "2025-03",
                       (("alice", "Positive"), ("carol", "Positive")))
    inner = text.index("Alice is"), text.index(" and")
    third = Statement("urn:s3", "a.txt", "bob", text[inner[0]:inner[1]], inner[0], inner[1], None, (("alice", "Positive"),))
    return SiteData(
        {"a.txt": Document("a.txt", "A <title> & more", "The Outlet", "2025-03-02", text)},
        {key: Actor(key, key.title(), "Person") for key in ("alice", "bob", "carol")},
        [first, second, third], [],
    )


def pieces(page: str) -> list[tuple[int, int, str]]:
    return [(int(a), int(b), html.unescape(t)) for a, b, t in
            re.findall(r'<span class="said(?: hit)?" data-a="(\d+)" data-b="(\d+)"[^>]*>([^<]*)</span>', page)]


def test_document_page_cuts_the_text_at_every_statement_and_loses_nothing() -> None:
    data = hand_made()
    page = render_site(data)[data.documents["a.txt"].page].decode()
    text = data.documents["a.txt"].text
    body = re.search(r'<div class="text" id="text">(.*?)</div>', page, re.S)
    assert body is not None
    assert html.unescape(re.sub(r"<[^>]+>", "", body.group(1))) == text  # every character, once, in order
    cut = pieces(page)
    for st in data.statements:  # nested statements too: the pieces inside each one spell its text
        assert "".join(t for a, b, t in cut if st.start <= a and b <= st.end) == st.text
        assert f'id="char={st.start},{st.end}"' in page
    assert all(text[a:b] == t for a, b, t in cut)
    assert "A &lt;title&gt; &amp; more" in page and "<title> &" not in page


def test_actor_pages_count_what_each_actor_said_and_what_was_said_of_them() -> None:
    data = hand_made()
    site = render_site(data)
    bob = site[data.actors["bob"].page].decode()
    alice = site[data.actors["alice"].page].decode()
    assert re.search(r'id="count-said">2<', bob) and re.search(r'id="count-about">1<', bob)
    assert re.search(r'id="count-said">1<', alice) and re.search(r'id="count-about">2<', alice)
    assert bob.count('<tr class="statement"') == 2
    assert "#char=11,19" in alice  # each statement links to its characters in the source


def test_every_link_of_the_site_leads_to_one_of_its_files_and_nothing_comes_from_the_network() -> None:
    site = render_site(hand_made())
    check_links(site)


def check_links(site: dict[str, bytes]) -> None:
    pages = {path: content.decode() for path, content in site.items() if path.endswith(".html")}
    for path, page in pages.items():
        assert "<script>" not in page and " style=" not in page  # nothing inline: a strict CSP allows the site
        for attribute, target in re.findall(r'\b(href|src)="([^"]*)"', page):
            parts = urlsplit(html.unescape(target))
            if attribute == "src" or not parts.scheme:
                assert not parts.scheme and not parts.netloc, f"{path} loads {target}"
            if parts.scheme:
                continue
            resolved = str(PurePosixPath(path).parent / parts.path) if parts.path else path
            normal = re.sub(r"[^/]+/\.\./", "", resolved).removeprefix("./")
            assert normal in site, f"{path} links to {target}, which the site does not hold"
            if parts.fragment.startswith("char="):
                assert f'id="{parts.fragment}"' in pages[normal], f"{path} links to {target}, a place not in the page"


def test_layout_is_the_same_on_every_run_and_inside_the_unit_square() -> None:
    nodes = [f"n{i}" for i in range(30)]
    edges = [(f"n{i}", f"n{(i * 7) % 30}", float(1 + i % 3)) for i in range(30)]
    first, second = layout(nodes, edges), layout(nodes, edges)
    assert first == second and set(first) == set(nodes)
    assert all(0 <= x <= 1 and 0 <= y <= 1 for x, y in first.values())
    assert len(set(first.values())) == len(nodes)  # no two nodes on one spot


def test_write_site_replaces_an_earlier_report_and_refuses_other_folders(tmp_path: Path) -> None:
    site = render_site(hand_made())
    out = tmp_path / "report"
    write_site(site, out)
    (out / "stale.html").write_text("from an earlier report")
    write_site(site, out)
    assert sorted(str(p.relative_to(out)) for p in out.rglob("*") if p.is_file()) == sorted(site)
    other = tmp_path / "papers"
    other.mkdir()
    (other / "draft.txt").write_text("mine")
    with pytest.raises(ReportError, match="not empty and holds no kg report"):
        write_site(site, other)
    assert (other / "draft.txt").read_text() == "mine"
    with pytest.raises(ReportError, match="is a file"):
        write_site(site, other / "draft.txt")
    with pytest.raises(ReportError, match="parent folder .* does not exist"):
        write_site(site, tmp_path / "missing" / "report")


def test_regression_a_report_that_fails_midway_leaves_the_earlier_one_whole(tmp_path: Path) -> None:
    site = render_site(hand_made())
    out = tmp_path / "report"
    write_site(site, out)
    before = {p: p.read_bytes() for p in out.rglob("*") if p.is_file()}
    broken = {**site, "index.html/inside": b"a file below a file cannot be written"}
    with pytest.raises(ReportError, match="cannot write the report"):
        write_site(broken, out)
    assert {p: p.read_bytes() for p in out.rglob("*") if p.is_file()} == before
    assert [p.name for p in tmp_path.iterdir()] == ["report"]  # no staging folder left behind


# -- the corpus's store --------------------------------------------------------------------------------


def count(store: Store, sparql: str) -> int:
    value = store.query(PREFIXES + sparql).rows[0][0]
    return int(value.value) if value is not None else 0


def stance_pattern(polarities: tuple[str, ...], outlet: str | None = None) -> str:
    chosen = ", ".join(f"kg:{p}" for p in polarities)
    where_outlet = f'FILTER(?outlet = "{outlet}")' if outlet else ""
    return f"""GRAPH ?g {{
      ?s a kg:Statement ; kg:speaker ?speaker ; kg:stance ?st . ?st kg:target ?target ; kg:polarity ?p .
      ?d a kg:Document ; kg:fileName ?name . OPTIONAL {{ ?d dcterms:publisher ?pub }}
    }}
    BIND(COALESCE(STR(?pub), CONCAT("document ", ?name)) AS ?outlet)
    FILTER(?p IN ({chosen})) {where_outlet}"""


def network_counts(store: Store, polarities: tuple[str, ...], outlet: str | None = None) -> dict[str, int]:
    pattern = stance_pattern(polarities, outlet)
    return {
        "actors": count(store, f"SELECT (COUNT(DISTINCT ?a) AS ?n) WHERE {{ {{ {pattern} BIND(?speaker AS ?a) }} "
                               f"UNION {{ {pattern} BIND(?target AS ?a) }} }}"),
        "edges": count(store, f"SELECT (COUNT(*) AS ?n) WHERE {{ SELECT DISTINCT ?speaker ?target ?p WHERE {{ {pattern} }} }}"),
        "statements": count(store, f"SELECT (COUNT(DISTINCT ?s) AS ?n) WHERE {{ {pattern} }}"),
    }


@pytest.fixture(scope="module")
def corpus_site(built_store: tuple[Path, object], tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Path, Path]]:
    """(store, report folder) of the real corpus, the report written by ``kg report``."""
    store = built_store[0]
    out = tmp_path_factory.mktemp("report") / "site"
    result = CliRunner().invoke(app, ["report", "--store", str(store), "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert "open" in result.output and "index.html" in result.output
    yield store, out


@pytest.mark.model
def test_report_of_the_corpus_holds_every_statement_with_its_exact_characters(corpus_site: tuple[Path, Path]) -> None:
    store_path, out = corpus_site
    with open_store(store_path, read_only=True) as store:
        statements = count(store, "SELECT (COUNT(DISTINCT ?s) AS ?n) WHERE { GRAPH ?g { ?s a kg:Statement } }")
        actors = count(store, "SELECT (COUNT(DISTINCT ?a) AS ?n) WHERE { GRAPH ?g { { ?s kg:speaker ?a } UNION { ?x kg:target ?a } } }")
        documents = count(store, "SELECT (COUNT(DISTINCT ?d) AS ?n) WHERE { GRAPH ?g { ?d a kg:Document } }")
        site = build_site(store)
    data = json.loads(site["assets/data.js"].decode().removeprefix("window.KG_REPORT = ").rstrip().rstrip(";"))
    assert json.loads((out / MARKER).read_text())["statements"] == len(data["statements"]) == statements > 100
    assert len(data["actors"]) == actors and len(data["documents"]) == documents == 5
    texts = {name: (out / Document(name, "", "", None, "").page).read_text() for name in data["documents"]}
    for st in data["statements"]:
        start, end = map(int, st["href"].rsplit("#char=", 1)[1].split(","))
        assert f'id="char={start},{end}"' in texts[st["doc"]]
        assert "".join(t for a, b, t in pieces(texts[st["doc"]]) if start <= a and b <= end) == st["text"]
    check_links(site)
    assert {p.relative_to(out).as_posix() for p in out.rglob("*") if p.is_file()} == set(site)


@pytest.mark.model
def test_actor_pages_show_every_other_report_of_an_utterance(corpus_site: tuple[Path, Path]) -> None:
    store_path, out = corpus_site
    with open_store(store_path, read_only=True) as store:
        rows = store.query(PREFIXES + f"""SELECT ?a ?speaker ?start ?end WHERE {{
            GRAPH <{vocab.GRAPH}links> {{ ?a kg:reports ?u . ?b kg:reports ?u FILTER(?a != ?b) }}
            GRAPH ?g {{ ?b kg:speaker ?speaker ; kg:evidence [ kg:start ?start ; kg:end ?end ] }} }}""").rows
    assert len(rows) >= 20
    entity = vocab.entity_iri("")
    for a, speaker, start, end in rows:
        assert a is not None and speaker is not None and start is not None and end is not None
        page = (out / Actor(speaker.value.removeprefix(entity), "", "").page).read_text()
        row = re.search(rf'<tr class="statement" data-statement="{re.escape(html.escape(a.value))}">.*?</tr>', page)
        assert row is not None and f"#char={start.value},{end.value}" in row.group(), (a.value, start.value)


@pytest.mark.model
def test_kg_serve_serves_the_report_under_a_strict_policy(built_store: tuple[Path, object]) -> None:
    from test_serve import wsgi_get

    from kg.serve import App, InlineRunner

    runner = InlineRunner(built_store[0])
    try:
        served = App(runner, report=lambda: build_site_of(built_store[0]))
        status, headers, body = wsgi_get(served, "/report/")
        moved = wsgi_get(served, "/report")
        script = wsgi_get(served, "/report/assets/report.js")
        missing = wsgi_get(served, "/report/nothing.html")
        unserved = wsgi_get(App(runner), "/report/")
    finally:
        runner.close()
    assert status == "200 OK" and headers["Content-Type"] == "text/html; charset=utf-8"
    assert b"Who speaks about whom" in body and "script-src 'self'" in headers["Content-Security-Policy"]
    assert moved[0].startswith("301") and moved[1]["Location"] == "/report/"
    assert script[1]["Content-Type"].startswith("text/javascript")
    assert missing[0].startswith("404") and unserved[0].startswith("404")


def build_site_of(store_path: Path) -> dict[str, bytes]:
    with open_store(store_path, read_only=True) as store:
        return build_site(store)


def test_kg_report_without_a_store_says_to_build_first(tmp_path: Path) -> None:
    result = CliRunner().invoke(app, ["report", "--store", str(tmp_path / "none"), "-o", str(tmp_path / "site")])
    assert result.exit_code == 2 and "kg build" in result.output
    assert not (tmp_path / "site").exists()


# -- in a real browser ----------------------------------------------------------------------------------

CHROMIUM = next((found for name in ("chromium", "chromium-browser", "google-chrome") if (found := shutil.which(name))), None)
browser = pytest.mark.skipif(CHROMIUM is None, reason="headless Chromium not found: install Debian's chromium package (apt-get install chromium)")
# as root, without a sandbox; without the background-networking flags Chromium keeps calling hosts this network refuses
CHROMIUM_FLAGS = ("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                  "--disable-background-networking", "--disable-component-update", "--disable-sync",
                  "--hide-scrollbars", "--enable-logging=stderr", "--v=0")


def chromium(url: str, profile: Path, *extra: str) -> tuple[str, str]:
    """(stdout, stderr) of headless Chromium opening ``url`` with ``extra`` flags."""
    assert CHROMIUM is not None
    done = subprocess.run([CHROMIUM, *CHROMIUM_FLAGS, f"--user-data-dir={profile}", "--virtual-time-budget=5000", *extra, url],
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr[-2000:]
    assert "Uncaught" not in done.stderr, done.stderr[-2000:]  # a script error on the page
    return done.stdout, done.stderr


def shown(dom: str, name: str) -> int:
    found = re.search(rf'id="{name}">(\d+)<', dom)
    assert found is not None, f"#{name} not in the rendered page"
    return int(found.group(1))


@pytest.fixture
def profile(tmp_path: Path) -> Path:
    return tmp_path / "chromium-profile"


@browser
@pytest.mark.browser
@pytest.mark.model
@pytest.mark.parametrize("query, polarities, outlet", [
    ("", ("Negative", "Positive"), None),  # the network's default: who criticizes and who supports whom
    ("?polarity=Negative&polarity=Positive&polarity=Neutral&min=1", ("Negative", "Positive", "Neutral"), None),
    ("?outlet=Caliber.az&polarity=Negative&polarity=Neutral&min=1", ("Negative", "Neutral"), "Caliber.az"),
])
def test_network_shows_the_arrows_and_actors_sparql_counts(
    corpus_site: tuple[Path, Path], profile: Path, query: str, polarities: tuple[str, ...], outlet: str | None
) -> None:
    store_path, out = corpus_site
    with open_store(store_path, read_only=True) as store:
        expected = network_counts(store, polarities, outlet)
    dom, _ = chromium((out / "index.html").as_uri() + query, profile, "--dump-dom")
    assert shown(dom, "count-actors") == dom.count('<g class="node ') == expected["actors"] > 0
    assert shown(dom, "count-edges") == dom.count('<path class="edge ') == expected["edges"] > 0
    assert shown(dom, "count-statements") == expected["statements"]
    counts = [int(n) for n in re.findall(r'<path class="edge [^"]*"[^>]*data-count="(\d+)"', dom)]
    assert sum(counts) >= expected["statements"]  # a statement about two targets draws two arrows


@browser
@pytest.mark.browser
@pytest.mark.model
def test_timeline_shows_the_dated_statements_and_events_of_a_year(corpus_site: tuple[Path, Path], profile: Path) -> None:
    store_path, out = corpus_site
    with open_store(store_path, read_only=True) as store:
        statements = count(store, """SELECT (COUNT(DISTINCT ?s) AS ?n) WHERE { GRAPH ?g {
            ?s a kg:Statement . ?d a kg:Document . OPTIONAL { ?s dcterms:date ?own } OPTIONAL { ?d dcterms:date ?published } }
            FILTER(STRSTARTS(STR(COALESCE(?own, ?published)), "2024")) }""")
        events = count(store, f"""SELECT (COUNT(DISTINCT ?e) AS ?n) WHERE {{
            GRAPH ?g {{ ?e a ?class ; kg:date ?date }} GRAPH <{vocab.ONTOLOGY_GRAPH}> {{ ?class rdfs:subClassOf* kg:Event }}
            FILTER(STRSTARTS(STR(?date), "2024")) }}""")
    dom, _ = chromium((out / "timeline.html").as_uri() + "?from=2024-01-01&to=2024-12-31", profile, "--dump-dom")
    assert shown(dom, "count-timeline-statements") == dom.count('<rect class="statement"') == statements > 0
    assert shown(dom, "count-timeline-events") == dom.count('<rect class="event"') == events > 0


@browser
@pytest.mark.browser
@pytest.mark.model
def test_actor_page_and_the_characters_it_links_to(corpus_site: tuple[Path, Path], profile: Path) -> None:
    store_path, out = corpus_site
    aliyev = vocab.entity_iri("ilham_aliyev")
    with open_store(store_path, read_only=True) as store:
        said = count(store, f"SELECT (COUNT(DISTINCT ?s) AS ?n) WHERE {{ GRAPH ?g {{ ?s a kg:Statement ; kg:speaker <{aliyev}> }} }}")
        about = count(store, f"SELECT (COUNT(DISTINCT ?st) AS ?n) WHERE {{ GRAPH ?g {{ ?s kg:stance ?st . ?st kg:target <{aliyev}> }} }}")
    page = out / Actor("ilham_aliyev", "", "").page
    dom, _ = chromium(page.as_uri(), profile, "--dump-dom")
    assert shown(dom, "count-said") == dom.count('<tr class="statement"') == said > 50
    assert shown(dom, "count-about") == dom.count('<tr class="about-statement"') == about
    link = re.search(r'<a class="quote" href="\.\./(documents/[^"#]+)#char=(\d+),(\d+)">“([^<]*)”', dom)
    assert link is not None
    document, start, end, text = link.group(1), int(link.group(2)), int(link.group(3)), html.unescape(link.group(4))
    marked, _ = chromium((out / document).as_uri() + f"#char={start},{end}", profile, "--dump-dom")
    hit = "".join(t for _, _, t in re.findall(r'<span class="said hit" data-a="(\d+)" data-b="(\d+)"[^>]*>([^<]*)</span>', marked))
    assert html.unescape(hit) == text


@browser
@pytest.mark.browser
@pytest.mark.model
def test_screenshots_of_the_network_and_the_timeline(corpus_site: tuple[Path, Path], profile: Path, tmp_path: Path) -> None:
    _, out = corpus_site
    for page in ("index.html", "timeline.html"):
        shot = tmp_path / f"{page}.png"
        chromium((out / page).as_uri(), profile, "--window-size=1280,1000", f"--screenshot={shot}")
        data = shot.read_bytes()
        assert data[:8] == b"\x89PNG\r\n\x1a\n"
        assert struct.unpack(">II", data[16:24]) == (1280, 1000)
        assert len(data) > 40_000  # a drawn page; a blank one of this size compresses to a few kB


@browser
@pytest.mark.browser
@pytest.mark.server
@pytest.mark.model
def test_the_served_report_renders_like_the_written_one(corpus_site: tuple[Path, Path], profile: Path) -> None:
    from kg.serve import make_server

    store_path, out = corpus_site
    server = make_server(store_path, port=0, timeout=None)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        served, _ = chromium(server.url + "report/index.html", profile, "--dump-dom")
    finally:
        server.shutdown()
        server.close()
    written, _ = chromium((out / "index.html").as_uri(), profile, "--dump-dom")
    for name in ("count-actors", "count-edges", "count-statements"):
        assert shown(served, name) == shown(written, name) > 0
