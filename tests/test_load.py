"""``kg load``: the store's named graphs pushed over the SPARQL 1.1 Graph Store Protocol.

The tests marked ``server`` load a small store (written with ``Store.replace_graph``, no
spaCy model) into real Oxigraph servers (conftest's ``oxigraph_server``) through the CLI,
and compare what the server holds with the store. The others use a tiny standard-library
HTTP server on 127.0.0.1 that answers what the test needs (503s, 401s, a Digest challenge).
"""
from __future__ import annotations

import base64
import csv
import hashlib
import io
import json
import re
import threading
import urllib.request
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from conftest import StartServer, free_port, post_query
from hypothesis import given, settings
from hypothesis import strategies as st
from test_cli import assert_user_error, kg
from test_store import CHECKSUM, DOC, REGISTRY_TTL, fixture_graph
from typer.testing import Result

from kg import vocab
from kg.errors import LoadError
from kg.load import (
    Credentials,
    HttpClient,
    credentials_from_env,
    default_sparql_url,
    default_state_path,
    digest_authorization,
    graph_digest,
    graph_url,
    put_graph,
)
from kg.store import open_store

OTHER = "001_other.txt"
GRAPHS = sorted([vocab.document_graph(DOC), vocab.document_graph(OTHER), vocab.REGISTRY_GRAPH])
PASSWORD = "s3cret-Pa55word"


def make_store(path: Path) -> Path:
    """Two document graphs and the registry graph."""
    with open_store(path) as db:
        db.replace_graph(vocab.document_graph(DOC), fixture_graph())
        db.replace_graph(vocab.document_graph(OTHER), fixture_graph(doc_name=OTHER))
        db.replace_graph(vocab.REGISTRY_GRAPH, REGISTRY_TTL)
    return path


def local_graphs(store: Path) -> dict[str, set[bytes]]:
    with open_store(store, read_only=True) as db:
        return {g: set(db.graph_ntriples(g).splitlines()) for g in db.graphs()}


def server_graph(base: str, graph: str) -> set[bytes]:
    request = urllib.request.Request(graph_url(base + "/store", graph), headers={"Accept": "application/n-triples"})
    with urllib.request.urlopen(request, timeout=10) as response:
        return set(response.read().splitlines())


def server_count(base: str) -> int:
    answer = post_query(base + "/query", "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }")
    return int(list(csv.reader(io.StringIO(answer)))[1][0])


def server_graph_names(base: str) -> set[str]:
    answer = post_query(base + "/query", "SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } }")
    return {row[0] for row in list(csv.reader(io.StringIO(answer)))[1:]}


def figure(result: Result, label: str) -> int:
    """The number after ``label:`` in kg load's summary."""
    found = re.search(rf"^{re.escape(label)}: ([\d,]+)", result.stdout, re.MULTILINE)
    assert found, result.output
    return int(found.group(1).replace(",", ""))


def load(base: str, store: Path, *args: str, env: dict[str, str] | None = None) -> Result:
    return kg("load", base + "/store", "--store", store, *args, env=env)


def assert_server_holds_the_store(base: str, store: Path) -> None:
    local = local_graphs(store)
    assert server_count(base) == sum(len(t) for t in local.values())
    for graph, triples in local.items():
        assert server_graph(base, graph) == triples, graph


# -------------------------------------------------------------------------- against Oxigraph


@pytest.mark.server
def test_load_sends_changed_graphs_only(tmp_path: Path, oxigraph_server: StartServer) -> None:
    store = make_store(tmp_path / "store")
    server = oxigraph_server(tmp_path / "server")

    first = load(server.url, store)
    assert first.exit_code == 0, first.output
    assert figure(first, "sent") == 3 and figure(first, "skipped (unchanged)") == 0
    assert_server_holds_the_store(server.url, store)
    assert default_state_path(store).is_file()

    second = load(server.url, store)
    assert second.exit_code == 0, second.output
    assert figure(second, "sent") == 0 and figure(second, "skipped (unchanged)") == 3

    with open_store(store) as db:
        db.replace_graph(vocab.document_graph(OTHER), fixture_graph(doc_name=OTHER, checksum="sha256:" + "cd" * 32))
    third = load(server.url, store)
    assert third.exit_code == 0, third.output
    assert figure(third, "sent") == 1 and figure(third, "skipped (unchanged)") == 2
    assert_server_holds_the_store(server.url, store)
    assert any(b"cdcdcd" in t for t in server_graph(server.url, vocab.document_graph(OTHER)))

    everything = load(server.url, store, "--all")
    assert everything.exit_code == 0, everything.output
    assert figure(everything, "sent") == 3


@pytest.mark.server
def test_a_server_emptied_since_gets_everything_again(tmp_path: Path, oxigraph_server: StartServer) -> None:
    store = make_store(tmp_path / "store")
    server = oxigraph_server()  # in memory: a restart empties it
    assert load(server.url, store).exit_code == 0
    server.stop()
    restarted = oxigraph_server(port=server.port)
    assert server_count(restarted.url) == 0

    again = load(restarted.url, store)
    assert again.exit_code == 0, again.output
    assert figure(again, "sent") == 3 and figure(again, "skipped (unchanged)") == 0
    assert_server_holds_the_store(restarted.url, store)


@pytest.mark.server
def test_graphs_gone_from_the_store_stay_unless_delete_missing(tmp_path: Path, oxigraph_server: StartServer) -> None:
    store = make_store(tmp_path / "store")
    server = oxigraph_server(tmp_path / "server")
    foreign = "https://example.org/graph/not-from-kg"
    with HttpClient() as client:
        put_graph(client, server.url + "/store", foreign, b"<https://example.org/s> <https://example.org/p> <https://example.org/o> .\n")
    assert load(server.url, store).exit_code == 0
    with open_store(store) as db:
        db.remove_graph(vocab.document_graph(OTHER))

    kept = load(server.url, store)
    assert kept.exit_code == 0, kept.output
    assert "left on the server although no longer in the store: 1 graph " in kept.stdout
    assert vocab.document_graph(OTHER) in server_graph_names(server.url)

    deleted = load(server.url, store, "--delete-missing")
    assert deleted.exit_code == 0, deleted.output
    assert figure(deleted, "deleted (no longer in the store)") == 1
    assert server_graph_names(server.url) == set(local_graphs(store)) | {foreign}  # the foreign graph stays
    assert "left on the server" not in load(server.url, store).stdout


@pytest.mark.server
def test_a_count_mismatch_is_a_one_line_error(tmp_path: Path, oxigraph_server: StartServer) -> None:
    store = make_store(tmp_path / "store")
    server = oxigraph_server(tmp_path / "server")
    elsewhere = oxigraph_server()  # an empty dataset: it counts 0 triples everywhere
    wrong = load(server.url, store, "--sparql", elsewhere.url + "/query")
    line = assert_user_error(wrong, "count check failed", "0 triples", "and 2 more graphs differ")
    assert "--sparql" in line
    # the graphs were not recorded as loaded: the next run sends them again
    right = load(server.url, store)
    assert right.exit_code == 0, right.output
    assert figure(right, "sent") == 3


@pytest.mark.server
@pytest.mark.parametrize("batch", [1, 100_000], ids=["a-batch-per-graph", "one-batch"])
def test_bulk_replaces_changed_graphs_like_put(
    tmp_path: Path, oxigraph_server: StartServer, monkeypatch: pytest.MonkeyPatch, batch: int
) -> None:
    monkeypatch.setattr("kg.load.BULK_TRIPLES", batch)
    store = make_store(tmp_path / "store")
    server = oxigraph_server(tmp_path / "server")
    first = load(server.url, store, "--bulk")
    assert first.exit_code == 0, first.output
    assert figure(first, "sent") == 3
    assert_server_holds_the_store(server.url, store)

    old = server_graph(server.url, vocab.document_graph(OTHER))
    with open_store(store) as db:
        db.replace_graph(vocab.document_graph(OTHER), fixture_graph(doc_name=OTHER, checksum="sha256:" + "cd" * 32))
    second = load(server.url, store, "--bulk")
    assert second.exit_code == 0, second.output
    assert figure(second, "sent") == 1 and figure(second, "skipped (unchanged)") == 2
    assert_server_holds_the_store(server.url, store)  # the graph's old triples are gone, not added to
    assert server_graph(server.url, vocab.document_graph(OTHER)) != old


@settings(max_examples=200, deadline=None)
@given(st.lists(st.text(), min_size=1, max_size=5))
def test_bulk_quads_are_the_graphs_triples_whatever_their_literals_hold(texts: list[str]) -> None:
    """N-Triples to N-Quads is one replace of " .\\n": literals holding " ." and line breaks included."""
    import pyoxigraph as ox

    from kg.load import _as_nquads

    graph = ox.NamedNode("https://example.org/graph/a")
    source = ox.Store()
    for n, text in enumerate(texts):
        source.add(ox.Quad(ox.NamedNode(f"https://example.org/s{n}"), ox.NamedNode("https://example.org/p"),
                           ox.Literal(text + " .\n"), graph))
    quads = _as_nquads(bytes(source.dump(None, ox.RdfFormat.N_TRIPLES, from_graph=graph)), graph.value)
    loaded = ox.Store()
    loaded.load(quads, ox.RdfFormat.N_QUADS)
    assert set(loaded) == set(source)


def test_bulk_needs_an_oxigraph_store_endpoint(tmp_path: Path) -> None:
    store = make_store(tmp_path / "store")
    assert_user_error(kg("load", "http://127.0.0.1:9/data", "--store", store, "--bulk"), "--bulk needs an Oxigraph endpoint ending in /store")


def test_bulk_against_another_server_is_refused_before_anything_is_sent(tmp_path: Path) -> None:
    store = make_store(tmp_path / "store")
    ask = json.dumps({"head": {}, "boolean": True}).encode()
    with tiny_server(lambda seen, i: (200, {"Content-Type": "application/sparql-results+json"}, ask)) as tiny:
        refused = kg("load", tiny.url + "/store", "--store", store, "--bulk", "--all")
        assert_user_error(refused, "--bulk needs an Oxigraph server", "BaseHTTP", "drop --bulk")
        assert [seen.method for seen in tiny.seen] == ["POST"] and tiny.seen[0].path == "/query"


# -------------------------------------------------------------------------- a tiny HTTP server


@dataclass
class Seen:
    method: str
    path: str
    headers: dict[str, str]
    body: bytes


@dataclass
class Tiny:
    url: str
    seen: list[Seen] = field(default_factory=list)


Answer = tuple[int, dict[str, str], bytes]


@contextmanager
def tiny_server(answer: Callable[[Seen, int], Answer]) -> Iterator[Tiny]:
    """A keep-alive HTTP server on 127.0.0.1: ``answer(request, index of the request)`` gives each reply."""
    tiny = Tiny("")

    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def _any(self) -> None:
            body = self.rfile.read(int(self.headers.get("Content-Length") or 0))
            seen = Seen(self.command, self.path, dict(self.headers.items()), body)
            tiny.seen.append(seen)
            status, headers, reply = answer(seen, len(tiny.seen) - 1)
            self.send_response(status)
            for name, value in {**headers, "Content-Length": str(len(reply))}.items():
                self.send_header(name, value)
            self.end_headers()
            self.wfile.write(reply)

        do_GET = do_PUT = do_POST = do_DELETE = _any

        def log_message(self, *args: object) -> None:
            pass

    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    tiny.url = f"http://127.0.0.1:{httpd.server_address[1]}"
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    try:
        yield tiny
    finally:
        httpd.shutdown()
        httpd.server_close()


def test_503_twice_then_204_is_retried_with_back_off() -> None:
    waits: list[float] = []
    with tiny_server(lambda seen, i: (503, {}, b"busy") if i < 2 else (204, {}, b"")) as tiny:
        with HttpClient(retries=3, backoff=0.5, sleep=waits.append) as client:
            put_graph(client, tiny.url + "/store", GRAPHS[0], b"<urn:s> <urn:p> <urn:o> .\n")
    assert [s.method for s in tiny.seen] == ["PUT"] * 3
    assert {s.body for s in tiny.seen} == {b"<urn:s> <urn:p> <urn:o> .\n"}
    assert all(s.headers["Content-Type"] == "application/n-triples" for s in tiny.seen)
    assert tiny.seen[0].path == "/store?graph=" + GRAPHS[0].replace(":", "%3A").replace("/", "%2F")
    assert waits == [0.5, 1.0]


def test_429_waits_as_long_as_retry_after_says() -> None:
    waits: list[float] = []
    with tiny_server(lambda seen, i: (429, {"Retry-After": "7"}, b"") if i == 0 else (201, {}, b"")) as tiny:
        with HttpClient(retries=3, sleep=waits.append) as client:
            put_graph(client, tiny.url + "/store", GRAPHS[0], b"")
    assert waits == [7.0] and len(tiny.seen) == 2


def test_retries_give_up_with_one_line() -> None:
    waits: list[float] = []
    with tiny_server(lambda seen, i: (503, {}, b"busy")) as tiny:
        with HttpClient(retries=2, backoff=1.0, sleep=waits.append) as client, pytest.raises(LoadError) as error:
            put_graph(client, tiny.url + "/store", GRAPHS[0], b"")
    assert len(tiny.seen) == 3 and waits == [1.0, 2.0]
    message = str(error.value)
    assert "\n" not in message and "503" in message and "3 attempts" in message and "--retries" in message


def test_connection_refused_is_retried_then_reported() -> None:
    waits: list[float] = []
    port = free_port()  # nothing listens there
    with HttpClient(retries=1, sleep=waits.append) as client, pytest.raises(LoadError, match="cannot reach") as error:
        put_graph(client, f"http://127.0.0.1:{port}/store", GRAPHS[0], b"")
    assert waits == [0.5] and "\n" not in str(error.value)


def test_401_is_one_line_without_the_password(tmp_path: Path) -> None:
    store = make_store(tmp_path / "store")

    def refuse(seen: Seen, i: int) -> Answer:  # and echo what was sent, as a careless server might
        return 401, {"WWW-Authenticate": 'Basic realm="kg"'}, json.dumps(seen.headers).encode()

    env = {"KG_LOAD_USER": "loader", "KG_LOAD_PASSWORD": PASSWORD}
    with tiny_server(refuse) as tiny:
        result = kg("load", tiny.url + "/store", "--store", store, env=env)
    line = assert_user_error(result, "401", "KG_LOAD_USER")
    basic = base64.b64encode(f"loader:{PASSWORD}".encode()).decode()
    assert PASSWORD not in result.output and basic not in result.output, line
    assert tiny.seen[0].headers["Authorization"] == f"Basic {basic}"
    assert len(tiny.seen) == 1  # a refusal is not retried


def test_a_server_error_echoing_the_token_is_redacted(tmp_path: Path) -> None:
    store = make_store(tmp_path / "store")
    token = "tok-" + PASSWORD

    def fail(seen: Seen, i: int) -> Answer:
        if seen.method == "POST":  # the COUNT query before sending: no graph known yet, so not asked
            return 200, {}, b'{"results": {"bindings": []}}'
        return 500, {}, f"internal error for {seen.headers['Authorization']}".encode()

    with tiny_server(fail) as tiny:
        result = kg("load", tiny.url + "/store", "--store", store, "--retries", "0", env={"KG_LOAD_TOKEN": token})
    line = assert_user_error(result, "500", "internal error for Bearer ***")
    assert token not in result.output, line
    assert tiny.seen[0].headers["Authorization"] == f"Bearer {token}"


def test_digest_authorization_matches_rfc_2617() -> None:
    challenge = {
        "realm": "testrealm@host.com",
        "qop": "auth,auth-int",
        "nonce": "dcd98b7102dd2f0e8b11d0f600bfb0c093",
        "opaque": "5ccc069c403ebaf9f0171e9517f40e41",
    }
    value = digest_authorization(challenge, "Mufasa", "Circle Of Life", "GET", "/dir/index.html", 1, "0a4f113b")
    assert value is not None
    assert 'response="6629fae49393a05397450978507c4ef1"' in value
    assert "nc=00000001" in value and 'cnonce="0a4f113b"' in value and 'opaque="5ccc069c403ebaf9f0171e9517f40e41"' in value
    assert digest_authorization({**challenge, "algorithm": "UNKNOWN"}, "u", "p", "GET", "/", 1, "c") is None


def test_a_digest_challenge_is_answered_once_then_reused() -> None:
    """As Virtuoso's /sparql-graph-crud-auth asks: Basic is refused, the Digest answer accepted."""
    nonce, realm = "abc123", "SPARQL"

    def digest(seen: Seen, i: int) -> Answer:
        fields = dict(re.findall(r'(\w+)="?([^",]*)"?', seen.headers.get("Authorization", "")))
        ha1 = hashlib.md5(f"loader:{realm}:{PASSWORD}".encode()).hexdigest()
        ha2 = hashlib.md5(f"{seen.method}:{seen.path}".encode()).hexdigest()
        expected = hashlib.md5(f"{ha1}:{nonce}:{fields.get('nc')}:{fields.get('cnonce')}:auth:{ha2}".encode()).hexdigest()
        if fields.get("response") == expected and fields.get("uri") == seen.path:
            return 201, {}, b""
        return 401, {"WWW-Authenticate": f'Digest realm="{realm}", nonce="{nonce}", qop="auth", algorithm=MD5'}, b""

    with tiny_server(digest) as tiny:
        with HttpClient(Credentials("loader", PASSWORD)) as client:
            put_graph(client, tiny.url + "/sparql-graph-crud-auth", GRAPHS[0], b"")
            put_graph(client, tiny.url + "/sparql-graph-crud-auth", GRAPHS[1], b"")
    kinds = [s.headers["Authorization"].split()[0] for s in tiny.seen]
    assert kinds == ["Basic", "Digest", "Digest"]
    assert "nc=00000002" in tiny.seen[2].headers["Authorization"]


def test_wrong_digest_credentials_are_one_refusal() -> None:
    challenge = {"WWW-Authenticate": 'Digest realm="r", nonce="n", qop="auth"'}
    with tiny_server(lambda seen, i: (401, challenge, b"")) as tiny:
        with HttpClient(Credentials("loader", PASSWORD)) as client, pytest.raises(LoadError, match="refused the credentials"):
            put_graph(client, tiny.url + "/store", GRAPHS[0], b"")
    assert len(tiny.seen) == 2


# -------------------------------------------------------------------------- the parts


def test_credentials_come_from_the_environment_only() -> None:
    assert credentials_from_env({}) is None
    assert credentials_from_env({"KG_LOAD_TOKEN": "t"}) == Credentials(token="t")
    assert credentials_from_env({"KG_LOAD_USER": "u", "KG_LOAD_PASSWORD": "p"}) == Credentials("u", "p")
    with pytest.raises(LoadError, match="not both"):
        credentials_from_env({"KG_LOAD_TOKEN": "t", "KG_LOAD_USER": "u", "KG_LOAD_PASSWORD": "p"})
    with pytest.raises(LoadError, match="both KG_LOAD_USER and KG_LOAD_PASSWORD"):
        credentials_from_env({"KG_LOAD_USER": "u"})
    assert PASSWORD not in repr(Credentials("u", PASSWORD)) and PASSWORD not in repr(Credentials(token=PASSWORD))


def test_a_password_in_the_url_is_refused_without_repeating_it(tmp_path: Path) -> None:
    result = kg("load", f"http://loader:{PASSWORD}@127.0.0.1:1/store", "--store", make_store(tmp_path / "store"))
    line = assert_user_error(result, "KG_LOAD_USER")
    assert PASSWORD not in result.output, line


@pytest.mark.parametrize(
    ("url", "sparql"),
    [
        ("http://localhost:7878/store", "http://localhost:7878/query"),
        ("http://host:3030/news/data", "http://host:3030/news/sparql"),
        ("http://host:7200/repositories/news/rdf-graphs/service", "http://host:7200/repositories/news"),
        ("http://host:8890/sparql-graph-crud-auth", "http://host:8890/sparql"),
    ],
)
def test_default_sparql_url(url: str, sparql: str) -> None:
    assert default_sparql_url(url) == sparql


def test_an_unknown_endpoint_needs_sparql(tmp_path: Path) -> None:
    assert_user_error(kg("load", "http://127.0.0.1:7019/", "--store", make_store(tmp_path / "store")), "--sparql")


def test_bad_urls_and_stores_are_user_errors(tmp_path: Path) -> None:
    assert_user_error(kg("load", "ftp://host/store", "--store", tmp_path), "http://")
    assert_user_error(kg("load", "http://127.0.0.1:1/store", "--store", tmp_path / "none"), "kg build")
    bad_state = tmp_path / "state.json"
    bad_state.write_text("[]", encoding="utf-8")
    store = make_store(tmp_path / "store")
    assert_user_error(kg("load", "http://127.0.0.1:1/store", "--store", store, "--state", bad_state), "--state")


def test_graph_digest_ignores_order() -> None:
    a, b = b"<urn:a> <urn:p> <urn:o> .", b'<urn:b> <urn:p> "x" .'
    assert graph_digest(a + b"\n" + b + b"\n") == graph_digest(b + b"\n" + a + b"\n")
    assert graph_digest(a + b"\n")[1] == 1 and graph_digest(b"") == (hashlib.sha256(b"").hexdigest(), 0)


def test_graph_ntriples_is_one_graph(tmp_path: Path) -> None:
    store = make_store(tmp_path / "store")
    with open_store(store, read_only=True) as db:
        lines = db.graph_ntriples(vocab.document_graph(DOC)).splitlines()
        assert len(lines) == db.count_triples(vocab.document_graph(DOC)) == len(set(lines))
        assert any(CHECKSUM.encode() in line for line in lines)
        assert db.graph_ntriples("https://example.org/no-such-graph") == b""


def test_default_state_path_is_beside_the_store(tmp_path: Path) -> None:
    assert default_state_path(tmp_path / "kg-store") == tmp_path / "kg-store.load-state.json"
    assert default_state_path(Path("kg-store/")) == Path("kg-store.load-state.json")
