"""Rows of translatable pages become TranslatableMixin models (decision 0005, 0012).

Key figures, fundings, gallery images, attachments and speakers gain `locale` and
`translation_key`, so wagtail-localize translates their text with the page. Existing rows are
filled in before the columns become required: each row takes its page's locale; rows at the same
position on the pages of one translation group (a French sheet and its English translation)
share a fresh translation key, which is how wagtail-localize pairs a source row with its
translated copy. A single AddField with `default=uuid.uuid4` would give every existing row the
same key (Django evaluates the default once) and break the unique constraint.
"""

import uuid
from collections import defaultdict

import django.db.models.deletion
from django.db import migrations, models

ROW_MODELS = [
    "eventattachment",
    "eventspeaker",
    "experienceattachment",
    "experiencefunding",
    "experiencegalleryimage",
    "experiencekeyfigure",
]
BATCH = 500


def fill_locale_and_translation_key(apps, schema_editor):
    for model_name in ROW_MODELS:
        model = apps.get_model("sheets", model_name)
        rows = list(
            model.objects.values_list(
                "pk", "sort_order", "page__locale_id", "page__translation_key", "page_id"
            )
        )
        # Position of each row on its page: the editor's order, then creation order.
        by_page = defaultdict(list)
        for pk, sort_order, locale_id, page_key, page_id in rows:
            by_page[page_id].append((sort_order is None, sort_order or 0, pk, locale_id, page_key))
        keys = defaultdict(uuid.uuid4)  # (page translation key, position) -> row key
        updates = []
        for page_rows in by_page.values():
            for position, (_n, _s, pk, locale_id, page_key) in enumerate(sorted(page_rows)):
                updates.append(
                    model(pk=pk, locale_id=locale_id, translation_key=keys[page_key, position])
                )
        model.objects.bulk_update(updates, ["locale", "translation_key"], batch_size=BATCH)


def _add_fields(model_name):
    return [
        migrations.AddField(
            model_name=model_name,
            name="locale",
            field=models.ForeignKey(
                editable=False,
                null=True,
                on_delete=django.db.models.deletion.PROTECT,
                related_name="+",
                to="wagtailcore.locale",
                verbose_name="locale",
            ),
        ),
        migrations.AddField(
            model_name=model_name,
            name="translation_key",
            field=models.UUIDField(editable=False, null=True),
        ),
    ]


def _require_fields(model_name):
    return [
        migrations.AlterField(
            model_name=model_name,
            name="locale",
            field=models.ForeignKey(
                editable=False,
                on_delete=django.db.models.deletion.PROTECT,
                related_name="+",
                to="wagtailcore.locale",
                verbose_name="locale",
            ),
        ),
        migrations.AlterField(
            model_name=model_name,
            name="translation_key",
            field=models.UUIDField(default=uuid.uuid4, editable=False),
        ),
        migrations.AlterUniqueTogether(
            name=model_name,
            unique_together={("translation_key", "locale")},
        ),
    ]


class Migration(migrations.Migration):
    dependencies = [
        ("sheets", "0002_communeindexpage_eventindexpage_eventpage_and_more"),
        ("wagtailcore", "0098_apitoken"),
    ]

    operations = [
        *[op for name in ROW_MODELS for op in _add_fields(name)],
        migrations.RunPython(fill_locale_and_translation_key, migrations.RunPython.noop),
        *[op for name in ROW_MODELS for op in _require_fields(name)],
    ]
