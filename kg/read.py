"""Read a corpus folder into :class:`kg.records.Document` records.

First stage of the pipeline; stdlib and kg's lexicon only. ``Document.text`` is exactly the
file's code points (UTF-8, a BOM kept as U+FEFF, CR characters kept), so every
offset later stages produce points into the original file. ``Document.clean``
is the text handed to the NLP: markdown markup removed, line breaks turned
into spaces or paragraph breaks, hyphenated line breaks mended and runs of
spaces collapsed. ``Document.offsets[i]`` is the index in ``text`` of
``clean[i]`` (an inserted space or newline maps to the line break it
replaces), plus one final entry ``len(text)``.

Metadata comes from ``manifest.csv`` in the corpus folder (columns ``file,
title, publisher, author, date, url``) and, field by field where the manifest
is silent, from what the text itself shows (:func:`infer_metadata`), read with
the words of a language's lexicon (``lexicon(lang).reader`` and its month names;
English unless ``lang`` says otherwise).
"""

from __future__ import annotations

import csv
import datetime
import hashlib
import io
import itertools
import re
import statistics
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, fields
from functools import cache
from pathlib import Path

from kg.errors import CorpusError
from kg.extract.lang import lexicon
from kg.records import Document

READ_EXTENSIONS: tuple[str, ...] = (".txt", ".md")
MANIFEST_NAME = "manifest.csv"
MANIFEST_COLUMNS: tuple[str, ...] = ("file", "title", "publisher", "author", "date", "url")

# A document is hard-wrapped when its typical line is shorter than this.
WRAP_WIDTH = 90


@dataclass
class DocumentMetadata:
    """Bibliographic facts about one document; every field is optional."""

    title: str | None = None
    publisher: str | None = None
    author: str | None = None
    date: str | None = None  # ISO 8601 YYYY-MM-DD
    url: str | None = None

    def or_else(self, fallback: DocumentMetadata) -> DocumentMetadata:
        """These values, with ``fallback``'s filling the fields that are None."""
        values = {f.name: getattr(self, f.name) or getattr(fallback, f.name) for f in fields(self)}
        return DocumentMetadata(**values)


# --------------------------------------------------------------------------
# Reading files
# --------------------------------------------------------------------------


def read_corpus(folder: Path, lang: str = "en") -> tuple[list[Document], list[str]]:
    """All ``.txt``/``.md`` documents of ``folder``, sorted by file name, and warnings.

    A file that is not UTF-8, is empty or cannot be read is skipped with one
    warning naming it. Files with other extensions are ignored silently.
    ``lang`` is the language whose date lines and bylines the metadata is read from.
    """
    folder = Path(folder)
    if not folder.exists():
        raise CorpusError(f"corpus folder {folder} does not exist; pass a folder of .txt or .md files")
    if not folder.is_dir():
        raise CorpusError(f"corpus path {folder} is not a folder; pass a folder of .txt or .md files")
    paths = _corpus_files(folder)
    if not paths:
        raise CorpusError(
            f"corpus folder {folder} has no documents; kg reads files ending in "
            + " or ".join(READ_EXTENSIONS)
        )
    manifest = read_manifest(folder)
    documents: list[Document] = []
    warnings: list[str] = []
    for path in paths:
        try:
            documents.append(read_document(path, manifest.get(path.name), lang))
        except CorpusError as error:
            warnings.append(f"skipped {path.name}: {error}")
    present = {path.name for path in paths}
    for name in sorted(set(manifest) - present):
        warnings.append(f"{MANIFEST_NAME} lists {name} but {folder} has no such document")
    return documents, warnings


def _corpus_files(folder: Path) -> list[Path]:
    try:
        found = [
            path
            for path in folder.iterdir()
            if path.suffix.lower() in READ_EXTENSIONS and not path.name.startswith(".") and path.is_file()
        ]
    except OSError as error:
        raise CorpusError(
            f"cannot list the corpus folder {folder}: {error.strerror or error}; check its permissions"
        ) from None
    return sorted(found, key=lambda path: path.name)


def read_document(path: Path, metadata: DocumentMetadata | None = None, lang: str = "en") -> Document:
    """Read one file; ``metadata`` (from the manifest) wins over what the text shows (in ``lang``)."""
    path = Path(path)
    data = _read_bytes(path)
    if not data:
        raise CorpusError(f"{path} is empty; remove it or put the article text in it")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as error:
        raise CorpusError(
            f"{path} is not UTF-8 (bad byte at offset {error.start}); convert it to UTF-8, "
            "e.g. iconv -f WINDOWS-1252 -t UTF-8"
        ) from None
    clean, offsets, headings = _clean(text)
    if not clean:
        raise CorpusError(f"{path} has no text (only whitespace or markup); remove it or fill it")
    inferred = _infer(clean, headings, _rules(lang))
    meta = (metadata or DocumentMetadata()).or_else(inferred)
    return Document(
        name=path.name,
        path=path,
        text=text,
        clean=clean,
        offsets=offsets,
        checksum="sha256:" + hashlib.sha256(data).hexdigest(),
        title=meta.title,
        publisher=meta.publisher,
        author=meta.author,
        date=meta.date,
        url=meta.url,
    )


def _read_bytes(path: Path) -> bytes:
    try:
        return path.read_bytes()
    except FileNotFoundError:
        raise CorpusError(f"document {path} does not exist") from None
    except OSError as error:
        raise CorpusError(f"cannot read {path}: {error.strerror or error}; check its permissions") from None


# --------------------------------------------------------------------------
# Manifest
# --------------------------------------------------------------------------


def read_manifest(folder: Path) -> dict[str, DocumentMetadata]:
    """Metadata per file name from ``folder/manifest.csv``; {} when there is none."""
    path = Path(folder) / MANIFEST_NAME
    if not path.is_file():
        return {}
    try:
        content = path.read_bytes().decode("utf-8-sig")
    except UnicodeDecodeError:
        raise CorpusError(f"{path} is not UTF-8; convert it to UTF-8") from None
    except OSError as error:
        raise CorpusError(f"cannot read {path}: {error.strerror or error}") from None
    return _parse_manifest(path, content)


def _parse_manifest(path: Path, content: str) -> dict[str, DocumentMetadata]:
    reader = csv.reader(io.StringIO(content, newline=""), strict=True)
    entries: dict[str, DocumentMetadata] = {}
    header: list[str] | None = None
    try:
        for row in reader:
            line = reader.line_num
            if not any(cell.strip() for cell in row):
                continue
            if header is None:
                header = _manifest_header(path, line, row)
                continue
            name, meta = _manifest_row(path, line, header, row)
            if name in entries:
                raise CorpusError(f"{path}: line {line}, column 'file': {name} is listed twice; keep one row")
            entries[name] = meta
    except csv.Error as error:
        raise CorpusError(
            f"{path}: line {reader.line_num}: malformed CSV ({error}); check the quoting"
        ) from None
    return entries


def _manifest_header(path: Path, line: int, row: list[str]) -> list[str]:
    header = [cell.strip().lower() for cell in row]
    for column, name in enumerate(header, start=1):
        if name not in MANIFEST_COLUMNS:
            raise CorpusError(
                f"{path}: line {line}, column {column}: unknown column '{name}'; "
                f"use {', '.join(MANIFEST_COLUMNS)}"
            )
    if "file" not in header:
        raise CorpusError(
            f"{path}: line {line}: the header has no 'file' column; "
            f"start it with {','.join(MANIFEST_COLUMNS)}"
        )
    if len(set(header)) != len(header):
        raise CorpusError(f"{path}: line {line}: a column is named twice in the header")
    return header


def _manifest_row(path: Path, line: int, header: list[str], row: list[str]) -> tuple[str, DocumentMetadata]:
    if len(row) != len(header):
        raise CorpusError(
            f"{path}: line {line}: {len(row)} fields but the header has {len(header)}; "
            "quote values that contain commas"
        )
    values = {name: cell.strip() for name, cell in zip(header, row)}
    name = values.pop("file")
    if not name:
        raise CorpusError(f"{path}: line {line}, column 'file': empty file name")
    date = values.get("date", "")
    if date and not _is_iso_date(date):
        raise CorpusError(f"{path}: line {line}, column 'date': '{date}' is not an ISO 8601 date YYYY-MM-DD")
    url = values.get("url", "")
    if url and not re.match(r"[a-zA-Z][a-zA-Z0-9+.-]*://\S+$", url):
        raise CorpusError(
            f"{path}: line {line}, column 'url': '{url}' is not an absolute URL like https://..."
        )
    return name, DocumentMetadata(**{key: value or None for key, value in values.items()})


def _is_iso_date(value: str) -> bool:
    if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
        return False
    try:
        datetime.date.fromisoformat(value)
    except ValueError:
        return False
    return True


# --------------------------------------------------------------------------
# Clean text with offsets
# --------------------------------------------------------------------------


class _Builder:
    """Accumulates clean text with the original position of each character."""

    def __init__(self) -> None:
        self._parts: list[str] = []
        self.positions: list[int] = []

    def copy(self, piece: str, positions: Sequence[int]) -> None:
        """Append characters taken from the source at ``positions``."""
        self._parts.append(piece)
        self.positions.extend(positions)

    def insert(self, piece: str, position: int) -> None:
        """Append characters standing in for the source character at ``position``."""
        self._parts.append(piece)
        self.positions.extend([position] * len(piece))

    def build(self) -> str:
        return "".join(self._parts)


@dataclass
class _Line:
    """One line of the document after markup removal."""

    text: str
    positions: list[int]
    end: int | None  # position in the original text of the line break ending it
    heading: bool = False


def clean_text(text: str) -> tuple[str, list[int]]:
    """The NLP text of ``text`` and the offsets mapping it back (see module doc)."""
    clean, offsets, _ = _clean(text)
    return clean, offsets


def _clean(text: str) -> tuple[str, list[int], list[str]]:
    chars, positions = _normalize(text)
    lines = _split_lines(chars, positions)
    hard = is_hard_wrapped([line.text for line in lines])
    builder = _Builder()
    _assemble(builder, lines, hard)
    offsets = builder.positions + [len(text)]
    headings = [line.text for line in lines if line.heading and line.text]
    return builder.build(), offsets, headings


_LINE_BREAKS = "\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029"
_INVISIBLE = "\ufeff\u200b\u2060\u00ad"


def _normalize(text: str) -> tuple[str, list[int]]:
    """Drop BOM and invisible characters, unify line breaks and horizontal spaces."""
    builder = _Builder()
    length = len(text)
    for index, char in enumerate(text):
        if char == "\r" and index + 1 < length and text[index + 1] == "\n":
            continue
        if char in _LINE_BREAKS:
            builder.insert("\n", index)
        elif char == " ":
            builder.copy(char, (index,))
        elif char == "\t" or unicodedata.category(char) == "Zs":
            builder.insert(" ", index)
        elif char in _INVISIBLE or unicodedata.category(char) == "Cc":
            continue
        else:
            builder.copy(char, (index,))
    return builder.build(), builder.positions


def _split_lines(chars: str, positions: list[int]) -> list[_Line]:
    lines: list[_Line] = []
    start = 0
    while start <= len(chars):
        stop = chars.find("\n", start)
        if stop < 0:
            if start < len(chars):
                lines.append(_markdown_line(chars[start:], positions[start:], None))
            break
        lines.append(_markdown_line(chars[start:stop], positions[start:stop], positions[stop]))
        start = stop + 1
    return lines


# Markdown line and inline rules. They only ever drop characters.
_ASCII_PUNCT = set("!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~")
_RULE_LINE = re.compile(r" {0,3}(?:([-*_=])[ ]*(?:\1[ ]*){2,}|(?:\\?\*[ ]*)+)")
_HEADING = re.compile(r" {0,3}(#{1,6})(?:[ ]+|$)")
_CLOSING_HASHES = re.compile(r"[ ]+(#+)[ ]*$")
_QUOTE = re.compile(r" {0,3}>[ ]?")
_LINK = re.compile(
    r"(!?)\[[^\[\]\n]*(\]\(\s*(?:<[^<>\n]*>|[^\s()]*(?:\([^\s()]*\)[^\s()]*)*)"
    r"(?:\s+(?:\"[^\"\n]*\"|'[^'\n]*'))?\s*\))"
)
_EMPHASIS = re.compile(r"\*{1,3}|_{1,3}")


def _markdown_line(chars: str, positions: list[int], end: int | None) -> _Line:
    if not chars.strip() or _RULE_LINE.fullmatch(chars):
        return _Line("", [], end)
    drop = [False] * len(chars)
    masked = _mask_escapes(chars, drop)
    heading = _drop_heading(masked, drop)
    if not heading:
        quote = _QUOTE.match(masked)
        if quote:
            _drop_range(drop, quote.start(), quote.end())
    for link in _LINK.finditer(masked):
        _drop_range(drop, link.start(1), link.end(1) + 1)  # "!" (if any) and "["
        _drop_range(drop, link.start(2), link.end(2))  # "](url)"
    for run in _EMPHASIS.finditer(masked):
        if _is_emphasis(masked, run.start(), run.end()):
            _drop_range(drop, run.start(), run.end())
    kept = [index for index, dropped in enumerate(drop) if not dropped]
    text, kept_positions = _squeeze("".join(chars[i] for i in kept), [positions[i] for i in kept])
    return _Line(text, kept_positions, end, heading and bool(text))


def _mask_escapes(chars: str, drop: list[bool]) -> str:
    """Drop the backslash of ``\\$``-style escapes; hide escaped characters from the rules."""
    masked = list(chars)
    index = 0
    while index < len(chars) - 1:
        if chars[index] == "\\" and chars[index + 1] in _ASCII_PUNCT:
            drop[index] = True
            masked[index] = masked[index + 1] = "\x00"
            index += 2
        else:
            index += 1
    return "".join(masked)


def _drop_heading(masked: str, drop: list[bool]) -> bool:
    match = _HEADING.match(masked)
    if not match:
        return False
    _drop_range(drop, match.start(1), match.end(1))
    closing = _CLOSING_HASHES.search(masked, match.end())
    if closing:
        _drop_range(drop, closing.start(1), closing.end(1))
    return True


def _drop_range(drop: list[bool], start: int, end: int) -> None:
    for index in range(start, end):
        drop[index] = True


def _is_emphasis(masked: str, start: int, end: int) -> bool:
    before = masked[start - 1] if start > 0 else " "
    after = masked[end] if end < len(masked) else " "
    opens = not after.isspace()
    closes = not before.isspace()
    if masked[start] == "_":  # underscores inside a word (snake_case) are not markup
        opens = opens and not before.isalnum()
        closes = closes and not after.isalnum()
    return opens or closes


def _squeeze(text: str, positions: list[int]) -> tuple[str, list[int]]:
    """Strip the line and collapse runs of spaces to their first space."""
    out: list[str] = []
    out_positions: list[int] = []
    for char, position in zip(text, positions):
        if char == " " and (not out or out[-1] == " "):
            continue
        out.append(char)
        out_positions.append(position)
    while out and out[-1] == " ":
        out.pop()
        out_positions.pop()
    return "".join(out), out_positions


# Hard wrapping and paragraph assembly.
_SENTENCE_END = re.compile(r"[.!?:;…][\"'”’)\]]*$")


def is_hard_wrapped(lines: Sequence[str]) -> bool:
    """Whether single line breaks of this document are wraps inside paragraphs.

    True when the median non-empty line is shorter than ``WRAP_WIDTH``, at least
    half of the characters sit in such short lines, and at least 30% of the
    non-empty lines (and at least 3) are prose (three words or more) running on
    into the next line without ending a sentence. Documents whose lines are
    whole paragraphs fail the first two tests; one-item-per-line site chrome
    fails the second (around long paragraphs) or the third (on its own).
    """
    lengths = [len(line) for line in lines if line]
    if len(lengths) < 3 or statistics.median(lengths) >= WRAP_WIDTH:
        return False
    if 2 * sum(n for n in lengths if n < WRAP_WIDTH) < sum(lengths):
        return False
    runs_on = sum(
        1
        for line, following in itertools.pairwise(lines)
        if following and len(line.split()) >= 3 and not _SENTENCE_END.search(line)
    )
    return runs_on >= 3 and runs_on >= 0.3 * len(lengths)


def _assemble(builder: _Builder, lines: list[_Line], hard: bool) -> None:
    previous: _Line | None = None
    gap: list[int] = []  # line breaks of blank lines since ``previous``
    for line in lines:
        if not line.text:
            if previous is not None and line.end is not None:
                gap.append(line.end)
            continue
        if previous is not None and previous.end is not None:
            _separate(builder, previous, line, hard, [previous.end] + gap)
        builder.copy(line.text, line.positions)
        previous, gap = line, []


def _separate(builder: _Builder, previous: _Line, line: _Line, hard: bool, breaks: list[int]) -> None:
    """Write what stands for the line breaks ``breaks`` between two text lines."""
    blank_between = len(breaks) > 1
    if previous.heading or line.heading:
        separator = "\n\n"
    elif blank_between:
        separator = " " if _split_sentence(previous.text, line.text, len(breaks)) else "\n\n"
    elif not hard:
        separator = " " if _split_sentence(previous.text, line.text, 2) else "\n\n"
    elif _is_hyphen_break(previous.text, line.text):
        separator = ""
    else:
        separator = " "
    if separator == "\n\n":
        builder.insert("\n", breaks[0])
        builder.insert("\n", breaks[1] if blank_between else breaks[0])
    elif separator:
        builder.insert(separator, breaks[0])


def _is_hyphen_break(previous: str, following: str) -> bool:
    """``counter-`` at the end of a wrapped line, followed by ``terrorist``."""
    return len(previous) > 1 and previous[-1] == "-" and previous[-2].isalnum() and following[0].isalnum()


def _split_sentence(previous: str, following: str, breaks: int) -> bool:
    """A single blank line cutting a sentence in two (a page break of a printed text).

    The paragraph before has at least four words and ends with a lower-case
    word (or a comma after one); the next starts with a lower-case word.
    """
    words = previous.split()
    last = words[-1].rstrip(",") if words else ""
    first = following.split()[0]
    return (
        breaks == 2
        and len(words) >= 4
        and bool(re.fullmatch(r"[a-z][\w'’-]*", last))
        and bool(re.fullmatch(r"[a-z][\w'’-]*[.,;:!?]?", first))
    )


# --------------------------------------------------------------------------
# Metadata shown by the text
# --------------------------------------------------------------------------

_HEADER_PARAGRAPHS = 40


class _Rules:
    """The reader's patterns for one language, compiled from its lexicon."""

    def __init__(self, lang: str) -> None:
        lex = lexicon(lang)
        words = lex.reader
        self.words = words
        self.months = lex.dates.months
        self.date_lines = [
            re.compile(r"(?P<prefix>.{0,60}?)\s*\b" + form + r"\b" + words.clock_time + r"\s*[.|]?\s*", re.IGNORECASE)
            for form in words.date_forms
        ]
        self.wire_datelines = [re.compile(pattern) for pattern in words.wire_datelines]
        self.byline = re.compile(words.byline, re.IGNORECASE)
        word = r"[A-Z][\w'’.-]*"
        particles = _literal(words.name_particles)
        self.name = re.compile(word + r"(?:\s+(?:" + word + "|" + particles + r"))*" + r"\s+" + word)
        articles = _literal(words.articles)
        labels = _literal(words.author_labels)
        self.author_label = re.compile(rf"(?:(?:{articles})\s+)?(?:{labels})\s*:?", re.IGNORECASE)
        self.chrome = re.compile(
            "|".join(["©", *(re.escape(p) for p in words.chrome_phrases),
                      *(rf"\b{re.escape(w)}\b" for w in words.chrome_words), r"https?://", r"www\.", "@"]),
            re.IGNORECASE,
        )


def _literal(words: Sequence[str]) -> str:
    """A regex alternation of ``words`` taken literally; an empty table matches nowhere."""
    return "|".join(re.escape(w) for w in words) or "(?!)"


@cache
def _rules(lang: str) -> _Rules:
    return _Rules(lang)


def infer_metadata(text: str, lang: str = "en") -> DocumentMetadata:
    """Title, author, date (and publisher of a "Publisher, date" line) shown by the text (in ``lang``)."""
    clean, _, headings = _clean(text)
    return _infer(clean, headings, _rules(lang))


def _infer(clean: str, headings: list[str], rules: _Rules) -> DocumentMetadata:
    paragraphs = [p.strip() for p in clean.split("\n\n") if p.strip()]
    header = paragraphs[:_HEADER_PARAGRAPHS]
    date, publisher, date_index = _find_date(header, rules)
    return DocumentMetadata(
        title=_find_title(header, headings, date_index, rules),
        publisher=publisher,
        author=_find_author(paragraphs, header, rules),
        date=date,
    )


def _find_date(header: list[str], rules: _Rules) -> tuple[str | None, str | None, int | None]:
    for index, paragraph in enumerate(header):
        if len(paragraph) > 80:
            continue
        found = _date_line(paragraph, rules)
        if found:
            return found[0], found[1], index
    for index, paragraph in enumerate(header):
        wire = _wire_dateline(paragraph, rules)
        if wire:
            return wire, None, index
    return None, None, None


def _wire_dateline(paragraph: str, rules: _Rules) -> str | None:
    """The date of a wire-service dateline opening a paragraph: "NAIROBI, Friday June 20,
    2025 — ...", "QUITO, Ecuador — April 14, 2025 — ...", "BRUSSELS, 27 June 2025 – ..."."""
    match = next((m for pattern in rules.wire_datelines if (m := pattern.match(paragraph))), None)
    if not match:
        return None
    try:
        month = rules.months[match.group("month").lower()]
        return datetime.date(int(match.group("year")), month, int(match.group("day"))).isoformat()
    except ValueError:
        return None


def _date_line(paragraph: str, rules: _Rules) -> tuple[str, str | None] | None:
    """(ISO date, publisher or None) when ``paragraph`` is a dateline."""
    for pattern in rules.date_lines:
        match = pattern.fullmatch(paragraph)
        if not match:
            continue
        groups = match.groupdict()
        try:
            if groups.get("mon"):
                day = datetime.date(int(groups["year"]), int(groups["mon"]), int(groups["dd"]))
            else:
                month = rules.months[groups["month"].lower()]
                day = datetime.date(int(groups["year"]), month, int(groups["day"]))
        except ValueError:
            continue
        prefix = match.group("prefix").strip()
        if prefix and not re.search(r"[,|:·•–—-]$", prefix) and prefix.lower() not in rules.words.not_publishers:
            continue
        return day.isoformat(), _publisher(prefix, rules)
    return None


def _publisher(prefix: str, rules: _Rules) -> str | None:
    name = re.sub(r"\s*[,|:·•–—-]+$", "", prefix).strip()
    if not name or name.lower() in rules.words.not_publishers or name.lower().startswith(rules.words.byline_prefixes):
        return None
    if len(name.split()) > 6 or not name[0].isupper():
        return None
    return name


def _find_author(paragraphs: list[str], header: list[str], rules: _Rules) -> str | None:
    for paragraph in header:
        byline = rules.byline.fullmatch(paragraph)
        if byline:
            name = _name(byline.group("name") or byline.group("name2") or "", rules)
            if name:
                return name
    for paragraph, following in itertools.pairwise(paragraphs):
        if rules.author_label.fullmatch(paragraph):
            name = _name(following, rules)
            if name:
                return name
    return None


def _name(candidate: str, rules: _Rules) -> str | None:
    """A person-like name at the start of ``candidate`` (before a comma or bar)."""
    head = re.split(r"\s*[,|·•–—]\s*|\s+-\s+", candidate.strip(), maxsplit=1)[0]
    if len(head) > 60 or not rules.name.fullmatch(head) or len(head.split()) > 6:
        return None
    return head


def _find_title(header: list[str], headings: list[str], date_index: int | None, rules: _Rules) -> str | None:
    early = header[:15]
    for heading in headings:
        if heading in early and _titlelike(heading, rules):
            return _tidy_title(heading)
    for index, paragraph in enumerate(early[:10]):
        if paragraph in early[index + 1 : 10] and _titlelike(paragraph, rules):
            return _tidy_title(paragraph)
    if date_index is not None:
        for paragraph in reversed(header[max(0, date_index - 4) : date_index]):
            if _titlelike(paragraph, rules):
                return _tidy_title(paragraph)
    for paragraph in early:
        if _titlelike(paragraph, rules) and len(paragraph.split()) >= 4:
            return _tidy_title(paragraph)
    return None


def _titlelike(paragraph: str, rules: _Rules) -> bool:
    words = paragraph.split()
    letters = [c for c in paragraph if c.isalpha()]
    return (
        len(words) >= 3
        and len(paragraph) <= 250
        and not paragraph.endswith((".", ":", ",", " ?"))
        and not (letters and all(c.isupper() for c in letters))
        and not rules.chrome.search(paragraph)
        and not rules.byline.fullmatch(paragraph)
        and _date_line(paragraph, rules) is None
    )


def _tidy_title(paragraph: str) -> str:
    return re.sub(r"^[^\w\"'“‘(]+", "", paragraph).strip() or paragraph
