"""Read a corpus folder into :class:`kg.records.Document` records.

First stage of the pipeline; stdlib, kg's lexicon and its date grammar only. ``Document.text`` is exactly the
file's code points (UTF-8, or UTF-16 with a byte order mark, else windows-1252 with a warning; a BOM kept as U+FEFF,
CR characters kept), so every
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
English unless ``lang`` says otherwise). The date is the date line's (:func:`_find_date`): a date alone
on a line, with a publisher, label, weekday, time or reading time beside it, in words or in figures
(whose order of day and month the line's stamp, clock or time zone, or a written date in the text
settles); a labelled one that runs on; where a bare one (a menu's date of the day) stands just above
an earlier stamped one, the stamped one; else a wire dateline (its year, where it gives none, the one
the text shows), a page stamp, a title that ends with its date, or a date line in the footer.
"""

from __future__ import annotations

import codecs
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
from kg.extract.dates import find_date_expressions, parse_expression
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

    A file that is empty, not text or cannot be read is skipped with one warning
    naming it; one that is not UTF-8 is read as windows-1252, with a warning. Files with other extensions are ignored silently.
    ``lang`` is the language whose date lines and bylines the metadata is read from.
    """
    folder = Path(folder)
    paths, warnings = _document_paths(folder)
    manifest = read_manifest(folder, warnings)
    documents: list[Document] = []
    for path in paths:
        try:
            documents.append(read_document(path, manifest.get(path.name), lang))
        except CorpusError as error:
            warnings.append(f"skipped {path.name}: {error}")
            continue
        if documents[-1].warning:
            warnings.append(documents[-1].warning)
    warnings += _unlisted(folder, paths, manifest)
    return documents, warnings


@dataclass(frozen=True)
class Source:
    """What a build needs to know of a document before it processes it: where it is, the
    manifest's row for it, and what decides whether its stored graph is still up to date
    (its checksum and metadata). It does not hold the text."""

    path: Path
    manifest: DocumentMetadata | None
    checksum: str
    title: str | None
    publisher: str | None
    author: str | None
    date: str | None
    url: str | None

    @property
    def name(self) -> str:
        return self.path.name


def scan_corpus(folder: Path, lang: str = "en") -> tuple[list[Source], list[str]]:
    """:func:`read_corpus`, keeping of each document only its :class:`Source`."""
    folder = Path(folder)
    paths, warnings = _document_paths(folder)
    manifest = read_manifest(folder, warnings)
    sources: list[Source] = []
    for path in paths:
        try:
            document = read_document(path, manifest.get(path.name), lang)
        except CorpusError as error:
            warnings.append(f"skipped {path.name}: {error}")
            continue
        sources.append(Source(path, manifest.get(path.name), document.checksum, document.title,
                              document.publisher, document.author, document.date, document.url))
    return sources, warnings + _unlisted(folder, paths, manifest)


def _document_paths(folder: Path) -> tuple[list[Path], list[str]]:
    """The documents of ``folder`` and a warning for each entry it skips."""
    if not folder.exists():
        raise CorpusError(f"corpus folder {folder} does not exist; pass a folder of .txt or .md files")
    if not folder.is_dir():
        raise CorpusError(f"corpus path {folder} is not a folder; pass a folder of .txt or .md files")
    paths, warnings = _corpus_files(folder)
    if not paths:
        raise CorpusError(
            f"corpus folder {folder} has no documents; kg reads files ending in "
            + " or ".join(READ_EXTENSIONS) + "".join(f" ({warning})" for warning in warnings[:1])
        )
    return paths, warnings


def _unlisted(folder: Path, paths: list[Path], manifest: dict[str, DocumentMetadata]) -> list[str]:
    """Warnings for manifest rows whose document is not in the folder."""
    present = {path.name for path in paths}
    return [f"{MANIFEST_NAME} lists {name} but {folder} has no such document" for name in sorted(set(manifest) - present)]


def _corpus_files(folder: Path) -> tuple[list[Path], list[str]]:
    """The ``.txt``/``.md`` files directly in ``folder``, sorted by name, and a warning for
    each one skipped: a name that is not UTF-8, a link that leads out of the folder or
    nowhere, anything but a regular file. Hidden entries and other extensions are ignored."""
    try:
        entries = sorted(folder.iterdir(), key=lambda path: path.name)
    except OSError as error:
        raise CorpusError(
            f"cannot list the corpus folder {folder}: {error.strerror or error}; check its permissions"
        ) from None
    inside = folder.resolve()
    paths: list[Path] = []
    warnings: list[str] = []
    folders: list[str] = []
    for path in entries:
        if path.name.startswith("."):
            continue
        if path.is_dir() and not path.is_symlink():
            folders.append(shown_name(path.name) + "/")
            continue
        if path.suffix.lower() not in READ_EXTENSIONS:
            continue
        reason = _unreadable_entry(path, inside)
        if reason:
            warnings.append(f"skipped {shown_name(path.name)}: {reason}")
        else:
            paths.append(path)
    if folders:
        warnings.append(f"skipped the subfolders of {folder} ({', '.join(folders)}): kg reads the files directly in it")
    return paths, warnings


def _unreadable_entry(path: Path, inside: Path) -> str:
    """Why the corpus entry ``path`` is not read as a document ("" when it is)."""
    try:
        path.name.encode("utf-8")
    except UnicodeEncodeError:
        return "its file name is not valid UTF-8; rename it (e.g. with convmv -f latin1 -t utf8)"
    if path.is_symlink():
        try:
            target = path.resolve(strict=True)
        except (OSError, RuntimeError):
            return "a symbolic link that leads nowhere or in a loop; remove it"
        if not target.is_relative_to(inside):
            return f"a symbolic link out of the corpus folder (to {shown_name(str(target))}); copy the file in instead"
    if not path.is_file():
        return "not a regular file (a folder, pipe or device); kg reads regular files"
    return ""


def shown_name(name: str) -> str:
    """A file name for messages: bytes that are not UTF-8 shown as ``\\xe9`` escapes."""
    return name.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")


def read_document(
    path: Path, metadata: DocumentMetadata | None = None, lang: str = "en", data: bytes | None = None
) -> Document:
    """Read one file; ``metadata`` (from the manifest) wins over what the text shows (in ``lang``).
    ``data``, when given, is the file's content, read elsewhere (by a cluster's driver)."""
    path = Path(path)
    data = _read_bytes(path) if data is None else data
    if not data:
        raise CorpusError(f"{path} is empty; remove it or put the article text in it")
    text, encoding, warning = _decode(path, data)
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
        encoding=encoding,
        warning=warning,
    )


#: the largest file read as one document: spaCy's models parse at most 1,000,000 characters,
#: and no UTF-8 character takes more than 4 bytes, so a larger file could never be parsed
MAX_DOCUMENT_BYTES = 4_000_000


#: how files that are not text begin, with what to do about each
_NOT_TEXT = {
    b"%PDF-": "a PDF file, not text; convert it first, e.g. with pdftotext",
    b"PK\x03\x04": "a ZIP archive (or a Word/OpenDocument file), not text; extract its text first",
    b"\x1f\x8b": "a gzip file, not text; decompress it first",
    b"\x89PNG": "a PNG image, not text; remove it",
    b"\xff\xd8\xff": "a JPEG image, not text; remove it",
    b"{\\rtf": "an RTF file, not plain text; save it as plain text first",
}
#: byte order marks of UTF-16, and the codec that keeps the mark as U+FEFF (so that offsets
#: count the file's code points, as for UTF-8 with a BOM)
_UTF16 = {b"\xff\xfe": ("utf-16-le", "UTF-16LE"), b"\xfe\xff": ("utf-16-be", "UTF-16BE")}


#: what a file that is not UTF-8 (and has no UTF-16 byte order mark) is read as: the
#: Encoding Standard's windows-1252, which browsers also read unlabelled Western pages
#: (and ones labelled ISO-8859-1) as. Every byte is one character, so offsets stay exact.
FALLBACK_ENCODING = "windows-1252"


def _decode(path: Path, data: bytes) -> tuple[str, str | None, str | None]:
    """(the file's text, its encoding when not UTF-8, a warning when that was a guess):
    UTF-8; UTF-16 when it starts with a byte order mark; else :data:`FALLBACK_ENCODING`."""
    for magic, what in _NOT_TEXT.items():
        if data.startswith(magic):
            raise CorpusError(f"{path} is {what}")
    for mark, (codec, name) in _UTF16.items():
        if data.startswith(mark):
            try:
                return data.decode(codec), name, None
            except UnicodeDecodeError as error:
                raise CorpusError(
                    f"{path} starts like UTF-16 but is not (bad bytes at offset {error.start}); convert it "
                    f"to UTF-8, e.g. iconv -f {name} -t UTF-8"
                ) from None
    try:
        return data.decode("utf-8"), None, None
    except UnicodeDecodeError as error:
        warning = (
            f"{path.name} is not UTF-8 (bad byte at offset {error.start}): read as {FALLBACK_ENCODING}; if its "
            "text looks wrong, convert it to UTF-8 from its encoding (find it with `file -i`), e.g. "
            "iconv -f ISO-8859-2 -t UTF-8, and build again"
        )
        return _windows_1252(data), FALLBACK_ENCODING, warning


def _windows_1252(data: bytes) -> str:
    """The Encoding Standard's windows-1252: Python's cp1252, with the five bytes it leaves
    undefined (0x81, 0x8D, 0x8F, 0x90, 0x9D) read as the C1 controls of the same number."""
    return data.decode("cp1252", errors=_C1_CONTROLS)


def _as_c1_controls(error: UnicodeError) -> tuple[str, int]:
    assert isinstance(error, UnicodeDecodeError)
    return error.object[error.start : error.end].decode("latin-1"), error.end


_C1_CONTROLS = "kg-c1-controls"
codecs.register_error(_C1_CONTROLS, _as_c1_controls)


def _read_bytes(path: Path) -> bytes:
    try:
        size = path.stat().st_size
        if size > MAX_DOCUMENT_BYTES:
            raise CorpusError(
                f"{path} is {size / 1e6:.1f} MB, more than a document can hold "
                f"({MAX_DOCUMENT_BYTES / 1e6:.0f} MB: the model parses at most 1,000,000 characters); "
                "split the file into parts"
            )
        return path.read_bytes()
    except FileNotFoundError:
        raise CorpusError(f"document {path} does not exist") from None
    except OSError as error:
        raise CorpusError(f"cannot read {path}: {error.strerror or error}; check its permissions") from None


# --------------------------------------------------------------------------
# Manifest
# --------------------------------------------------------------------------


def read_manifest(folder: Path, warnings: list[str] | None = None) -> dict[str, DocumentMetadata]:
    """Metadata per file name from ``folder/manifest.csv``; {} when there is none.

    A bad header or file stops the reading; a bad row is an error too, unless ``warnings``
    is given: the row is then skipped with a warning appended there (its document's
    metadata comes from its text), and so is the rest of a file whose CSV breaks."""
    path = Path(folder) / MANIFEST_NAME
    if not path.is_file():
        return {}
    try:
        content = path.read_bytes().decode("utf-8-sig")
    except UnicodeDecodeError:
        raise CorpusError(f"{path} is not UTF-8; convert it to UTF-8") from None
    except OSError as error:
        raise CorpusError(f"cannot read {path}: {error.strerror or error}") from None
    return _parse_manifest(path, content, warnings)


def _parse_manifest(path: Path, content: str, warnings: list[str] | None) -> dict[str, DocumentMetadata]:
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
            try:
                name, meta = _manifest_row(path, line, header, row)
                if name in entries:
                    raise CorpusError(f"{path}: line {line}, column 'file': {name} is listed twice; keep one row")
            except CorpusError as error:
                if warnings is None:
                    raise
                warnings.append(f"{error} (row skipped)")
                continue
            entries[name] = meta
    except csv.Error as error:
        problem = f"{path}: line {reader.line_num}: malformed CSV ({error}); check the quoting"
        if warnings is None or header is None:
            raise CorpusError(problem) from None
        warnings.append(f"{problem} (the rows from there on skipped)")
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


#: every character :func:`_normalize` changes or drops: line breaks, tabs and the other
#: spaces (Zs), invisible characters and controls (Cc); the rest is copied in runs
_SPECIAL = re.compile("[\x00-\x1f\x7f-\x9f\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000"
                      + _LINE_BREAKS + _INVISIBLE + "]")


def _normalize(text: str) -> tuple[str, list[int]]:
    """Drop BOM and invisible characters, unify line breaks and horizontal spaces."""
    builder = _Builder()
    start = 0
    for match in _SPECIAL.finditer(text):
        index = match.start()
        builder.copy(text[start:index], range(start, index))
        start = index + 1
        char = text[index]
        if char == "\r" and text.startswith("\n", start):
            continue
        if char in _LINE_BREAKS:
            builder.insert("\n", index)
        elif char == "\t" or unicodedata.category(char) == "Zs":
            builder.insert(" ", index)
        # invisible characters and controls are dropped
    builder.copy(text[start:], range(start, len(text)))
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
#: a line without these characters has no markup the rules above would drop
_MARKUP = re.compile(r"[\\#>\[*_]")


def _markdown_line(chars: str, positions: list[int], end: int | None) -> _Line:
    if not chars.strip() or _RULE_LINE.fullmatch(chars):
        return _Line("", [], end)
    if not _MARKUP.search(chars):  # most lines: nothing to drop
        text, kept_positions = _squeeze(chars, positions)
        return _Line(text, kept_positions, end)
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
    if "  " not in text and not text.startswith(" ") and not text.endswith(" "):
        return text, positions
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
        weekday = r"(?:(?:" + words.weekday + r")\s*,?\s+)?"
        self.date_lines = [
            re.compile(r"(?P<prefix>.{0,60}?)\s*\b" + weekday + r"(?P<date>" + form + r")(?![\d])" + words.clock_time
                       + words.reading_time + r"\s*[.|]?\s*", re.IGNORECASE)
            for form in words.date_forms
        ]
        labels = _literal(sorted(words.date_labels, key=len, reverse=True))
        self.labelled_lines = [
            re.compile(r"(?:.{0,60}?[,|·•–—-]\s*)?[\W_]*(?:" + labels + r")\b[\s:,]*(?:on\s+)?" + weekday
                       + r"(?P<date>" + form + r")(?![\d])" + words.clock_time, re.IGNORECASE)
            for form in words.date_forms
        ]
        self.date_label = re.compile(r"\b(?:" + labels + r")\b", re.IGNORECASE)
        link = words.title_date_link
        self.title_dates = [
            re.compile(r"(?P<title>.*?\w.*?)" + link + weekday + r"(?P<date>" + form + r")\)?\s*", re.IGNORECASE)
            for form in words.date_forms
        ]
        self.clock = re.compile(words.clock_time.removesuffix("?"))  # the optional group made required: a time
        self.month_first = re.compile(words.month_first_marks)
        self.iso_stamp = re.compile(words.iso_stamp)
        self.yearless = [re.compile(form, re.IGNORECASE) for form in words.yearless_dates]
        self.stamp_rest = re.compile(
            r"[\W_]*(?:(?:" + _literal(sorted(words.stamp_labels, key=len, reverse=True)) + r"|" + words.weekday
            + r")\b[\W_]*)*", re.IGNORECASE)
        self.weekday_names = {name: number for name, number in lex.dates.weekdays.items()}
        self.weekday_word = re.compile(r"\b(" + _literal(sorted(lex.dates.weekdays)) + r")\b", re.IGNORECASE)
        self.year = re.compile(r"(?<![\d.,/-])(1[89]\d\d|20\d\d)(?![\d%])")
        self.written = [re.compile(form, re.IGNORECASE) for form in words.date_forms + words.yearless_dates
                        if "(?P<month>" in form]
        self.lang = lang
        self.wire_datelines = [re.compile(pattern) for pattern in words.wire_datelines]
        self.yearless_wire = [re.compile(pattern) for pattern in words.yearless_wire_datelines]
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
    date, publisher, date_index = _find_date(header, paragraphs, rules)
    return DocumentMetadata(
        title=_find_title(header, headings, date_index, rules),
        publisher=publisher,
        author=_find_author(paragraphs, header, rules),
        date=date,
    )


# A bare date line ("Friday, 7 June 2024", the menu's date of the day) gives way to a stamped one
# (a label or a time of day) at most this many paragraphs below it that is earlier: the page's own.
_CHROME_DATE_REACH = 8
# Paragraphs at the end of a document where a date line may stand (a footer), when the header has none.
_FOOTER_PARAGRAPHS = 6


@dataclass(frozen=True)
class _DateLine:
    """A date line found in the header: its ISO date, publisher, paragraph, whether it is stamped
    (a label or a time of day beside the date) and whether it stands alone (the title finder looks
    above such a line; a labelled one that runs on into a byline often follows the standfirst)."""

    date: str
    publisher: str | None
    index: int
    stamped: bool
    alone: bool = True


def _find_date(header: list[str], paragraphs: list[str],
               rules: _Rules) -> tuple[str | None, str | None, int | None]:
    """The document's date line: a date alone on a line (with a publisher, a label, a time), a labelled
    one that runs on, a wire dateline, a page stamp, a title that ends with its date, or a footer."""
    lines = [found for index, paragraph in enumerate(header) if (found := _any_date_line(paragraph, index, header, rules))]
    if lines:
        first = lines[0]
        if not first.stamped:  # a bare date of the page's chrome above the page's own stamp
            later = [d for d in lines[1:] if d.stamped and d.index - first.index <= _CHROME_DATE_REACH
                     and d.date < first.date]
            if later:
                first = later[0]
        return first.date, first.publisher, first.index if first.alone else None
    for index, paragraph in enumerate(header):
        wire = _wire_dateline(paragraph, index, header, rules)
        if wire:
            return wire, None, index
    for index, paragraph in enumerate(header):
        stamp = _page_stamp(paragraph, index, header, rules)
        if stamp:
            return stamp, None, index
    for index, paragraph in enumerate(header[:5]):
        titled = _title_date(paragraph, header, rules)
        if titled:
            return titled, None, index + 1
    start = max(len(header), len(paragraphs) - _FOOTER_PARAGRAPHS)
    for index in range(len(paragraphs) - 1, start - 1, -1):
        found = _any_date_line(paragraphs[index], index, paragraphs, rules)
        if found:
            return found.date, None, None
    return None, None, None


def _any_date_line(paragraph: str, index: int, context: list[str], rules: _Rules) -> _DateLine | None:
    """A date line standing alone (80 characters at most), or a labelled one that runs on."""
    if len(paragraph) <= 80:
        found = _date_line(paragraph, rules, context)
        if found:
            return _DateLine(found[0], found[1], index, found[2])
    for pattern in rules.labelled_lines:
        match = pattern.match(paragraph)
        if match:
            day = _date_of(match, paragraph, context, rules)
            if day is not None:
                return _DateLine(day, None, index, True, alone=False)
    return None


def _wire_dateline(paragraph: str, index: int, context: list[str], rules: _Rules) -> str | None:
    """The date of a wire-service dateline opening a paragraph: "NAIROBI, Friday June 20,
    2025 — ...", "QUITO, Ecuador — April 14, 2025 — ...", "BRUSSELS, 27 June 2025 – ...", and
    without a year "TOKYO, Feb. 8 Kyodo - ..." (the year the text shows)."""
    match = next((m for pattern in rules.wire_datelines if (m := pattern.match(paragraph))), None)
    if match:
        try:
            month = rules.months[match.group("month").lower().rstrip(".")]
            return datetime.date(int(match.group("year")), month, int(match.group("day"))).isoformat()
        except (KeyError, ValueError):
            return None
    match = next((m for pattern in rules.yearless_wire if (m := pattern.match(paragraph))), None)
    if match:
        found = rules.months.get(match.group("month").lower().rstrip("."))
        if found is not None:  # the years of dates with a month, else those of the headline ("by 2030" is no date)
            years = _dated_years(context, rules) or _bare_years(context[:max(index, 1)], rules)
            return _year_for(found, int(match.group("day")), paragraph[match.end():], years, rules)
    return None


def _page_stamp(paragraph: str, index: int, context: list[str], rules: _Rules) -> str | None:
    """A page stamp, a time of day and a day without a year ("seen at 14:05, 3 June"): the year is
    the one the header names."""
    if len(paragraph) > 60:
        return None
    clock = rules.clock.search(paragraph)
    day = next((m for pattern in rules.yearless if (m := pattern.search(paragraph))), None)
    if clock is None or day is None or not (clock.end() <= day.start() or day.end() <= clock.start()):
        return None
    rest = "".join(ch for k, ch in enumerate(paragraph) if not (clock.start() <= k < clock.end()
                                                               or day.start() <= k < day.end()))
    if rules.stamp_rest.fullmatch(rest) is None:
        return None
    month = rules.months.get(day.group("month").lower().rstrip("."))
    if month is None:
        return None
    years = _bare_years(context[:index], rules) or _dated_years(context, rules)
    return _year_for(month, int(day.group("day")), "", years, rules)


def _title_date(paragraph: str, context: list[str], rules: _Rules) -> str | None:
    """The date a title ends with: "Transcript of the interview ..., 14 October 2025", "Regular Press
    Conference on December 3, 2025", "Weekly Media Briefing (November 20, 2025)"."""
    if len(paragraph) > 250 or paragraph.endswith("."):
        return None
    for pattern in rules.title_dates:
        match = pattern.fullmatch(paragraph)
        if match and len(match.group("title").split()) >= 3:
            return _date_of(match, paragraph, context, rules)
    return None


def _dated_years(context: list[str], rules: _Rules) -> list[int]:
    """The years of the text's dates with a month ("in September 2024", "on 3 May 2023")."""
    lex = lexicon(rules.lang)
    out: list[int] = []
    for paragraph in context:
        for _, _, expression in find_date_expressions(paragraph, lex=lex):
            parsed = parse_expression(expression, lex=lex)
            if parsed is not None and parsed.kind in ("date", "month") and parsed.year is not None:
                out.append(parsed.year)
    return out


def _bare_years(context: list[str], rules: _Rules) -> list[int]:
    """Every year-like number of the text ("Budget 2024: ...")."""
    return [int(y) for paragraph in context for y in rules.year.findall(paragraph)]


def _year_for(month: int, day: int, lead: str, years: list[int], rules: _Rules) -> str | None:
    """The year of a day and month a dateline gives without one: the latest of the text's ``years``, or,
    when the first sentence names a weekday ("agreed Saturday"), the year (one of those or the one after
    one of them, the latest first) in which the day falls on that weekday, or else the day after it."""
    if not years:
        return None
    named = rules.weekday_word.search(lead[:200])
    if named is None:
        try:
            return datetime.date(max(years), month, day).isoformat()
        except ValueError:
            return None
    weekday = rules.weekday_names[named.group(1).lower()]
    candidates = sorted(set(years) | {y + 1 for y in years}, reverse=True)
    for shift in (0, 1):  # the day of the dateline, or the day before it ("said on Friday" in Saturday's story)
        for year in candidates:
            try:
                found = datetime.date(year, month, day)
            except ValueError:
                continue
            if (found - datetime.timedelta(days=shift)).weekday() == weekday:
                return found.isoformat()
    return None


def _date_of(match: re.Match[str], line: str, context: list[str], rules: _Rules) -> str | None:
    """The ISO date of a date-form match; a date in figures whose day and month could be swapped is read
    by the stamp on its line, a clock that marks the month-first order, a written date in the text, or the
    language's habit."""
    groups = match.groupdict()
    try:
        if groups.get("mon"):
            return datetime.date(int(groups["year"]), int(groups["mon"]), int(groups["dd"])).isoformat()
        if groups.get("first"):
            return _numeric_date(int(groups["first"]), int(groups["second"]), int(groups["year"]), line,
                                 context, rules)
        month = rules.months[groups["month"].lower().rstrip(".")]
        return datetime.date(int(groups["year"]), month, int(groups["day"])).isoformat()
    except (KeyError, ValueError):
        return None


def _numeric_date(first: int, second: int, year: int, line: str, context: list[str], rules: _Rules) -> str | None:
    readings: list[datetime.date] = []
    for month, day in ((second, first), (first, second)):  # day first, then month first
        try:
            readings.append(datetime.date(year, month, day))
        except ValueError:
            continue
    if not readings:
        return None
    if len(readings) == 1 or readings[0] == readings[1]:
        return readings[0].isoformat()
    day_first, month_first = readings
    stamp = rules.iso_stamp.search(line)
    if stamp:
        stamped = (int(stamp.group("year")), int(stamp.group("mon")), int(stamp.group("dd")))
        for reading in readings:
            if (reading.year, reading.month, reading.day) == stamped:
                return reading.isoformat()
    if rules.month_first.search(line):
        return month_first.isoformat()
    written = _written_days(context, rules)
    shown = [r for r in readings if (r.month, r.day) in written]
    if len(shown) == 1:
        return shown[0].isoformat()
    return (day_first if rules.words.day_first else month_first).isoformat()


def _written_days(context: list[str], rules: _Rules) -> set[tuple[int, int]]:
    """(month, day) of the dates the text writes with a month name ("Thursday (Jun. 5)", "December 4, 2025")."""
    out: set[tuple[int, int]] = set()
    for paragraph in context:
        for pattern in rules.written:
            for m in pattern.finditer(paragraph):
                month = rules.months.get(m.group("month").lower().rstrip("."))
                if month is not None:
                    out.add((month, int(m.group("day"))))
    return out


def _date_line(paragraph: str, rules: _Rules,
               context: list[str] | None = None) -> tuple[str, str | None, bool] | None:
    """(ISO date, publisher or None, stamped) when ``paragraph`` is a dateline; stamped: a label or a time
    of day beside the date."""
    for pattern in rules.date_lines:
        match = pattern.fullmatch(paragraph)
        if not match:
            continue
        day = _date_of(match, paragraph, context or [paragraph], rules)
        if day is None:
            continue
        prefix = match.group("prefix").strip()
        if not _publisher_like(prefix, rules):
            prefix = paragraph[:match.start("date")].strip()  # the weekday too: "By Jane Doe | Published on Tuesday,"
        publisher = _publisher(prefix, rules)
        if not _publisher_like(prefix, rules):
            if not (match.groupdict().get("mon") and rules.clock.search(paragraph[match.start("mon"):])
                    and len(prefix.split()) <= 3):
                continue
            publisher = None  # a section name before a machine stamp ("World 2024-03-05 10:22:33")
        labelled = bool(rules.date_label.search(prefix))
        stamped = labelled or bool(rules.clock.search(paragraph[match.end("prefix"):]))
        return day, publisher, stamped
    return None


def _publisher_like(prefix: str, rules: _Rules) -> bool:
    """What may stand before the date of a date line: nothing, a label or weekday, or text that ends in
    punctuation ("Global Research,", "By Jane Doe |")."""
    return not prefix or bool(re.search(r"[,|:·•–—-]$", prefix)) or prefix.lower() in rules.words.not_publishers


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
