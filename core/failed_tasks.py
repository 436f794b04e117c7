"""The background tasks that failed, as django-tasks' database backend (the `django_tasks_db`
app, production's TASKS) stores them, and who may read them. Where that app is not installed
(tasks run at once: development, tests), nothing is stored: no table, no failure to show."""

from datetime import timedelta

from django.apps import apps
from django.contrib.auth.models import Permission
from django.utils import timezone

from . import conf

APP = "django_tasks_db"
MODEL = "DBTaskResult"
# The Django permission that opens the failed tasks (the panel, the list) to a group.
ACTION = "view"


def app_config():
    """The tasks backend's app, or None when it is not installed."""
    return next((config for config in apps.get_app_configs() if config.name == APP), None)


def results_model():
    """The model of the stored task results, or None when none are stored."""
    config = app_config()
    return config.get_model(MODEL) if config else None


def permissions():
    """The permission a group of the facilitation team is given to read the failed tasks."""
    config = app_config()
    if config is None:
        return Permission.objects.none()
    return Permission.objects.filter(
        content_type__app_label=config.label, codename=f"{ACTION}_{MODEL.lower()}"
    )


def can_view(user):
    """May read the failed tasks: the tasks are stored, and the user holds the permission
    (superusers always)."""
    config = app_config()
    return config is not None and user.has_perm(f"{config.label}.{ACTION}_{MODEL.lower()}")


def failed():
    """Every failed task, the last to fail first."""
    return results_model().objects.failed().order_by("-finished_at", "-enqueued_at")


def recent():
    """The tasks failed in the last DASHBOARD_FAILURES_DAYS days, the last first."""
    days = conf.get("DASHBOARD_FAILURES_DAYS")
    return failed().filter(finished_at__gte=timezone.now() - timedelta(days=days))


def error(result):
    """What went wrong, in a line: the traceback's last line ("ValueError: …"), else the
    exception's class."""
    lines = [line for line in result.traceback.splitlines() if line.strip()]
    return lines[-1].strip() if lines else result.exception_class_path
