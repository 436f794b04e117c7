"""No file of the project writes Wagtail's or Django's private attributes or calls their private
APIs, and SQL is written by hand only in a module whose name says so (`<name>_sql.py`, one per
app at most) or in migrations.

The names are read from the syntax tree (attributes, names, imports, and string constants such
as `setattr(request, "_wagtail_site", ...)`), so a docstring explaining why they are avoided
does not count.
"""

import ast
from collections import defaultdict

import pytest

from tests.project_files import APPS, TOOLS, app_files, parsed, python_files, relative

PRIVATE_NAMES = {
    # Wagtail's request and page slots.
    "_wagtail_site",
    "_wagtail_cached_site_root_paths",
    "_wagtail_route_for_request",
    "_cached_parent_obj",
    # Wagtail's private API.
    "_find_for_request",
    "_build_rank_expression",
    "_item_is_in_block_format",
    # Django's queryset and model slots, and its private expression API.
    "_result_cache",
    "_prefetch_done",
    "_prefetched_objects_cache",
    "_combine",
}
# What hand-written SQL looks like: a cursor, a raw queryset, RawSQL, extra().
SQL_CALLS = {"cursor", "raw", "extra", "RawSQL"}


def names_used(tree):
    """(line, name) for every attribute, name, import and exact string constant in the tree."""
    for node in ast.walk(tree):
        if isinstance(node, ast.Attribute):
            yield node.lineno, node.attr
        elif isinstance(node, ast.Name):
            yield node.lineno, node.id
        elif isinstance(node, ast.alias):
            yield node.lineno, node.name.rsplit(".", 1)[-1]
        elif isinstance(node, ast.keyword) and node.arg:
            yield node.value.lineno, node.arg
        elif isinstance(node, ast.Constant) and isinstance(node.value, str):
            yield node.lineno, node.value


def sql_calls(tree):
    """(line, name) for every call of cursor(), .raw(), .extra() or RawSQL(), and every import
    of RawSQL."""
    for node in ast.walk(tree):
        if isinstance(node, ast.Call):
            func = node.func
            name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", None)
            if name in SQL_CALLS:
                yield node.lineno, name
        elif isinstance(node, ast.alias) and node.name.rsplit(".", 1)[-1] == "RawSQL":
            yield node.lineno, "RawSQL"


def is_sql_module(path):
    return path.name.endswith("_sql.py")


def project_files():
    return app_files(migrations=True) + [path for tool in TOOLS for path in python_files(tool)]


def test_the_guards_read_the_project():
    files = {relative(path) for path in project_files()}
    assert {"reseau/settings/base.py", "sheets/models/__init__.py"} <= files
    sample = ast.parse("request._wagtail_site = site\nsetattr(qs, '_result_cache', [])")
    assert {name for _, name in names_used(sample)} >= {"_wagtail_site", "_result_cache"}
    sample = ast.parse("from django.db.models.expressions import RawSQL\nconnection.cursor()")
    assert [name for _, name in sql_calls(sample)] == ["RawSQL", "cursor"]


def test_no_private_attribute_or_api_of_wagtail_or_django():
    found = [
        f"{relative(path)}:{line}: {name}"
        for path in project_files()
        for line, name in names_used(parsed(path)[1])
        if name in PRIVATE_NAMES
    ]
    assert not found, "\n" + "\n".join(sorted(set(found)))


def test_sql_is_written_by_hand_only_in_migrations_and_sql_modules():
    found = [
        f"{relative(path)}:{line}: {name}"
        for path in app_files()
        if not is_sql_module(path)
        for line, name in sql_calls(parsed(path)[1])
    ]
    assert not found, "\n" + "\n".join(sorted(set(found)))


@pytest.mark.parametrize("app", APPS)
def test_at_most_one_sql_module_per_app(app):
    sql_modules = [relative(path) for path in python_files(app) if is_sql_module(path)]
    assert len(sql_modules) <= 1, sql_modules


def test_each_sql_module_is_compared_with_the_orm():
    """The issue allows hand-written SQL only with a test comparing it with the ORM's result:
    some test module must import each `*_sql` module."""
    tests = [path for path in python_files("tests") if path.name.startswith("test_")]
    imported = defaultdict(list)
    for path in tests:
        for node in ast.walk(parsed(path)[1]):
            if isinstance(node, ast.ImportFrom) and node.module:
                imported[node.module].append(path)
                for alias in node.names:
                    imported[f"{node.module}.{alias.name}"].append(path)
            elif isinstance(node, ast.Import):
                for alias in node.names:
                    imported[alias.name].append(path)
    sql_modules = [path for path in app_files() if is_sql_module(path)]
    untested = [
        relative(path)
        for path in sql_modules
        if relative(path).removesuffix(".py").replace("/", ".") not in imported
    ]
    assert not untested, f"no test imports {untested}"
