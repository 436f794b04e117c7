"""A task that fails in production's worker (django_tasks_db's database backend and its
`db_worker`) reaches the facilitator's panel, as the backend stores it: the installed version
writes what core.failed_tasks reads. The worker opens its own transactions, hence a
transactional test."""

import pytest
from django.core.management import call_command
from django.test import override_settings
from django_tasks.base import TaskResultStatus

from core import failed_tasks
from core.tasks import extract_file_text
from home.setup import ensure_home_page, ensure_locales
from tests.registrations.admin_helpers import admin_client_of, admin_user_with

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)

DATABASE_BACKEND = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}


def test_a_task_that_fails_in_the_worker_is_on_the_dashboard():
    ensure_locales()
    ensure_home_page()
    with override_settings(TASKS=DATABASE_BACKEND):
        # A record of a model that does not exist: the task raises LookupError.
        extract_file_text.enqueue("absent.Model", 1, "fichier.pdf")
        call_command("db_worker", batch=True, startup_delay=False, reload=False, verbosity=0)
    result = failed_tasks.recent().get()
    assert result.status == TaskResultStatus.FAILED
    assert failed_tasks.error(result).startswith("LookupError")
    client = admin_client_of(admin_user_with("animation@exemple.fr", ["view_dbtaskresult"], "A"))
    content = client.get("/admin/").content.decode()
    assert 'id="failed-tasks-section"' in content
    assert "core.tasks.extract_file_text" in content and "LookupError" in content
