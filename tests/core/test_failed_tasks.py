"""The failed background tasks for the facilitator: the dashboard panel of the last days'
failures (hidden when none), the read-only list with each error and its traceback (menu
Rapports), both for those with the permission only, in a fixed number of queries; nothing, and
no error, where tasks are not stored (the immediate backend of development)."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail import hooks

from core import failed_tasks
from tests.registrations.admin_helpers import admin_client_of, admin_user_with

from .task_results import failed_task, succeeded_task

pytestmark = pytest.mark.django_db

HOME = "/admin/"
LIST = "/admin/taches-en-echec/"
PERMISSION = "view_dbtaskresult"


def panel(content):
    """The HTML of the failed tasks' panel."""
    return content.split('id="failed-tasks-content"')[1].split("</section>")[0]


@pytest.fixture
def facilitator(site):
    return admin_client_of(admin_user_with("animation@exemple.fr", [PERMISSION], "Animation"))


@pytest.fixture
def editor(site):
    return admin_client_of(admin_user_with("redaction@exemple.fr", [], "Rédaction"))


def test_the_panel_lists_the_last_days_failures_and_links_to_the_list(facilitator):
    failed_task(days_ago=1)
    failed_task(days_ago=0, path="letters.tasks.deliver", traceback="ValueError: adresse vide")
    failed_task(days_ago=30, path="alerts.digest_tasks.send_digest")
    succeeded_task()
    page = facilitator.get(HOME).content.decode()
    assert "Tâches en échec depuis 7 jours (2)" in page
    content = panel(page)
    assert "LookupError: No installed app with label" in content
    assert content.index("letters.tasks.deliver") < content.index("core.tasks.extract_file_text")
    assert "alerts.digest_tasks.send_digest" not in content  # older than the window
    assert f'href="{LIST}"' in content


def test_the_panel_is_hidden_when_nothing_failed_lately(facilitator):
    failed_task(days_ago=30)
    succeeded_task()
    assert 'id="failed-tasks-section"' not in facilitator.get(HOME).content.decode()


def test_how_far_back_the_panel_looks_is_a_setting(facilitator, settings):
    failed_task(days_ago=30)
    settings.DASHBOARD_FAILURES_DAYS = 60
    assert "Tâches en échec depuis 60 jours (1)" in facilitator.get(HOME).content.decode()


def test_the_list_shows_every_failure_with_its_error_and_traceback(facilitator):
    failed_task(days_ago=30, path="alerts.digest_tasks.send_digest")
    failed_task(days_ago=1)
    succeeded_task()
    response = facilitator.get(LIST)
    assert response.status_code == 200
    content = response.content.decode()
    assert (
        "alerts.digest_tasks.send_digest" in content and "core.tasks.extract_file_text" in content
    )
    assert "LookupError: No installed app with label" in content
    assert "<details>" in content and "Trace complète" in content
    assert "line 20, in extract_file_text" in content
    assert content.index("core.tasks.extract_file_text") < content.index("send_digest")


def test_others_see_neither_the_panel_nor_the_list(editor):
    failed_task()
    assert 'id="failed-tasks-section"' not in editor.get(HOME).content.decode()
    response = editor.get(LIST)
    assert response.status_code in (302, 403)
    assert b"extract_file_text" not in response.content


def test_the_reports_menu_offers_the_list_to_the_facilitator_only(facilitator, editor):
    assert LIST in menu(facilitator)
    assert LIST not in menu(editor)


def menu(client):
    """The admin's menu, as the sidebar's props carry it."""
    return client.get(HOME).content.decode().replace("\\u002F", "/").replace("\\/", "/")


def test_the_permission_is_offered_in_the_groups_editor():
    offered = [
        permission.codename for fn in hooks.get_hooks("register_permissions") for permission in fn()
    ]
    assert PERMISSION in offered


def test_where_tasks_are_not_stored_nothing_shows_and_nothing_fails(admin_client, monkeypatch):
    """Without django_tasks_db (tasks run at once), there is no table to read: the panel, the
    menu entry and the list are not there (the superuser sees them otherwise)."""
    failed_task()
    monkeypatch.setattr(failed_tasks, "app_config", lambda: None)
    assert failed_tasks.results_model() is None
    response = admin_client.get(HOME)
    assert response.status_code == 200
    assert 'id="failed-tasks-section"' not in response.content.decode()
    assert LIST not in menu(admin_client)
    assert admin_client.get(LIST).status_code == 404
    assert not failed_tasks.permissions().exists()
    assert not failed_tasks.can_view(response.wsgi_request.user)


def test_the_panel_and_the_list_keep_a_fixed_number_of_queries(
    facilitator, django_assert_max_num_queries
):
    for _ in range(3):
        failed_task(days_ago=1)
    facilitator.get(HOME)  # warms what the admin makes once for the session
    counts = {}
    for label, page in (("panel", HOME), ("list", LIST)):
        with CaptureQueriesContext(connection) as queries:
            facilitator.get(page)
        counts[label] = len(queries)
    for _ in range(6):
        failed_task(days_ago=2)
    for label, page in (("panel", HOME), ("list", LIST)):
        with django_assert_max_num_queries(counts[label]):
            assert facilitator.get(page).status_code == 200
