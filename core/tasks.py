"""The background task that reads an uploaded file's text (core.text_extraction) and stores it
on its record, which search then reindexes. ExtractedText.save() queues it when the file
changes: the database backend and `manage.py db_worker` in production, at once in development
and tests."""

from django.apps import apps
from django_tasks import task

from core.text_extraction import Extraction, TextError, TextStatus, extract

TEXT_FIELDS = ("extracted_text", "text_status", "text_error")


# Below the default priority: search index updates and front cache purges queued meanwhile go
# first, a slow file only delays other files.
@task(priority=-10)
def extract_file_text(model_label, pk, file_name):
    """Stores the text of the record's file, or why there is none. Skipped when the record is
    gone or holds another file since: the task queued for that file will read it."""
    instance = apps.get_model(model_label).objects.filter(pk=pk).first()
    if instance is None or instance.file.name != file_name:
        return None
    try:
        with instance.file.storage.open(file_name, "rb") as handle:
            result = extract(handle, file_name)
    except OSError:
        result = Extraction(status=TextStatus.NOT_EXTRACTED, error=TextError.MISSING)
    instance.extracted_text = result.text
    instance.text_status = result.status
    instance.text_error = result.error
    # post_save: Wagtail's search index picks the text up.
    instance.save(update_fields=TEXT_FIELDS)
    return str(result.status)
