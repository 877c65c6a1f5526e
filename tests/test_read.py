"""Tests of kg.read: documents, clean text with offsets, manifest, inferred metadata."""

from __future__ import annotations

import bisect
import itertools
import random
import re
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kg.errors import CorpusError
from kg.read import (
    DocumentMetadata,
    clean_text,
    infer_metadata,
    is_hard_wrapped,
    read_corpus,
    read_document,
    read_manifest,
)
from kg.records import Document

CORPUS = Path(__file__).resolve().parent.parent / "corpus"
SEEDS = sorted(path.name for path in CORPUS.glob("*.txt"))


def doc_of(tmp_path: Path, content: str | bytes, name: str = "doc.txt") -> Document:
    path = tmp_path / name
    if isinstance(content, str):
        content = content.encode("utf-8")
    path.write_bytes(content)
    return read_document(path)


def check_offsets(text: str, clean: str, offsets: list[int]) -> None:
    """Each clean character is its text character, or an inserted space/newline at whitespace."""
    assert len(offsets) == len(clean) + 1
    assert offsets[-1] == len(text)
    assert all(a <= b for a, b in itertools.pairwise(offsets))
    for index, char in enumerate(clean):
        original = text[offsets[index]]
        if char != original:
            assert char in " \n", (index, char, original)
            assert original.isspace() or original == "-", (index, char, original)


def fold(value: str) -> str:
    """Text with markdown markup, hyphen breaks and whitespace differences folded away."""
    value = re.sub(r"[\ufeff\u200b\u2060\u00ad]", "", value).replace("\r\n", "\n").replace("\r", "\n")
    value = re.sub(r"\]\([^()\s]*\)", "", value)  # the (url) part of a link
    value = re.sub(r"!(?=\[)", "", value)  # image marker
    value = re.sub(r"[\[\]*_#\\]", "", value)
    value = re.sub(r"(?m)^\s*-{3,}\s*$", "", value)  # horizontal rules
    value = re.sub(r"(\w-)\s+", r"\1", value)
    return re.sub(r"\s+", " ", value).strip()


def fold_chars(value: str) -> str:
    """Coarser :func:`fold` for random text: every markup character is dropped."""
    value = re.sub(r"[\ufeff\u200b\u2060\u00ad\[\]()#*_\\!]", "", value)
    value = re.sub(
        r"(?m)^[ \t\u00a0]*-(?:[ \t\u00a0]*-){2,}[ \t\u00a0]*$",
        "",
        value.replace("\r\n", "\n").replace("\r", "\n"),
    )
    value = re.sub(r"(\w-)\s+", r"\1", value)
    return re.sub(r"\s+", " ", value).strip()


def alnum(value: str) -> str:
    return "".join(char for char in value if char.isalnum())


# ---------------------------------------------------------------- seeds


@pytest.fixture(scope="module")
def seeds() -> dict[str, Document]:
    documents, warnings = read_corpus(CORPUS)
    assert warnings == []
    return {document.name: document for document in documents}


def seed(seeds: dict[str, Document], prefix: str) -> Document:
    return next(document for name, document in seeds.items() if name.startswith(prefix))


def test_corpus_reads_all_seeds_sorted(seeds: dict[str, Document]) -> None:
    assert list(seeds) == SEEDS
    assert len(seeds) == 5


@pytest.mark.parametrize("name", SEEDS)
def test_seed_text_is_exact_file_and_offsets_hold(seeds: dict[str, Document], name: str) -> None:
    document = seeds[name]
    data = (CORPUS / name).read_bytes()
    assert document.text == data.decode("utf-8")
    assert re.fullmatch(r"sha256:[0-9a-f]{64}", document.checksum)
    check_offsets(document.text, document.clean, document.offsets)
    assert "\r" not in document.clean and "\ufeff" not in document.clean
    assert "  " not in document.clean
    assert "**" not in document.clean and "](" not in document.clean
    assert "\n\n\n" not in document.clean
    assert document.clean == document.clean.strip()


@pytest.mark.parametrize("name", SEEDS)
def test_seed_spans_fold_to_clean(seeds: dict[str, Document], name: str) -> None:
    document = seeds[name]
    clean = document.clean
    starts = [i for i, char in enumerate(clean) if not char.isspace()]
    rng = random.Random(name)
    for _ in range(400):
        a, b = sorted(rng.sample(starts, 2))
        if b - a > 600:
            b = starts[bisect.bisect_left(starts, a + rng.randint(1, 600))]
        span = document.span(a, b + 1)
        assert span.text == document.text[span.start : span.end]
        assert fold(span.text) == fold(clean[a : b + 1]), (a, b)


def test_seed_manifest_metadata(seeds: dict[str, Document]) -> None:
    manifest = read_manifest(CORPUS)
    assert set(manifest) == set(SEEDS)
    for name, meta in manifest.items():
        document = seeds[name]
        for field in ("title", "publisher", "author", "date", "url"):
            value = getattr(meta, field)
            if value is not None:
                assert getattr(document, field) == value, (name, field)


def test_seed_metadata_values(seeds: dict[str, Document]) -> None:
    korybko = seed(seeds, "000")
    assert (korybko.publisher, korybko.author, korybko.date) == (
        "Global Research",
        "Andrew Korybko",
        "2024-12-19",
    )
    assert korybko.title == "The Azerbaijani President Reaffirmed His Country's Alliance with Russia"
    caliber = seed(seeds, "003")
    assert (caliber.publisher, caliber.date) == ("Caliber.az", "2025-08-27")
    blogs = seed(seeds, "004")
    assert (blogs.publisher, blogs.author, blogs.date) == ("Foreign Policy Blogs", "Rachel Avraham", None)
    assert blogs.title == "Azerbaijan’s Ally Ilham Aliyev: An Ally of the West"
    assert seed(seeds, "001").date is None


def test_seed_hard_wrap_decision(seeds: dict[str, Document]) -> None:
    for name, document in seeds.items():
        lines = [line.strip() for line in document.text.splitlines()]
        assert is_hard_wrapped(lines) == name.startswith("002"), name


def test_seed_starts(seeds: dict[str, Document]) -> None:
    assert seed(seeds, "000").clean.startswith(
        "The Azerbaijani President Reaffirmed His Country's Alliance with Russia\n\nBy Andrew Korybko\n\n"
        "Global Research, December 19, 2024\n\nRegion: Europe, Russia and FSU\n\nTheme: Intelligence\n\n"
        "Azerbaijani President Ilham Aliyev reaffirmed"
    )
    # a title line without final punctuation stays apart from the first sentence
    assert seed(seeds, "001").clean.startswith(
        "Aliyev Rejects Turkish Military Base Talk, Condemns Western Arms Supplies to Armenia, "
        "and Seeks Diplomatic Role between Russia and NATO\n\nOn December 17, Ilham Aliyev"
    )
    assert seed(seeds, "002").clean.startswith(
        ". President Ilham Aliyev wins election by a landslide\n\n"
        "Azerbaijan's early presidential elections, initially slated for 2025, unfolded on February 7, 2024,"
    )
    assert (
        "\n\nPresident Aliyev’s rock-solid arguments Baku’s messages to Moscow\n\n27 August 2025 17:33\n\n"
        in (seed(seeds, "003").clean)
    )
    assert seed(seeds, "004").clean.startswith(
        "Foreign Policy Blogs\n\nAzerbaijan’s Ally Ilham Aliyev: An Ally of the West\n\n"
    )


def test_markdown_of_seed_000(seeds: dict[str, Document]) -> None:
    clean = seed(seeds, "000").clean
    assert "record $5 billion military budget this year" in clean  # escape and page break mended
    assert "numbers just approximately 20 people." in clean
    assert "#" not in clean and "\\" not in clean and "---" not in clean
    assert "contact: publications@globalresearch.ca\n\nwww.globalresearch.ca contains" in clean
    assert "Copyright © Andrew Korybko, Global Research, 2024" in clean


def test_hyphen_break_in_seed_002(seeds: dict[str, Document]) -> None:
    document = seed(seeds, "002")
    index = document.clean.index("Muslim-majority")
    span = document.span(index, index + len("Muslim-majority"))
    assert span.text == "Muslim-\nmajority"
    assert document.text[span.start : span.end] == span.text
    assert "counter-terrorist operation in Garabagh" in document.clean
    assert "by year-end." in document.clean
    assert "(1993-2020)" in document.clean


def test_names_split_over_lines_join_in_seed_002(seeds: dict[str, Document]) -> None:
    document = seed(seeds, "002")
    assert "President Illham\nAliyev asserted" in document.text
    index = document.clean.index("President Illham Aliyev asserted")
    span = document.span(index, index + len("President Illham Aliyev"))
    assert span.text == "President Illham\nAliyev"
    assert "between Russia and NATO\nOn December" not in document.clean


# ---------------------------------------------------------------- small texts


def test_bom_is_kept_in_text_and_dropped_in_clean(tmp_path: Path) -> None:
    document = doc_of(tmp_path, "\ufeffAliyev spoke.\n")
    assert document.text[0] == "\ufeff"
    assert document.clean == "Aliyev spoke."
    assert document.offsets[0] == 1
    word = document.clean.index("spoke")
    assert document.span(word, word + 5) == type(document.span(0, 1))(8, 13, "spoke")


def test_crlf_and_cr(tmp_path: Path) -> None:
    document = doc_of(tmp_path, "Title line\r\nFirst sentence here.\r\n\r\nSecond one.\rThird.")
    assert "\r" in document.text
    assert document.clean == "Title line\n\nFirst sentence here.\n\nSecond one.\n\nThird."
    check_offsets(document.text, document.clean, document.offsets)
    index = document.clean.index("Second")
    assert document.text[document.offsets[index] :].startswith("Second one.\rThird.")


def test_bold_and_links(tmp_path: Path) -> None:
    text = "Intro **bold words** and [a link](#) or [mail](mailto:a@b.c) and ![img](x.png).\n"
    document = doc_of(tmp_path, text)
    assert document.clean == "Intro bold words and a link or mail and img."
    check_offsets(document.text, document.clean, document.offsets)
    index = document.clean.index("bold words")
    assert document.span(index, index + 10).text == "bold words"
    index = document.clean.index("a link or")
    assert document.span(index, index + 9).text == "a link](#) or"


def test_markdown_line_rules(tmp_path: Path) -> None:
    text = "# Heading Here #\n\nSome *emphasis* and __strong__ with snake_case kept, 3 * 4.\n\n---\n\n\\*\n\n> Quoted \\$5 text\n"
    document = doc_of(tmp_path, text)
    assert (
        document.clean
        == "Heading Here\n\nSome emphasis and strong with snake_case kept, 3 * 4.\n\nQuoted $5 text"
    )
    check_offsets(document.text, document.clean, document.offsets)


def test_spaces_collapse_to_the_first(tmp_path: Path) -> None:
    document = doc_of(tmp_path, "  From  Armenian \u00a0 occupation\tnow.  ")
    assert document.clean == "From Armenian occupation now."
    index = document.clean.index(" Armenian")
    assert document.offsets[index] == 6


def test_hard_wrapped_text_joins_lines(tmp_path: Path) -> None:
    text = (
        "A short title\n"
        "\n"
        "The decision to conduct early presidential\n"
        "elections was influenced by the counter-\n"
        "   terrorist operation, a context that\n"
        "President Illham\n"
        "Aliyev highlighted when explaining the\n"
        "rationale behind the elections.\n"
        "\n"
        "Next paragraph begins here and runs\n"
        "on for a while.\n"
    )
    document = doc_of(tmp_path, text)
    assert document.clean == (
        "A short title\n\nThe decision to conduct early presidential elections was influenced by the "
        "counter-terrorist operation, a context that President Illham Aliyev highlighted when explaining "
        "the rationale behind the elections.\n\nNext paragraph begins here and runs on for a while."
    )
    check_offsets(document.text, document.clean, document.offsets)
    index = document.clean.index("counter-terrorist")
    assert document.span(index, index + 17).text == "counter-\n   terrorist"


def test_paragraph_per_line_text_keeps_lines_apart(tmp_path: Path) -> None:
    text = (
        "Title Without Punctuation\nThe first sentence of the body is here. "
        + "Long text " * 20
        + "\nAnother one.\n"
    )
    document = doc_of(tmp_path, text)
    assert document.clean.startswith("Title Without Punctuation\n\nThe first sentence")
    assert document.clean.endswith("Long text\n\nAnother one.")


def test_ocr_bars_and_spellings_stay(tmp_path: Path) -> None:
    lines = ["elections would be the first to be held. |", "thought that would not be right.”", "|"]
    text = "\n".join(lines + ["President llham AliyeVv’s vote, in his words, served as"] * 3) + "\n"
    document = doc_of(tmp_path, text)
    assert "held. | thought" in document.clean
    assert "llham AliyeVv’s" in document.clean


def test_empty_and_odd_content(tmp_path: Path) -> None:
    with pytest.raises(CorpusError, match="empty"):
        doc_of(tmp_path, b"")
    with pytest.raises(CorpusError, match="no text"):
        doc_of(tmp_path, "  \n\n---\n")
    document = doc_of(tmp_path, "a\x00b\x0cc\u200bd")
    check_offsets(document.text, document.clean, document.offsets)
    assert document.clean == "ab\n\ncd"


# ---------------------------------------------------------------- property


TOKENS = st.sampled_from(
    [
        "word", "Aliyev", "x", "9", "é", " ", "  ", "\t", "\u00a0", "\n", "\n\n", "\r\n", "\r", "\ufeff",
        "*", "**", "__", "_", "[", "](#)", "#", "# ", "\\$", "\\*", "\\", "---",
        "-\n", "- ", "counter-\nterrorist", ".", ",", "|", "“", "’", "!",
    ]
)  # fmt: skip


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(TOKENS, max_size=60), st.data())
def test_offsets_property(tokens: list[str], data: st.DataObject) -> None:
    text = "".join(tokens)
    clean, offsets = clean_text(text)
    check_offsets(text, clean, offsets)
    assert "\r" not in clean and "\ufeff" not in clean and "  " not in clean
    assert alnum(clean) == alnum(text)
    starts = [i for i, char in enumerate(clean) if not char.isspace()]
    if len(starts) < 2:
        return
    a, b = sorted(data.draw(st.lists(st.sampled_from(starts), min_size=2, max_size=2)))
    document = Document("t.txt", Path("t.txt"), text, clean, offsets, "sha256:")
    span = document.span(a, b + 1)
    assert span.text == text[span.start : span.end]
    assert alnum(span.text) == alnum(clean[a : b + 1])
    assert fold_chars(span.text) == fold_chars(clean[a : b + 1])


# ---------------------------------------------------------------- corpus folder


def test_corpus_skips_bad_files_with_warnings(tmp_path: Path) -> None:
    (tmp_path / "b_good.md").write_text("Good text here.\n", encoding="utf-8")
    (tmp_path / "c_empty.txt").write_bytes(b"")
    (tmp_path / "notes.docx").write_bytes(b"\x00\x01")
    (tmp_path / "d_ok.txt").write_text("Other text.\n", encoding="utf-8")
    documents, warnings = read_corpus(tmp_path)
    assert [document.name for document in documents] == ["b_good.md", "d_ok.txt"]
    assert len(warnings) == 1 and "c_empty.txt" in warnings[0] and "empty" in warnings[0]


def test_corpus_folder_errors(tmp_path: Path) -> None:
    missing = tmp_path / "nowhere"
    with pytest.raises(CorpusError, match="nowhere"):
        read_corpus(missing)
    (tmp_path / "notes.docx").write_bytes(b"x")
    with pytest.raises(CorpusError, match=r"\.txt.*\.md"):
        read_corpus(tmp_path)


# ---------------------------------------------------------------- manifest


def test_manifest_parsing(tmp_path: Path) -> None:
    (tmp_path / "manifest.csv").write_text(
        "\ufefffile,title,publisher,author,date,url\n"
        'a.txt,"A title, with comma",Pub,Ann Author,2024-12-19,https://example.org/a\n'
        "b.txt,,,,,\n",
        encoding="utf-8",
    )
    manifest = read_manifest(tmp_path)
    assert manifest["a.txt"] == DocumentMetadata(
        "A title, with comma", "Pub", "Ann Author", "2024-12-19", "https://example.org/a"
    )
    assert manifest["b.txt"] == DocumentMetadata()
    assert read_manifest(tmp_path / "none") == {}


def test_manifest_values_win_field_by_field(tmp_path: Path) -> None:
    (tmp_path / "manifest.csv").write_text("file,title,date\na.txt,Manifest Title,\n", encoding="utf-8")
    (tmp_path / "a.txt").write_text(
        "Some Inferred Title Here\n\nBy Jane Doe\n\nMay 3, 2021\n\nBody.\n", encoding="utf-8"
    )
    (documents, warnings) = read_corpus(tmp_path)
    assert warnings == []
    document = documents[0]
    assert (document.title, document.author, document.date) == ("Manifest Title", "Jane Doe", "2021-05-03")


@pytest.mark.parametrize(
    ("content", "pattern"),
    [
        ("file,title,date\na.txt,T,19/12/2024\n", r"line 2, column 'date'"),
        ("file,title,colour\na.txt,T,red\n", r"line 1, column 3: unknown column 'colour'"),
        ("title,date\nT,2024-01-01\n", r"line 1: the header has no 'file' column"),
        ("file,title\na.txt,T,extra\n", r"line 2: 3 fields"),
        ("file,title\n\na.txt,T\na.txt,U\n", r"line 4, column 'file'"),
        ("file,url\na.txt,example.org\n", r"line 2, column 'url'"),
        ('file,title\na.txt,"unclosed\n', r"line \d"),
    ],
)
def test_malformed_manifest(tmp_path: Path, content: str, pattern: str) -> None:
    (tmp_path / "manifest.csv").write_text(content, encoding="utf-8")
    with pytest.raises(CorpusError, match=pattern) as info:
        read_manifest(tmp_path)
    assert "manifest.csv" in str(info.value)


def test_bad_manifest_rows_are_skipped_and_the_others_kept(tmp_path: Path) -> None:
    """Regression: one bad manifest row stopped the whole build."""
    for name in ("a.txt", "b.txt", "c.txt"):
        (tmp_path / name).write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "manifest.csv").write_text(
        "file,title,date\na.txt,Good,2024-01-02\nb.txt,Bad,19/12/2024\na.txt,Twice,2024-01-03\nc.txt,Fine,\n",
        encoding="utf-8",
    )
    documents, warnings = read_corpus(tmp_path)
    titles = {d.name: d.title for d in documents}
    assert titles["a.txt"] == "Good" and titles["c.txt"] == "Fine"
    assert titles["b.txt"] != "Bad"  # from its text, as if unlisted
    assert len(warnings) == 2
    assert "line 3, column 'date'" in warnings[0] and warnings[0].endswith("(row skipped)")
    assert "line 4, column 'file': a.txt is listed twice" in warnings[1]


def test_manifest_whose_csv_breaks_keeps_the_rows_before(tmp_path: Path) -> None:
    for name in ("a.txt", "b.txt"):
        (tmp_path / name).write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "manifest.csv").write_text('file,title\na.txt,Good\nb.txt,"unclosed\n', encoding="utf-8")
    documents, warnings = read_corpus(tmp_path)
    assert {d.name: d.title for d in documents}["a.txt"] == "Good"
    assert len(warnings) == 1 and "malformed CSV" in warnings[0] and "skipped" in warnings[0]


# ---------------------------------------------------------------- inferred metadata


def test_infer_dates() -> None:
    assert infer_metadata("Title of It All\n\nDecember 19, 2024\n\nText.").date == "2024-12-19"
    assert infer_metadata("Title of It All\n\n27 August 2025 17:33\n\nText.").date == "2025-08-27"
    assert infer_metadata("Title of It All\n\n2024-12-19\n\nText.").date == "2024-12-19"
    assert infer_metadata("Title of It All\n\nDec. 19, 2024\n\nText.").date == "2024-12-19"
    assert (
        infer_metadata("Title of It All\n\nPublished: Thursday, December 19, 2024 at 10:05 am\n").date
        == "2024-12-19"
    )
    assert infer_metadata("Title of It All\n\nFebruary 30, 2024\n").date is None
    assert infer_metadata("On December 17, 2024, Aliyev gave an interview to a news agency.").date is None
    assert infer_metadata("Title\n\nOn December 17, Aliyev spoke.").date is None


def test_infer_publisher_author_title() -> None:
    meta = infer_metadata(
        "\n\n# The Big Title Here\n\nBy [Andrew Korybko](#)\n\nGlobal Research, December 19, 2024\n\nBody text."
    )
    assert meta == DocumentMetadata(
        "The Big Title Here", "Global Research", "Andrew Korybko", "2024-12-19", None
    )
    meta = infer_metadata(
        "Site Name\n\nThe Real Title Is This\n\nThe Real Title Is This\n\nBody.\n\nAuthor\n\nRachel Avraham\n\nBio."
    )
    assert (meta.title, meta.author) == ("The Real Title Is This", "Rachel Avraham")
    meta = infer_metadata(
        "twitter\nsearch\nWHAT ARE YOU LOOKING FOR ?\nOPINION\nA Title Before The Date\n\n27 August 2025 17:33\n"
    )
    assert meta.title == "A Title Before The Date"
    assert (
        infer_metadata(" . President wins election\nby a landslide\n\nfoo bar.").title
        == "President wins election by a landslide"
    )
    assert infer_metadata("by a landslide of votes\n\nText.").author is None
    assert infer_metadata("") == DocumentMetadata()
    assert infer_metadata("ok.") == DocumentMetadata()


def test_wire_service_dateline_dates_the_document() -> None:
    assert infer_metadata("Headline\n\nNAIROBI, Friday June 20, 2025 — Parliament passed the bill.").date == "2025-06-20"
    assert infer_metadata("Headline\n\nQUITO, Ecuador — April 14, 2025 — Voters chose.").date == "2025-04-14"
    assert infer_metadata("Headline\n\nThe talks, June 2, 2025, failed.").date is None


def test_wire_dateline_with_the_day_first() -> None:
    assert infer_metadata("Headline\n\nBRUSSELS, 27 June 2025 – Leaders agreed.").date == "2025-06-27"
    assert infer_metadata("Headline\n\nMANILA, Monday 14 April 2025 (AP) - It began.").date == "2025-04-14"


def test_normalize_changes_exactly_the_breaks_spaces_invisibles_and_controls() -> None:
    """Text is copied in runs between the characters the cleaner changes; every other
    code point (whatever the Unicode version) must stay as it is."""
    import unicodedata

    from kg.read import _INVISIBLE, _LINE_BREAKS, _SPECIAL

    def changed(char: str) -> bool:
        category = unicodedata.category(char)
        return char in _LINE_BREAKS or char == "\t" or char in _INVISIBLE or category == "Cc" or (
            category == "Zs" and char != " ")

    wrong = [hex(code) for code in range(0x110000) if bool(_SPECIAL.match(chr(code))) != changed(chr(code))]
    assert wrong == []


ARTICLE = "Paris, 3 May 2024. The minister said the talks would go on.\n"


def _corpus_with(tmp_path: Path) -> Path:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "a.txt").write_text(ARTICLE, encoding="utf-8")
    return corpus


def test_symlink_out_of_the_corpus_is_not_followed(tmp_path: Path) -> None:
    """Regression: a link to /etc/passwd put that file's text in the graph."""
    secret = tmp_path / "secret.txt"
    secret.write_text("root:x:0:0", encoding="utf-8")
    corpus = _corpus_with(tmp_path)
    (corpus / "b.txt").symlink_to(secret)
    (corpus / "c.txt").symlink_to(corpus / "a.txt")  # a link inside the folder is read
    documents, warnings = read_corpus(corpus)
    assert [d.name for d in documents] == ["a.txt", "c.txt"]
    assert len(warnings) == 1 and warnings[0].startswith("skipped b.txt: a symbolic link out of the corpus folder")


def test_symlink_loops_fifos_and_subfolders_are_reported(tmp_path: Path) -> None:
    import os

    corpus = _corpus_with(tmp_path)
    (corpus / "loop.txt").symlink_to(corpus / "loop.txt")
    os.mkfifo(corpus / "pipe.txt")
    (corpus / "older").mkdir()
    (corpus / ".git").mkdir()  # hidden: ignored without a word
    documents, warnings = read_corpus(corpus)
    assert [d.name for d in documents] == ["a.txt"]
    assert warnings[0].startswith("skipped loop.txt: a symbolic link that leads nowhere or in a loop")
    assert warnings[1].startswith("skipped pipe.txt: not a regular file")
    assert "(older/)" in warnings[2] and ".git" not in warnings[2]
    assert len(warnings) == 3


def test_file_name_that_is_not_utf8_is_skipped_with_its_name(tmp_path: Path) -> None:
    """Regression: a name with an invalid UTF-8 byte crashed the build with a traceback."""
    import os

    corpus = _corpus_with(tmp_path)
    with open(os.path.join(os.fsencode(corpus), b"caf\xe9.txt"), "w", encoding="utf-8") as handle:
        handle.write(ARTICLE)
    documents, warnings = read_corpus(corpus)
    assert [d.name for d in documents] == ["a.txt"]
    assert warnings == ["skipped caf\\xe9.txt: its file name is not valid UTF-8; rename it "
                        "(e.g. with convmv -f latin1 -t utf8)"]


def test_corpus_of_unreadable_entries_only_says_why(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "b.txt").symlink_to(tmp_path / "missing.txt")
    with pytest.raises(CorpusError, match="has no documents.*leads nowhere"):
        read_corpus(corpus)


def test_document_too_large_to_parse_is_skipped_before_it_is_read(tmp_path: Path) -> None:
    """Regression: a 50 MB document was rejected only after 3.6 GB of memory."""
    from kg.read import MAX_DOCUMENT_BYTES

    corpus = _corpus_with(tmp_path)
    with open(corpus / "dump.txt", "w", encoding="utf-8") as handle:
        handle.write("word " * (MAX_DOCUMENT_BYTES // 5 + 1))
    documents, warnings = read_corpus(corpus)
    assert [d.name for d in documents] == ["a.txt"]
    assert len(warnings) == 1 and warnings[0].startswith("skipped dump.txt:")
    assert "more than a document can hold" in warnings[0] and "split the file into parts" in warnings[0]


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
def test_utf16_with_a_byte_order_mark_is_read(tmp_path: Path, codec: str) -> None:
    """Regression: a UTF-16 file was refused and told to convert from WINDOWS-1252."""
    text = "\ufeff" + ARTICLE.replace("\n", "\r\n") + "Ünïcode — “quoted”.\r\n"
    (tmp_path / "u.txt").write_bytes(text.encode(codec))
    (tmp_path / "v.txt").write_bytes(text.encode("utf-8"))
    documents, warnings = read_corpus(tmp_path)
    assert warnings == []
    utf16, utf8 = documents
    assert utf16.text == text and (utf16.clean, utf16.offsets) == (utf8.clean, utf8.offsets)


@pytest.mark.parametrize(("head", "what"), [(b"%PDF-1.7\n", "a PDF file"), (b"PK\x03\x04", "a ZIP archive")])
def test_binary_files_named_txt_are_skipped_with_what_they_are(tmp_path: Path, head: bytes, what: str) -> None:
    corpus = _corpus_with(tmp_path)
    (corpus / "report.txt").write_bytes(head + bytes(range(256)) * 4)
    documents, warnings = read_corpus(corpus)
    assert [d.name for d in documents] == ["a.txt"]
    assert len(warnings) == 1 and warnings[0].startswith("skipped report.txt:") and what in warnings[0]


def test_other_encodings_are_read_as_windows_1252_with_a_warning_saying_how_to_convert(tmp_path: Path) -> None:
    """Regression: a file that was not UTF-8 was refused, and its text lost to the graph."""
    corpus = _corpus_with(tmp_path)
    text = "Le ministre a déclaré : « l’accord est signé ». Café 20 €\r\n"
    (corpus / "latin.txt").write_bytes(text.encode("cp1252"))
    documents, warnings = read_corpus(corpus)
    latin = next(d for d in documents if d.name == "latin.txt")
    assert latin.text == text and latin.encoding == "windows-1252"
    assert warnings == [latin.warning]
    assert latin.warning is not None and "latin.txt is not UTF-8 (bad byte at offset 15): read as windows-1252" in latin.warning
    assert "file -i" in latin.warning and "iconv" in latin.warning
    utf8 = next(d for d in documents if d.name == "a.txt")
    assert utf8.encoding is None and utf8.warning is None


def test_every_byte_of_a_windows_1252_file_is_one_character(tmp_path: Path) -> None:
    """Offsets count the decoded characters: with one per byte, a span's offsets are also the
    file's byte offsets; the five bytes windows-1252 leaves undefined are C1 controls."""
    data = b"Odd bytes \x80\x81\x8d\x8f\x90\x9d\xff end.\n" + bytes(range(0x20, 0x100))
    (tmp_path / "odd.txt").write_bytes(data)
    document = read_document(tmp_path / "odd.txt")
    assert len(document.text) == len(data)
    assert document.text[10:17] == "€\x81\x8d\x8f\x90\x9dÿ"
    assert all(document.text[i].encode("cp1252", errors="ignore") in (data[i:i + 1], b"") for i in range(len(data)))


