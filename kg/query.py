"""Saved SPARQL queries (``queries/*.rq``) in grlc's format, run over the store.

A saved query is a ``.rq`` file whose leading ``#+`` comment lines are grlc decorators
(a small YAML subset: ``summary``, ``description``, ``tags``, ``defaults``, ``endpoint``,
``method``, ``pagination`` ...). Parameters follow grlc's variable naming:

    ?_name            required plain literal          ?__name          optional (unbound if absent)
    ?_name_iri        IRI (must be absolute)          ?_name_number    xsd:integer / decimal / double
    ?_name_integer    "v"^^xsd:integer (any XSD type) ?_name_en        "v"@en (other suffixes = language)

kg binds every value as an RDF term through the store (pyoxigraph substitutions); the
value is never pasted into the query text, so quotes or braces in a value are harmless.
Defaults from ``#+ defaults:`` are applied when a parameter is not given (grlc itself
only shows them in its Swagger spec).
"""
from __future__ import annotations

import os
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from kg import vocab
from kg.errors import QueryError
from kg.resources import data_dir
from kg.store import (
    GRAPH_FORMATS,
    RESULTS_FORMATS,
    UPDATE_OPERATIONS,
    Term,
    keyword_offset,
    query_form,
    query_variables,
)

if TYPE_CHECKING:  # pragma: no cover
    from kg.store import Store


_PARAM_VAR = re.compile(r"^(__?)([A-Za-z0-9]+)(?:_([A-Za-z0-9]+))?$")
_ABSOLUTE_IRI = re.compile(r"^[A-Za-z][A-Za-z0-9+.\-]*:[^\s<>\"{}|^`\\]*$")
_LANGUAGE = re.compile(r"^[A-Za-z]{1,8}$")

_INTEGER_TYPES = {
    "integer", "int", "long", "short", "byte", "nonNegativeInteger", "positiveInteger",
    "nonPositiveInteger", "negativeInteger", "unsignedInt", "unsignedLong", "unsignedShort",
    "unsignedByte",
}
_XSD_TYPES = _INTEGER_TYPES | {
    "string", "decimal", "double", "float", "boolean", "date", "dateTime", "dateTimeStamp",
    "time", "gYear", "gYearMonth", "gMonth", "gMonthDay", "gDay", "anyURI", "duration",
    "normalizedString", "token", "language",
}
_LEXICAL = {
    "integer": r"[+-]?[0-9]+",
    "decimal": r"[+-]?([0-9]+(\.[0-9]*)?|\.[0-9]+)",
    "double": r"[+-]?(([0-9]+(\.[0-9]*)?|\.[0-9]+)([eE][+-]?[0-9]+)?|INF|NaN)|-INF",
    "boolean": r"true|false|1|0",
    "date": r"-?[0-9]{4,}-[0-9]{2}-[0-9]{2}(Z|[+-][0-9]{2}:[0-9]{2})?",
    "dateTime": r"-?[0-9]{4,}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\.[0-9]+)?(Z|[+-][0-9]{2}:[0-9]{2})?",
    "gYear": r"-?[0-9]{4,}(Z|[+-][0-9]{2}:[0-9]{2})?",
    "gYearMonth": r"-?[0-9]{4,}-[0-9]{2}(Z|[+-][0-9]{2}:[0-9]{2})?",
}


@dataclass(frozen=True)
class Parameter:
    """One grlc parameter variable.

    kind: ``literal`` (plain string), ``iri``, ``number``, ``typed`` (see ``datatype``)
    or ``lang`` (see ``language``). ``var`` is the SPARQL variable name without ``?``.
    """

    name: str
    kind: str
    required: bool
    var: str
    datatype: str | None = None
    language: str | None = None


@dataclass
class SavedQuery:
    name: str
    path: Path
    sparql: str
    summary: str = ""
    description: str = ""
    tags: list[str] = field(default_factory=list)
    defaults: dict[str, str] = field(default_factory=dict)
    parameters: list[Parameter] = field(default_factory=list)
    endpoint: str | None = None
    method: str | None = None
    pagination: int | None = None
    decorators: dict[str, Any] = field(default_factory=dict)

    def parameter_names(self) -> list[str]:
        return list(dict.fromkeys(p.name for p in self.parameters))


@dataclass
class QueryResult:
    """Columns and rows of plain values (IRI string, literal lexical form, "" when unbound).

    ``terms`` keeps the RDF terms behind ``rows`` (None when unbound) for lossless JSON.
    """

    columns: list[str]
    rows: list[list[str]]
    terms: list[list[Term | None]] = field(default_factory=list)


# -- loading ---------------------------------------------------------------------------


def default_query_folder() -> Path:
    """The saved queries shipped with kg (see :func:`kg.resources.data_dir`)."""
    return data_dir("queries")


def list_queries(folder: Path) -> list[SavedQuery]:
    """Every top-level ``*.rq`` file of ``folder``, sorted by name."""
    folder = Path(folder)
    if not folder.is_dir():
        raise QueryError(f"query folder {folder} does not exist; pass an existing --queries folder")
    return [load_query(path) for path in sorted(folder.glob("*.rq")) if path.is_file()]


def load_query(path: Path) -> SavedQuery:
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise QueryError(f"cannot read saved query {path}: {exc}") from exc
    return query_from_text(text, path)


def query_from_text(text: str, path: Path, name: str | None = None) -> SavedQuery:
    """A query given as text (``kg query -e``, standard input), read like a saved one:
    its ``#+`` header and its ``?_name`` parameters. ``path`` names where it came from."""
    try:
        decorators = parse_decorators(text)
    except (ValueError, TypeError) as exc:
        raise QueryError(f"bad #+ header in {path}: {exc}") from exc
    return SavedQuery(
        name=name or path.stem,
        path=path,
        sparql=text,
        summary=_as_text(decorators.get("summary")),
        description=_as_text(decorators.get("description")),
        tags=[_as_text(t) for t in _as_list(decorators.get("tags"))],
        defaults=_defaults(decorators.get("defaults"), path),
        parameters=find_parameters(text),
        endpoint=_as_text(decorators.get("endpoint")) or None,
        method=_as_text(decorators.get("method")) or None,
        pagination=_as_int(decorators.get("pagination"), path),
        decorators=decorators,
    )


def resolve_query(name_or_file: str, folder: Path) -> SavedQuery:
    """A saved query by name (file name without ``.rq`` in ``folder``) or by path: a name that
    ends in ``.rq`` or holds a ``/``. A bare name is never read as a file of the working folder."""
    candidate = Path(name_or_file)
    if candidate.suffix == ".rq" or "/" in name_or_file or os.sep in name_or_file:
        if candidate.is_file():
            return load_query(candidate)
        inside = Path(folder) / candidate.name
        if inside.is_file():
            return load_query(inside)
        raise QueryError(f"query file {name_or_file} does not exist")
    queries = {q.name: q for q in list_queries(folder)}
    if name_or_file in queries:
        return queries[name_or_file]
    names = ", ".join(sorted(queries)) or "(none)"
    raise QueryError(f"unknown query {name_or_file!r}; available queries: {names}")


def find_parameters(sparql: str) -> list[Parameter]:
    """grlc parameters: variables ``?_name[_type]`` / ``?__name[_type]`` (names are [A-Za-z0-9]+)."""
    params: list[Parameter] = []
    for var in query_variables(sparql):
        m = _PARAM_VAR.match(var)
        if not m:
            continue
        underscores, name, suffix = m.groups()
        kind, datatype, language = _kind(suffix)
        params.append(Parameter(name, kind, underscores == "_", var, datatype, language))
    return params


def _kind(suffix: str | None) -> tuple[str, str | None, str | None]:
    if suffix is None or suffix == "literal":
        return "literal", None, None
    if suffix == "iri":
        return "iri", None, None
    if suffix == "number":
        return "number", None, None
    if suffix in _XSD_TYPES:
        return "typed", vocab.XSD + suffix, None
    return "lang", None, suffix


# -- running ---------------------------------------------------------------------------


def bind_parameters(
    query: SavedQuery, params: Mapping[str, str] | None, usage: str = "--param {}=VALUE"
) -> dict[str, Term]:
    """Variable name -> RDF term for every given (or defaulted) parameter; validates values.

    ``usage`` shows how to pass a missing parameter (``{}`` is its name): a command-line
    option by default, ``?{}=VALUE`` over HTTP.
    """
    given = dict(params or {})
    valid = query.parameter_names()
    unknown = sorted(set(given) - set(valid))
    if unknown:
        takes = f"valid parameters: {', '.join(valid)}" if valid else "it takes no parameters"
        raise QueryError(f"query {query.name!r} has no parameter {', '.join(unknown)}; {takes}")
    bindings: dict[str, Term] = {}
    for param in query.parameters:
        value = given.get(param.name, query.defaults.get(param.name))
        if value is None:
            if param.required:
                raise QueryError(
                    f"query {query.name!r} needs parameter {param.name!r}; "
                    f"add {usage.format(param.name)}"
                )
            continue
        bindings[param.var] = _term(query.name, param, value)
    return bindings


def _term(query_name: str, param: Parameter, value: str) -> Term:
    where = f"parameter {param.name!r} of query {query_name!r}"
    if param.kind == "iri":
        if not _ABSOLUTE_IRI.match(value):
            raise QueryError(f"{where} must be an absolute IRI like https://w3id.org/kg-news/id/entity/x, got {value!r}")
        return Term.iri(value)
    if param.kind == "number":
        for local in ("integer", "decimal", "double"):
            if re.fullmatch(_LEXICAL[local], value):
                return Term.literal(value, vocab.XSD + local)
        raise QueryError(f"{where} must be a number, got {value!r}")
    if param.kind == "typed" and param.datatype:
        local = param.datatype[len(vocab.XSD):]
        pattern = _LEXICAL.get("integer" if local in _INTEGER_TYPES else local)
        if local == "float":
            pattern = _LEXICAL["double"]
        if pattern and not re.fullmatch(pattern, value):
            raise QueryError(f"{where} must be an xsd:{local} value, got {value!r}")
        return Term.literal(value, param.datatype)
    if param.kind == "lang":
        if not _LANGUAGE.match(param.language or ""):
            raise QueryError(f"{where}: {param.var!r} has an unknown type suffix")
        return Term.literal(value, language=param.language)
    return Term.literal(value)


def is_update(query: SavedQuery) -> bool:
    """Whether the request is SPARQL Update (INSERT, DELETE, LOAD, DROP ...) rather than a query."""
    return query_form(query.sparql) in UPDATE_OPERATIONS


def refuse_unsafe(query: SavedQuery, *, allow_update: bool = False, allow_network: bool = False) -> None:
    """Refuse, before anything runs, SPARQL Update unless ``allow_update``, and what reaches
    the network or files (``SERVICE``, ``LOAD``) unless ``allow_network``."""
    form = query_form(query.sparql)
    if form in UPDATE_OPERATIONS and not allow_update:
        raise QueryError(
            f"{query.path}: {form} is SPARQL Update and kg query only reads the store unless given "
            "--allow-update; or change the graph by building it again (kg build)"
        )
    if allow_network:
        return
    for keyword, what in (("SERVICE", "a federated query"), ("LOAD", "reading a URL or file into the store")):
        offset = keyword_offset(query.sparql, keyword)
        if offset is not None and (keyword == "SERVICE" or form in UPDATE_OPERATIONS):
            raise QueryError(
                f"{query.path}: {keyword} ({what}, at character {offset}) is refused: kg query reaches "
                "no network or file unless given --allow-network"
            )


def run_update(store: Store, query: SavedQuery, params: Mapping[str, str] | None = None, *,
               allow_network: bool = False) -> tuple[int, int]:
    """Run a SPARQL Update on ``store`` (opened for writing); returns its quads (before, after)."""
    if params:
        raise QueryError(f"{query.path}: an update takes no --param; write the values into the update")
    refuse_unsafe(query, allow_update=True, allow_network=allow_network)
    before = store.count_triples()
    try:
        store.update(query.sparql)
    except QueryError as exc:
        raise QueryError(f"{query.path}: {exc}; fix the SPARQL Update") from exc
    return before, store.count_triples()


def is_graph_query(query: SavedQuery) -> bool:
    """Whether the query's result is a graph (CONSTRUCT, DESCRIBE) rather than solutions."""
    return query_form(query.sparql) in ("CONSTRUCT", "DESCRIBE")


def serialize_result(
    store: Store, query: SavedQuery, params: Mapping[str, str] | None, fmt: str, *, allow_network: bool = False
) -> bytes:
    """The query's result in a standard format: SELECT and ASK as SPARQL 1.1 results
    (:data:`~kg.store.RESULTS_FORMATS`: csv, tsv, json, xml), CONSTRUCT and DESCRIBE as RDF
    (:data:`~kg.store.GRAPH_FORMATS`)."""
    bindings = bind_parameters(query, params)
    refuse_unsafe(query, allow_network=allow_network)
    graph = is_graph_query(query)
    wanted, other = (GRAPH_FORMATS, RESULTS_FORMATS) if graph else (RESULTS_FORMATS, GRAPH_FORMATS)
    if fmt not in wanted:
        kind = "a graph (CONSTRUCT or DESCRIBE)" if graph else "solutions (SELECT or ASK)"
        hint = "" if fmt in other else "unknown format; "
        raise QueryError(f"query {query.name!r} gives {kind}: {hint}use --format table, {', '.join(wanted)}")
    try:
        output = store.serialize_query(
            query.sparql, bindings, results_format="json" if graph else fmt, graph_format=fmt if graph else "ntriples"
        )
    except QueryError as exc:
        raise QueryError(f"{query.path}: {exc}; fix the SPARQL") from exc
    return output.data


def run_query(
    store: Store, query: SavedQuery, params: Mapping[str, str] | None = None, *, allow_network: bool = False
) -> QueryResult:
    """Run a saved query with its parameters bound as RDF terms."""
    bindings = bind_parameters(query, params)
    refuse_unsafe(query, allow_network=allow_network)
    try:
        table = store.query(query.sparql, bindings)
    except QueryError as exc:
        raise QueryError(f"{query.path}: {exc}; fix the SPARQL in that file") from exc
    rows = [[plain_value(t) for t in row] for row in table.rows]
    return QueryResult(list(table.columns), rows, table.rows)


def plain_value(term: Term | None) -> str:
    """IRI -> its string, literal -> lexical form, blank node -> ``_:id``, unbound -> ``""``."""
    if term is None:
        return ""
    if term.kind == "bnode":
        return "_:" + term.value
    return term.value


# -- formatting ------------------------------------------------------------------------


# -- the grlc decorator header (a small YAML subset) ------------------------------------


def parse_decorators(text: str) -> dict[str, Any]:
    """The ``#+`` lines of a query as a dict (mappings, sequences, scalars, flow lists, block scalars)."""
    lines = []
    for line in text.splitlines():
        stripped = line.lstrip()
        if stripped.startswith("#+"):
            lines.append(stripped[2:].rstrip())
    lines = [line for line in lines if line.strip() and not line.strip().startswith("#")]
    if not lines:
        return {}
    indent = min(_indent(line) for line in lines)
    lines = [line[indent:] for line in lines]
    value, pos = _parse_block(lines, 0, 0)
    if pos != len(lines):
        raise ValueError(f"cannot parse line {lines[pos].strip()!r}")
    if not isinstance(value, dict):
        raise TypeError("the header must be a mapping of `key: value` lines")
    return value


def _indent(line: str) -> int:
    return len(line) - len(line.lstrip(" "))


def _parse_block(lines: list[str], pos: int, indent: int) -> tuple[Any, int]:
    if lines[pos].lstrip().startswith("- ") or lines[pos].strip() == "-":
        return _parse_sequence(lines, pos, _indent(lines[pos]))
    return _parse_mapping(lines, pos, indent)


def _parse_mapping(lines: list[str], pos: int, indent: int) -> tuple[dict[str, Any], int]:
    out: dict[str, Any] = {}
    while pos < len(lines) and _indent(lines[pos]) == indent and not lines[pos].lstrip().startswith("-"):
        key, value, pos = _parse_entry(lines, pos, indent)
        out[key] = value
    return out, pos


def _parse_entry(lines: list[str], pos: int, indent: int) -> tuple[str, Any, int]:
    line = lines[pos].strip()
    m = re.match(r"""^("[^"]*"|'[^']*'|[^:]+?)\s*:(?:\s+(.*))?$""", line)
    if not m:
        raise ValueError(f"expected `key: value`, got {line!r}")
    key = _scalar(m.group(1))
    rest = (m.group(2) or "").strip()
    pos += 1
    if rest in ("|", ">", "|-", ">-", "|+", ">+"):
        return key, *_block_scalar(lines, pos, indent, rest[0])
    if rest:
        # a plain scalar may continue on more-indented lines
        parts = [rest]
        while pos < len(lines) and _indent(lines[pos]) > indent and not lines[pos].lstrip().startswith("- "):
            if re.match(r"^[^\"'\[{][^:]*:(\s|$)", lines[pos].strip()):
                break
            parts.append(lines[pos].strip())
            pos += 1
        return key, _value(" ".join(parts)), pos
    if pos < len(lines) and (
        _indent(lines[pos]) > indent
        or (_indent(lines[pos]) == indent and lines[pos].lstrip().startswith("-"))
    ):
        value, pos = _parse_block(lines, pos, _indent(lines[pos]))
        return key, value, pos
    return key, None, pos


def _parse_sequence(lines: list[str], pos: int, indent: int) -> tuple[list[Any], int]:
    out: list[Any] = []
    while pos < len(lines) and _indent(lines[pos]) == indent and lines[pos].lstrip().startswith("-"):
        item = lines[pos].strip()[1:].strip()
        if not item:
            pos += 1
            if pos < len(lines) and _indent(lines[pos]) > indent:
                value, pos = _parse_block(lines, pos, _indent(lines[pos]))
                out.append(value)
            else:
                out.append(None)
        elif re.match(r"""^("[^"]*"|'[^']*'|[^:\[\]{}"']+?)\s*:(\s|$)""", item):
            # "- key: value" starts a mapping whose other keys sit under the key
            marker = re.match(r"^\s*-\s+", lines[pos])
            child = marker.end() if marker else indent + 2
            lines[pos] = " " * child + item
            value, pos = _parse_mapping(lines, pos, child)
            out.append(value)
        else:
            out.append(_value(item))
            pos += 1
    return out, pos


def _block_scalar(lines: list[str], pos: int, indent: int, style: str) -> tuple[str, int]:
    body: list[str] = []
    while pos < len(lines) and _indent(lines[pos]) > indent:
        body.append(lines[pos])
        pos += 1
    if body:
        cut = min(_indent(line) for line in body)
        body = [line[cut:] for line in body]
    return ("\n".join(body) if style == "|" else " ".join(b.strip() for b in body)), pos


def _value(text: str) -> Any:
    text = text.strip()
    if text.startswith("[") and text.endswith("]"):
        inner = text[1:-1].strip()
        return [_scalar(part) for part in _split_flow(inner)] if inner else []
    if text.startswith("{") and text.endswith("}"):
        out: dict[str, Any] = {}
        for part in _split_flow(text[1:-1]):
            key, _, value = part.partition(":")
            out[_scalar(key)] = _value(value)
        return out
    return _scalar(text)


def _split_flow(text: str) -> list[str]:
    parts, current, quote, depth = [], "", "", 0
    for ch in text:
        if quote:
            quote = "" if ch == quote else quote
        elif ch in "\"'":
            quote = ch
        elif ch in "[{":
            depth += 1
        elif ch in "]}":
            depth -= 1
        elif ch == "," and depth == 0:
            parts.append(current.strip())
            current = ""
            continue
        current += ch
    if current.strip():
        parts.append(current.strip())
    return parts


def _scalar(text: str) -> str:
    text = text.strip()
    if len(text) >= 2 and text[0] == text[-1] and text[0] in "\"'":
        inner = text[1:-1]
        if text[0] == '"':
            return inner.replace('\\"', '"').replace("\\\\", "\\")
        return inner.replace("''", "'")
    return re.sub(r"\s+#.*$", "", text)


def _as_text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, list):
        return " ".join(_as_text(v) for v in value)
    return str(value)


def _as_list(value: Any) -> list[Any]:
    if value is None:
        return []
    return value if isinstance(value, list) else [value]


def _as_int(value: Any, path: Path) -> int | None:
    if value is None or value == "":
        return None
    try:
        return int(str(value))
    except ValueError as exc:
        raise QueryError(f"bad #+ pagination in {path}: {value!r} is not a number") from exc


def _defaults(value: Any, path: Path) -> dict[str, str]:
    out: dict[str, str] = {}
    items = value if isinstance(value, list) else [value] if isinstance(value, dict) else []
    if value is not None and not items:
        raise QueryError(f"bad #+ defaults in {path}: expected a list of `- name: value`")
    for item in items:
        if not isinstance(item, dict):
            raise QueryError(f"bad #+ defaults in {path}: {item!r} is not `name: value`")
        for key, val in item.items():
            out[str(key)] = "" if val is None else _as_text(val)
    return out
