"""The main theme of experience and technical sheets becomes its own field (it was "the first
theme"); existing sheets keep the theme they showed first (the first in the themes' editorial
order), and so do their stored revisions, so that publishing an older draft keeps it."""

import django.db.models.deletion
import modelcluster.fields
from django.db import migrations, models

SHEET_MODELS = ("experiencesheetpage", "technicalsheetpage")


def set_main_themes(apps, schema_editor):
    content_type_model = apps.get_model("contenttypes", "ContentType")
    revision_model = apps.get_model("wagtailcore", "Revision")
    for model_name in SHEET_MODELS:
        model = apps.get_model("sheets", model_name)
        through = model._meta.get_field("themes").remote_field.through
        first = (
            through.objects.filter(**{model_name: models.OuterRef("pk")})
            .order_by("theme__sort_order", "theme__name", "theme_id")
            .values("theme_id")[:1]
        )
        model.objects.filter(main_theme__isnull=True).update(main_theme_id=models.Subquery(first))
        main_by_page = {
            str(pk): main
            for pk, main in model.objects.exclude(main_theme=None).values_list("pk", "main_theme")
        }
        content_type = content_type_model.objects.filter(
            app_label="sheets", model=model_name
        ).first()
        if content_type is None or not main_by_page:
            continue
        revisions = revision_model.objects.filter(
            content_type=content_type, object_id__in=list(main_by_page)
        )
        for revision in revisions.iterator():
            content = revision.content
            if isinstance(content, dict) and content.get("main_theme") is None:
                content["main_theme"] = main_by_page[revision.object_id]
                revision.save(update_fields=["content"])


class Migration(migrations.Migration):

    dependencies = [
        ("sheets", "0004_experience_facets_index"),
        ("wagtailcore", "0098_apitoken"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [
        migrations.AddField(
            model_name='experiencesheetpage',
            name='main_theme',
            field=models.ForeignKey(blank=True, help_text="Le thème dont relève d'abord le projet : il vient en tête sur les cartes.", null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='+', to='sheets.theme', verbose_name='thème principal'),
        ),
        migrations.AddField(
            model_name='technicalsheetpage',
            name='main_theme',
            field=models.ForeignKey(blank=True, help_text="Le thème dont relève d'abord la fiche : il vient en tête sur les cartes.", null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='+', to='sheets.theme', verbose_name='thème principal'),
        ),
        migrations.AlterField(
            model_name='experiencesheetpage',
            name='themes',
            field=modelcluster.fields.ParentalManyToManyField(help_text='Le thème principal et, au besoin, un ou deux autres.', related_name='experience_sheets', to='sheets.theme', verbose_name='thèmes'),
        ),
        migrations.RunPython(set_main_themes, migrations.RunPython.noop),
    ]
