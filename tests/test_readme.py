"""The README's commands work as written.

Every fenced ``bash`` block of README.md is parsed; each ``kg ...`` command in it runs
in-process (typer's CliRunner, the ``.venv/bin/`` prefix stripped) from the project folder
against a copy of the session's built store (``$KG_STORE``), and must exit 0. The
Quickstart's install and pytest commands are not run, but their shape is checked. The
command reference table is checked against the CLI itself.
"""
from __future__ import annotations

import re
import shlex
from dataclasses import dataclass
from pathlib import Path

import pytest
from conftest import README, ROOT, WIDE, copy_store, corpus_files, require_same_extractor
from typer.testing import CliRunner

from kg.cli import app

KG_PREFIXES = ("kg", ".venv/bin/kg")
SHELL_OPERATORS = {"|", "||", ";", ">", ">>", "<", "&"}


@dataclass(frozen=True)
class CommandLine:
    section: str  # the "## " heading the block is under
    line: str
    parts: tuple[tuple[str, ...], ...]  # the commands joined by &&, as argv lists


def bash_blocks(text: str) -> list[tuple[str, str]]:
    """(section heading, block body) of every ```bash fenced block."""
    blocks: list[tuple[str, str]] = []
    section, inside = "", False
    body: list[str] = []
    for line in text.splitlines():
        if not inside and line.startswith("## "):
            section = line[3:].strip()
        elif not inside and re.match(r"^```\s*(bash|sh|shell|console)\s*$", line):
            inside, body = True, []
        elif inside and line.startswith("```"):
            blocks.append((section, "\n".join(body)))
            inside = False
        elif inside:
            body.append(line)
    assert not inside, "README.md has an unclosed code block"
    return blocks


def command_lines(text: str) -> list[CommandLine]:
    found = []
    for section, body in bash_blocks(text):
        for line in body.splitlines():
            if not line.strip() or line.lstrip().startswith("#"):
                continue
            tokens = shlex.split(line)
            assert not SHELL_OPERATORS & set(tokens), f"unsupported shell syntax in README: {line}"
            parts: list[tuple[str, ...]] = []
            current: list[str] = []
            for token in tokens:
                if token == "&&":
                    parts.append(tuple(current))
                    current = []
                else:
                    current.append(token)
            parts.append(tuple(current))
            assert all(parts), f"empty command in README line: {line}"
            found.append(CommandLine(section, line, tuple(parts)))
    return found


COMMAND_LINES = command_lines(README.read_text(encoding="utf-8"))
QUICKSTART = [c for c in COMMAND_LINES if c.section == "Quickstart"]


def is_kg(part: tuple[str, ...]) -> bool:
    return part[0] in KG_PREFIXES


def kg_commands() -> list[tuple[str, tuple[str, ...]]]:
    """(test id, kg argv without the program) of every kg command of the README."""
    out = []
    for n, command in enumerate(COMMAND_LINES):
        for part in command.parts:
            if is_kg(part):
                out.append((f"{n}-{command.section.split()[0].lower()}-{' '.join(part[1:3])}", part[1:]))
            else:
                assert command in QUICKSTART, f"README command {' '.join(part)!r} is neither kg nor the Quickstart's"
    return out


KG_COMMANDS = kg_commands()


def test_readme_has_bash_commands() -> None:
    assert len(COMMAND_LINES) >= 4
    assert len(KG_COMMANDS) >= 4


def test_quickstart_is_two_commands() -> None:
    assert len(QUICKSTART) == 2, [c.line for c in QUICKSTART]
    first, second = (c.line for c in QUICKSTART)
    assert "kg build corpus" in first and "kg query" in first
    assert "pytest" in second and "kg " not in second
    for command in QUICKSTART:
        assert command.parts[0][:3] == ("python3", "-m", "venv"), command.line
        assert any(p[:2] == (".venv/bin/pip", "install") for p in command.parts), command.line
    assert QUICKSTART[1].parts[-1][:3] == (".venv/bin/python", "-m", "pytest")


@pytest.fixture(scope="module")
def readme_store(built_store: tuple[Path, object], tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A copy of the built store, since the Quickstart's ``kg build corpus`` writes to it."""
    return copy_store(built_store[0], tmp_path_factory.mktemp("readme") / "kg-store")


@pytest.mark.model
@pytest.mark.parametrize("argv", [c[1] for c in KG_COMMANDS], ids=[c[0] for c in KG_COMMANDS])
def test_readme_kg_command_runs(argv: tuple[str, ...], readme_store: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(ROOT)  # the README runs from the project folder ("corpus" is relative)
    if argv[:1] == ("build",):
        require_same_extractor(readme_store)
    result = CliRunner().invoke(app, list(argv), prog_name="kg", env={**WIDE, "KG_STORE": str(readme_store)})
    assert result.exit_code == 0, f"kg {shlex.join(argv)}\n{result.output}"
    assert "Traceback" not in result.output and "Error" not in result.stderr
    if argv[:1] == ("build",):  # the store already holds the corpus: nothing to rebuild
        for name in corpus_files():
            assert re.search(rf"│ ?{re.escape(name)} +│ ?unchanged +│", result.stdout), result.stdout
    if argv[:1] == ("query",):
        assert "(0 rows)" not in result.stdout and result.stdout.strip()


# -------------------------------------------------------------------------- command reference


def reference_table() -> dict[str, str]:
    """command name -> its usage cell, from the README's command reference table."""
    text = README.read_text(encoding="utf-8")
    section = text.split("## Command reference", 1)[1].split("\n## ", 1)[0]
    usages = re.findall(r"^\| `kg ([a-z]+)([^`]*)` \|", section, re.MULTILINE)
    return {name: rest for name, rest in usages}


def click_commands() -> dict[str, object]:
    import typer.main

    return dict(typer.main.get_command(app).commands)  # type: ignore[attr-defined]


def test_reference_table_lists_every_command() -> None:
    assert set(reference_table()) == set(click_commands())


@pytest.mark.parametrize("name", sorted(reference_table()))
def test_reference_table_options_exist(name: str) -> None:
    command = click_commands()[name]
    options = {opt for param in command.params for opt in param.opts}  # type: ignore[attr-defined]
    for option in re.findall(r"--[a-z-]+|(?<![\w-])-[a-z]\b", reference_table()[name]):
        assert option in options, f"README shows kg {name} {option}, which the CLI does not take"


def test_reference_table_formats_match_the_cli() -> None:
    from kg.cli import FORMATS
    from kg.export import EXPORT_FORMATS
    from kg.store import GRAPH_FORMATS, RESULTS_FORMATS

    table = reference_table()
    query_formats = re.search(r"--format ([a-z|\\]+)", table["query"]).group(1)  # type: ignore[union-attr]
    export_formats = re.search(r"--format ([a-z|\\]+)", table["export"]).group(1)  # type: ignore[union-attr]
    assert set(query_formats.replace("\\", "").split("|")) == set(FORMATS)
    assert FORMATS == ("table", *RESULTS_FORMATS, *GRAPH_FORMATS)
    assert set(export_formats.replace("\\", "").split("|")) == set(EXPORT_FORMATS)


@pytest.mark.parametrize("name", sorted(set(reference_table()) - {"queries"}))
def test_every_store_command_takes_store(name: str) -> None:
    """The README: every command that reads or writes the store takes --store (kg queries reads queries/)."""
    command = click_commands()[name]
    assert "--store" in {opt for param in command.params for opt in param.opts}  # type: ignore[attr-defined]
