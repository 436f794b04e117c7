"""Comments, docstrings and docs that name a decision record or a project file name one that exists."""

import re
import subprocess
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DECISION_PATH = re.compile(r"docs/decisions/(\d{4}-[a-z0-9-]+\.md)")
DECISION_NUMBER = re.compile(r"\b[Dd]ecisions? (\d{4})\b")
TEXT_SUFFIXES = {".py", ".md", ".html", ".txt", ".toml", ".cfg", ".conf", ".template", ""}


def tracked_files():
    listed = subprocess.run(
        ["git", "ls-files", "--cached", "--others", "--exclude-standard"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    ).stdout.split()
    for name in listed:
        path = ROOT / name
        if path.suffix in TEXT_SUFFIXES and path.is_file() and "migrations" not in path.parts:
            yield path


def decision_numbers():
    return {path.name[:4] for path in (ROOT / "docs" / "decisions").glob("[0-9]*.md")}


def test_named_decisions_exist():
    numbers = decision_numbers()
    missing = []
    for path in tracked_files():
        text = path.read_text(errors="replace")
        where = path.relative_to(ROOT)
        missing += [
            f"{where}: {name}"
            for name in DECISION_PATH.findall(text)
            if not (ROOT / "docs" / "decisions" / name).exists()
        ]
        missing += [
            f"{where}: decision {number}"
            for number in DECISION_NUMBER.findall(text)
            if number not in numbers
        ]
    assert not missing, "references to decision records that do not exist:\n" + "\n".join(missing)
