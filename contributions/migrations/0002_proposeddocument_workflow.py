from django.db import migrations


def assign_workflow(apps, schema_editor):
    """The proposed documents go through the site's first active workflow (Wagtail's "Moderators
    approval" on a new site), unless the facilitator already chose one for them."""
    ContentType = apps.get_model("contenttypes", "ContentType")
    Workflow = apps.get_model("wagtailcore", "Workflow")
    WorkflowContentType = apps.get_model("wagtailcore", "WorkflowContentType")
    content_type, _created = ContentType.objects.get_or_create(
        app_label="contributions", model="proposeddocument"
    )
    if WorkflowContentType.objects.filter(content_type=content_type).exists():
        return
    workflow = Workflow.objects.filter(active=True).order_by("pk").first()
    if workflow is not None:
        WorkflowContentType.objects.create(workflow=workflow, content_type=content_type)


class Migration(migrations.Migration):

    dependencies = [
        ('contenttypes', '0002_remove_content_type_name'),
        ('contributions', '0001_proposeddocument'),
        ('wagtailcore', '0098_apitoken'),
    ]

    operations = [
        migrations.RunPython(assign_workflow, migrations.RunPython.noop),
    ]
