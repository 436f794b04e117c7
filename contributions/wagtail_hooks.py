"""The contributions' hooks: the member area's link and the sheets' correction box; in Wagtail's
admin, a contributor's lists and choosers without other communes' drafts (visibility) and the
commune of a new sheet limited to theirs."""

from wagtail import hooks

from members_area import permissions

from . import sections, visibility

hooks.register("members_area_dashboard_links", sections.dashboard_link)
hooks.register("sheets_experience_page_sections", sections.sheet_section)


@hooks.register("construct_explorer_page_queryset")
def explorer_pages(parent_page, pages, request):
    return visibility.visible_to(request.user, pages)


@hooks.register("construct_page_chooser_queryset")
def chooser_pages(pages, request):
    return visibility.visible_to(request.user, pages)


@hooks.register("sheets_editor_communes")
def own_commune(user, communes):
    if not visibility.is_contributor_only(user):
        return communes
    return communes.filter(pk=permissions.contributing_organisation(user).commune_id)
