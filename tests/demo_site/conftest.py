"""The whole demo, loaded once for this package (tests/conftest.py gives the package to one
worker), inside a transaction rolled back at the end, so the rest of the run starts from the
migrated database again."""

import pytest
from django.core.management import call_command
from django.db import transaction
from django.test import TestCase

# The search tests' osmem server, for the relevance set on Elasticsearch.
from tests.search.conftest import osmem  # noqa: F401


def registration_emails(callbacks):
    """The registrations' e-mails among on-commit callbacks (registrations.tasks.queue)."""
    return [callback for callback in callbacks if callback.__module__.startswith("registrations")]


@pytest.fixture(scope="package")
def demo_db(django_db_setup, django_db_blocker):
    """Yields the registrations' e-mails the load queued (there must be none)."""
    with django_db_blocker.unblock(), transaction.atomic():
        with TestCase.captureOnCommitCallbacks() as callbacks:
            call_command("load_demo", verbosity=0)
        yield registration_emails(callbacks)
        transaction.set_rollback(True)
