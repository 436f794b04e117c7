"""The layering of docs/development.md holds: import-linter's contracts (pyproject.toml) pass, and
no app module hides an import inside a function, except to defer an optional dependency or in
an AppConfig's `ready()`, where Django's documentation has apps import their models and signal
handlers."""

import ast
import subprocess
import sys
from pathlib import Path

from tests.project_files import REPO_ROOT, app_files, parsed, relative

LINT_IMPORTS = Path(sys.executable).with_name("lint-imports")
# A function-local import is allowed when a comment on its line or the line above says it
# defers an optional dependency.
OPTIONAL_MARK = "optional"


def test_import_contracts_are_kept():
    """Plugins import downward only, none imports the site package, the settings import no app
    module, and no package has an import loop."""
    result = subprocess.run(
        [str(LINT_IMPORTS), "--no-cache", "--no-logo"],
        cwd=REPO_ROOT,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def function_local_imports(lines, tree):
    """(line, source) of every import inside a function without a comment naming it optional,
    `ready()` methods apart."""
    ready_methods = {
        id(method)
        for cls in ast.walk(tree)
        if isinstance(cls, ast.ClassDef)
        for method in cls.body
        if isinstance(method, ast.FunctionDef) and method.name == "ready"
    }
    for function in ast.walk(tree):
        if not isinstance(function, ast.FunctionDef | ast.AsyncFunctionDef):
            continue
        if id(function) in ready_methods:
            continue
        for node in ast.walk(function):
            if not isinstance(node, ast.Import | ast.ImportFrom):
                continue
            context = lines[max(node.lineno - 2, 0) : node.lineno]
            if not any(OPTIONAL_MARK in line.partition("#")[2].lower() for line in context):
                yield node.lineno, lines[node.lineno - 1].strip()


def test_no_function_local_imports():
    found = sorted(
        {
            f"{relative(path)}:{line}: {source}"
            for path in app_files()
            for line, source in function_local_imports(*parsed(path))
        }
    )
    assert not found, "\n" + "\n".join(found)


def test_imports_deferring_an_optional_dependency_or_in_ready_are_allowed():
    source = (
        "class Config(AppConfig):\n"
        "    def ready(self):\n"
        "        from . import signals\n"
        "\n"
        "def extract(path):\n"
        "    # docx is an optional dependency: imported only for Word files.\n"
        "    import docx\n"
        "    from pathlib import Path\n"
    )
    lines = source.splitlines()
    assert list(function_local_imports(lines, ast.parse(source))) == [
        (8, "from pathlib import Path")
    ]
