"""The facilitator's editor for sheets: themes of the page's language only, an explicit main
theme (migrated from the first theme), one tab per section, amounts and the map picker."""

import importlib
from decimal import Decimal

import pytest
from django.apps import apps
from wagtail.models import Revision

from sheets.factories import ExperienceSheetPageFactory, TechnicalSheetPageFactory, ThemeFactory
from sheets.models import ExperienceFunding, ExperienceSheetPage, TechnicalSheetPage
from sheets.widgets import AmountInput

main_theme_migration = importlib.import_module("sheets.migrations.0005_main_theme")


@pytest.fixture
def english_energy(tree, locales):
    return ThemeFactory(
        name="Energy",
        slug="energie",
        locale=locales["en"],
        translation_key=tree.energie.translation_key,
    )


def edit_url(page):
    return f"/admin/pages/{page.pk}/edit/"


def post_data(form):
    """What the browser would send back for `form` (a Wagtail page form) as it stands."""
    data = {}

    def add(bound_form):
        for bound in bound_form:
            value = bound.value()
            if value is None:
                continue
            if isinstance(value, list | tuple):
                data[bound.html_name] = [str(v) for v in value]
            elif isinstance(value, bool):
                if value:
                    data[bound.html_name] = "on"
            else:
                formatted = bound.field.widget.format_value(value)
                data[bound.html_name] = "" if formatted is None else formatted

    add(form)
    for formset in form.formsets.values():
        add(formset.management_form)
        for subform in formset.forms:
            add(subform)
    return data


def test_theme_pickers_offer_only_the_page_language(admin_client, tree, english_energy):
    sheet = ExperienceSheetPageFactory(parent=tree.experiences, themes=[tree.energie])
    response = admin_client.get(edit_url(sheet))
    assert response.status_code == 200
    form = response.context["form"]
    for name in ("main_theme", "themes"):
        offered = set(form.fields[name].queryset)
        assert offered == {tree.energie, tree.eau}
        assert english_energy not in offered
    technical = TechnicalSheetPageFactory(parent=tree.technical, themes=[tree.eau])
    form = admin_client.get(edit_url(technical)).context["form"]
    assert english_energy not in set(form.fields["themes"].queryset)


def test_main_theme_is_its_own_field_and_counted_among_the_themes(admin_client, tree):
    sheet = ExperienceSheetPageFactory(parent=tree.experiences, themes=[tree.energie, tree.eau])
    assert sheet.main_theme == tree.energie
    form = admin_client.get(edit_url(sheet)).context["form"]
    assert form.fields["main_theme"].required
    # The other themes' list leaves the main one out.
    assert [int(pk) for pk in form["themes"].value()] == [tree.eau.pk]

    data = post_data(form)
    data["main_theme"] = str(tree.eau.pk)
    data["themes"] = []
    response = admin_client.post(edit_url(sheet), data)
    assert response.status_code == 302, response.context["form"].errors
    sheet = ExperienceSheetPage.objects.get(pk=sheet.pk).get_latest_revision_as_object()
    assert sheet.main_theme == tree.eau
    assert list(sheet.themes.all()) == [tree.eau]


def test_main_theme_is_required_to_publish(admin_client, tree):
    """A draft may wait for its main theme (Wagtail defers required fields for drafts); a
    published sheet has one."""
    sheet = ExperienceSheetPageFactory(parent=tree.experiences, themes=[tree.energie])
    data = post_data(admin_client.get(edit_url(sheet)).context["form"])
    data["main_theme"] = ""
    data["action-publish"] = "action-publish"
    response = admin_client.post(edit_url(sheet), data)
    assert response.status_code == 200
    assert "main_theme" in response.context["form"].errors


def test_a_theme_of_another_language_is_refused(admin_client, tree, english_energy):
    sheet = ExperienceSheetPageFactory(parent=tree.experiences, themes=[tree.energie])
    data = post_data(admin_client.get(edit_url(sheet)).context["form"])
    data["main_theme"] = str(english_energy.pk)
    response = admin_client.post(edit_url(sheet), data)
    assert response.status_code == 200
    assert "main_theme" in response.context["form"].errors


def test_data_migration_keeps_the_first_theme_as_main(tree):
    tree.eau.sort_order, tree.energie.sort_order = 2, 1
    tree.eau.save()
    tree.energie.save()
    sheet = ExperienceSheetPageFactory(parent=tree.experiences, themes=[tree.eau, tree.energie])
    technical = TechnicalSheetPageFactory(parent=tree.technical, themes=[tree.eau])
    ExperienceSheetPage.objects.update(main_theme=None)
    TechnicalSheetPage.objects.update(main_theme=None)
    for revision in Revision.objects.all():
        revision.content.pop("main_theme", None)
        revision.save(update_fields=["content"])

    main_theme_migration.set_main_themes(apps, None)

    # The first theme shown (themes' editorial order), whatever the order they were added in.
    assert ExperienceSheetPage.objects.get(pk=sheet.pk).main_theme == tree.energie
    assert TechnicalSheetPage.objects.get(pk=technical.pk).main_theme == tree.eau
    latest = ExperienceSheetPage.objects.get(pk=sheet.pk).get_latest_revision_as_object()
    assert latest.main_theme == tree.energie


def test_cards_and_sheet_put_the_main_theme_first(client, tree):
    tree.eau.sort_order, tree.energie.sort_order = 2, 1
    tree.eau.save()
    tree.energie.save()
    sheet = ExperienceSheetPageFactory(
        parent=tree.experiences, themes=[tree.energie, tree.eau], main_theme=tree.eau
    )
    content = client.get(sheet.url).content.decode()
    assert content.index("Économies d") < content.index("Énergie")


def test_editor_tabs_follow_the_sheet_sections(admin_client, tree):
    sheet = ExperienceSheetPageFactory(parent=tree.experiences, themes=[tree.energie])
    content = admin_client.get(edit_url(sheet)).content.decode()
    for heading in (
        "En bref",
        "Le projet",
        "Coûts et financements",
        "Difficultés et conseils",
        "Images, documents et liens",
        "Contact et carte",
        "Référencement",
    ):
        assert f">{heading}<" in content or f"{heading}\n" in content, heading
    assert "Ajouter un(e) Financements" not in content
    assert "Financement" in content


def test_amounts_read_and_written_the_french_way(admin_client, tree):
    widget = AmountInput()
    assert widget.format_value(Decimal("280000.00")) == "280 000"
    assert widget.format_value(Decimal("1250.50")) == "1 250,50"
    assert widget.value_from_datadict({"a": "280 000,50"}, {}, "a") == "280000.50"
    assert widget.value_from_datadict({"a": "1\u202f250"}, {}, "a") == "1250"

    sheet = ExperienceSheetPageFactory.build(commune=tree.bais)
    sheet.fundings = [ExperienceFunding(funder="ADEME", amount=Decimal("280000.00"))]
    tree.experiences.add_child(instance=sheet)
    sheet.save_revision().publish()
    content = admin_client.get(edit_url(sheet)).content.decode()
    assert 'value="280 000"' in content
    assert "280000.00" not in content


def test_map_picker_is_a_static_script_with_the_communes_centres(admin_client, tree):
    sheet = ExperienceSheetPageFactory(parent=tree.experiences, themes=[tree.energie])
    content = admin_client.get(edit_url(sheet)).content.decode()
    assert "data-map-point-for=" in content
    assert "sheets/admin/map-point.js" in content
    assert "vendor/leaflet/leaflet.js" in content
    assert '"48.07"' not in content  # centres are numbers in a JSON data block
    assert f'"{tree.bais.pk}": [48.07' in content


def test_related_sheet_picker_has_search(admin_client, tree):
    """Related sheets are chosen in Wagtail's page chooser (which searches), several at once."""
    sheet = ExperienceSheetPageFactory(parent=tree.experiences, themes=[tree.energie])
    content = admin_client.get(edit_url(sheet)).content.decode()
    assert "related_sheets" in content
    assert "w-page-chooser" in content or "page-chooser" in content
