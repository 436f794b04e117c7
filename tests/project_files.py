"""The project's own Python files, as the guard tests read them (tests and migrations apart)."""

import ast
from functools import cache
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parents[1]
# The host, the shared app and the plugins, lowest layer last (docs/development.md).
HOST = "reseau"
PLUGINS = [
    "demo",
    "home",
    "search",
    "letters",
    "alerts",
    "exchange",
    "introductions",
    "directory",
    "membership",
    "registrations",
    "contributions",
    "members_area",
    "publicapi",
    "faq",
    "opendata",
    "aids",
    "printing",
    "sheets",
    "activity",
    "core",
]
APPS = [HOST, *PLUGINS]
# Tools that belong to the project without being apps: held to the private-API rule too.
TOOLS = ["bench"]


def python_files(package, *, migrations=False):
    """Every .py file of a top-level package of the repository, sorted."""
    root = REPO_ROOT / package
    files = sorted(root.rglob("*.py")) if root.is_dir() else []
    return [
        path
        for path in files
        if "__pycache__" not in path.parts and (migrations or "migrations" not in path.parts)
    ]


def app_files(*, migrations=False):
    return [path for app in APPS for path in python_files(app, migrations=migrations)]


def relative(path):
    return path.relative_to(REPO_ROOT).as_posix()


@cache
def parsed(path):
    """The file's source lines and syntax tree."""
    source = path.read_text(encoding="utf-8")
    return source.splitlines(), ast.parse(source, filename=str(path))
