"""A test module's shared world: rows built once for the module in a transaction rolled back
at its end. Each test's own transaction (pytest.mark.django_db) is a savepoint inside it, so
no test sees another's changes, and the factories' cost is paid once instead of per test."""

from contextlib import contextmanager
from types import SimpleNamespace

import pytest
from django.db import transaction

from home.setup import ensure_home_page


@contextmanager
def module_transaction(django_db_blocker):
    """For a module-scoped fixture: `with module_transaction(django_db_blocker): build; yield`."""
    with django_db_blocker.unblock(), transaction.atomic():
        yield
        transaction.set_rollback(True)


def fresh(instance):
    """A module-built row as this test's transaction has it: a test changes the instances it
    is given (a save, a login, a child page added), and the module's must stay as built."""
    return None if instance is None else type(instance).objects.get(pk=instance.pk)


def fresh_all(namespace):
    """fresh() of every attribute of a SimpleNamespace of rows."""
    return SimpleNamespace(**{name: fresh(row) for name, row in vars(namespace).items()})


def shared_tree(build_tree):
    """The two fixtures of a module whose tests all read one tree: `world_tree`, built once by
    `build_tree(home_page)` (autouse, so a test alone sees what it sees in the module), and
    `tree`, its rows read again for each test. `world_tree, tree = shared_tree(build_tree)`."""

    @pytest.fixture(scope="module", autouse=True)
    def world_tree(django_db_setup, django_db_blocker):
        with module_transaction(django_db_blocker):
            yield build_tree(ensure_home_page())

    @pytest.fixture
    def tree(world_tree):
        return fresh_all(world_tree)

    return world_tree, tree
