"""Small modules, one job each: no module of the apps over 500 lines, none of search over 300.

Migrations are generated and excepted; demo content lives in data files (YAML, JSON, CSV), which
are not Python modules and so not counted.
"""

import pytest

from tests.project_files import APPS, python_files, relative

MAX_LINES = 500
MAX_LINES_BY_APP = {"search": 300}


def line_count(path):
    with path.open("rb") as source:
        return sum(1 for _ in source)


@pytest.mark.parametrize("app", APPS)
def test_no_module_is_too_long(app):
    limit = MAX_LINES_BY_APP.get(app, MAX_LINES)
    too_long = [
        f"{relative(path)}: {count} lines"
        for path in python_files(app)
        if (count := line_count(path)) > limit
    ]
    assert not too_long, f"over {limit} lines:\n" + "\n".join(too_long)


def test_the_limit_counts_lines(tmp_path):
    module = tmp_path / "module.py"
    module.write_text("a = 1\n" * 3)
    assert line_count(module) == 3
