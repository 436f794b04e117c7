"""Failed tasks as django-tasks' database backend stores them (core.failed_tasks), made directly
in its table, dated where a test needs them."""

import datetime

from django.utils import timezone
from django_tasks.base import TaskResultStatus

from core import failed_tasks

TRACEBACK = """Traceback (most recent call last):
  File "/srv/reseau/core/tasks.py", line 20, in extract_file_text
    instance = apps.get_model(model_label).objects.filter(pk=pk).first()
LookupError: No installed app with label 'absent'.
"""


def failed_task(days_ago=0, path="core.tasks.extract_file_text", traceback=TRACEBACK):
    """A task that failed `days_ago` days ago."""
    finished = timezone.now() - datetime.timedelta(days=days_ago)
    return failed_tasks.results_model().objects.create(
        status=TaskResultStatus.FAILED,
        task_path=path,
        args_kwargs={"args": ["absent.Model", 1, "f.pdf"], "kwargs": {}},
        backend_name="default",
        started_at=finished,
        finished_at=finished,
        exception_class_path="builtins.LookupError",
        traceback=traceback,
    )


def succeeded_task():
    return failed_tasks.results_model().objects.create(
        status=TaskResultStatus.SUCCESSFUL,
        task_path="core.tasks.extract_file_text",
        args_kwargs={"args": [], "kwargs": {}},
        backend_name="default",
        finished_at=timezone.now(),
    )
