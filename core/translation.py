"""Translating content through wagtail-localize, from code (the demo) as editors do in the admin.

`translate()` records the translated strings in wagtail-localize's translation memory and lets
wagtail-localize build the translated page or snippet, so the result is exactly what the
"Traduire" action gives: a managed translation whose synchronised fields (dates, figures, commune,
images, documents, status, coordinates…) are copied from the source, and that an editor can then
open in wagtail-localize's editor to correct a sentence.

`localize_translatable_relations` keeps links to translatable snippets (a sheet's themes and its
main theme) pointing at the snippets of the page's own language: wagtail-localize does not
translate many-to-many fields yet, and a synchronised foreign key is copied as it is, so without
it an English sheet would list French themes.
"""

from collections import defaultdict
from collections.abc import Mapping
from functools import cache

from django.conf import settings
from django.core.exceptions import FieldDoesNotExist
from django.db import transaction
from django.db.models import ForeignKey, ManyToOneRel
from django.utils.text import slugify
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from wagtail.models import DraftStateMixin, Locale, Page, TranslatableMixin
from wagtail_localize.models import (
    StringSegment,
    StringTranslation,
    Translation,
    TranslationSource,
)
from wagtail_localize.segments import StringSegmentValue
from wagtail_localize.segments.extract import extract_segments


class TranslationMismatch(ValueError):
    """The translated text of a field does not have as many paragraphs as its source."""


def other_locales():
    """Every content locale but the source language, in the order of settings.LANGUAGES."""
    codes = [code for code, _name in settings.LANGUAGES if code != settings.LANGUAGE_CODE]
    locales = {loc.language_code: loc for loc in Locale.objects.filter(language_code__in=codes)}
    return [locales[code] for code in codes if code in locales]


@transaction.atomic
def translate(instance, locale: Locale, values: Mapping[str, str] | None = None, *, user=None):
    """Translate a page or a translatable snippet into `locale` and publish the translation.

    `values` maps field names to their translated value, in the field's own format (HTML for rich
    text). A translatable child relation (a sheet's `key_figures`, `fundings`...) takes a list
    with one mapping of translated fields per source row, in the rows' order, or a function that
    takes a source row and returns that mapping. Each field's text is split into segments the
    way wagtail-localize splits the source, and each segment is stored as a manual translation;
    a field left out keeps the source text (wagtail-localize's fallback), as a page does while a
    translator is still working on it.
    The page's parent must already exist in `locale`. Returns the translated instance.
    """
    if isinstance(instance, Page):
        instance = instance.specific
    values = dict(values or {})
    if isinstance(instance, Page) and "title" in values and "slug" not in values:
        values["slug"] = slugify(values["title"])[:255]

    source, _created = TranslationSource.update_or_create_from_instance(instance)
    Translation.objects.update_or_create(
        source=source, target_locale=locale, defaults={"enabled": True}
    )
    if values:
        _store_string_translations(source, instance, locale, values, user)

    # Pages are saved as a draft here and published below, synchronously: wagtail-localize
    # would publish on transaction commit, too late for whatever runs next in the same
    # transaction (the rest of the demo, a test).
    is_draftable = isinstance(instance, DraftStateMixin)
    translated, _created = source.create_or_update_translation(
        locale, user=user, publish=not is_draftable, fallback=True
    )
    if is_draftable:
        translated.get_latest_revision().publish(user=user)
        translated.refresh_from_db()
    return translated


def _store_string_translations(source, instance, locale, values, user):
    """Align the segments of the translated values with the source's, path by path, in order."""
    shadow = source.as_instance()
    for field_name, value in values.items():
        if _is_translatable_child_relation(type(instance), field_name):
            _set_child_values(shadow, field_name, value, instance)
        else:
            setattr(shadow, field_name, value)
    translated_by_path = defaultdict(list)
    for segment in extract_segments(shadow):
        if isinstance(segment, StringSegmentValue) and segment.path.split(".")[0] in values:
            translated_by_path[segment.path].append(segment.string.data)

    source_by_path = defaultdict(list)
    for segment in (
        StringSegment.objects.filter(source=source)
        .select_related("string", "context")
        .order_by("order")
    ):
        source_by_path[segment.context.path].append(segment)

    for path, translated in translated_by_path.items():
        originals = source_by_path.get(path, [])
        if len(originals) != len(translated):
            raise TranslationMismatch(
                f"{instance!r}, field {path!r}: {len(originals)} source segment(s) but "
                f"{len(translated)} translated one(s); keep the same paragraphs."
            )
        for segment, text in zip(originals, translated, strict=True):
            StringTranslation.objects.update_or_create(
                translation_of=segment.string,
                locale=locale,
                context=segment.context,
                defaults={
                    "data": text,
                    "translation_type": StringTranslation.TRANSLATION_TYPE_MANUAL,
                    "last_translated_by": user,
                    "has_error": False,
                    "field_error": "",
                },
            )


def _is_translatable_child_relation(model, name):
    try:
        field = model._meta.get_field(name)
    except FieldDoesNotExist:
        return False
    return (
        isinstance(field, ManyToOneRel)
        and isinstance(field.remote_field, ParentalKey)
        and issubclass(field.related_model, TranslatableMixin)
    )


def _set_child_values(shadow, relation, rows, instance):
    """Write the translated fields of each child row on the shadow's rows (`rows`: a list in
    the rows' order, or a function of the row). A field that is empty in the source has no
    segment and is left alone."""
    children = list(getattr(shadow, relation).all())
    rows = [rows(child) for child in children] if callable(rows) else list(rows)
    if len(rows) != len(children):
        raise TranslationMismatch(
            f"{instance!r}, {relation!r}: {len(children)} source row(s) but {len(rows)} "
            "translated one(s)."
        )
    for child, row in zip(children, rows, strict=True):
        for field_name, value in (row or {}).items():
            if value and getattr(child, field_name):
                setattr(child, field_name, value)


@cache
def _translatable_m2m_fields(model):
    return [
        field
        for field in model._meta.get_fields()
        if isinstance(field, ParentalManyToManyField)
        and issubclass(field.related_model, TranslatableMixin)
    ]


@cache
def _translatable_snippet_keys(model):
    """A page's foreign keys to translatable snippets (a sheet's main theme); links to pages
    and the page's parent keys are left alone."""
    if not issubclass(model, Page):
        return []
    return [
        field
        for field in model._meta.concrete_fields
        if isinstance(field, ForeignKey)
        and not isinstance(field, ParentalKey)
        and not field.remote_field.parent_link
        and issubclass(field.related_model, TranslatableMixin)
        and not issubclass(field.related_model, Page)
    ]


def localize_translatable_relations(sender, instance, **kwargs):
    """pre_save: point a translated page's links to translatable snippets (many-to-many, and
    foreign keys such as the main theme) at its own locale.

    A theme not yet translated into the page's language stays linked as it is (the same fallback
    wagtail-localize applies to untranslated text), so no link is ever lost.
    """
    if not isinstance(instance, TranslatableMixin) or not instance.locale_id:
        return
    update_fields = kwargs.get("update_fields")
    for field in _translatable_m2m_fields(type(instance)):
        if update_fields is not None and field.name not in update_fields:
            continue
        linked = list(getattr(instance, field.name).all())
        if all(obj.locale_id == instance.locale_id for obj in linked):
            continue
        keys = [obj.translation_key for obj in linked]
        in_locale = {
            obj.translation_key: obj
            for obj in field.related_model.objects.filter(
                translation_key__in=keys, locale_id=instance.locale_id
            )
        }
        setattr(instance, field.name, [in_locale.get(obj.translation_key, obj) for obj in linked])
    for field in _translatable_snippet_keys(type(instance)):
        if update_fields is not None and field.name not in update_fields:
            continue
        linked = getattr(instance, field.name) if getattr(instance, field.attname) else None
        if linked is None or linked.locale_id == instance.locale_id:
            continue
        translated = field.related_model.objects.filter(
            translation_key=linked.translation_key, locale_id=instance.locale_id
        ).first()
        if translated is not None:
            setattr(instance, field.name, translated)
