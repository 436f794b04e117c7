"""The contributions' hooks: the member area's links and the sheets' correction box; in Wagtail's
admin, a contributor's lists and choosers without other communes' drafts (visibility) and the
commune of a new sheet limited to theirs; the proposed documents' snippet (staff with its
permissions only: policy) and the facilitator's dashboard panel."""

from wagtail import hooks
from wagtail.permissions import register_permission_policy
from wagtail.snippets.models import register_snippet

from members_area import permissions

from . import sections, visibility
from .dashboard import ProposedDocumentsPanel
from .document_admin import ProposedDocumentViewSet
from .models import ProposedDocument
from .personal_data import export
from .policy import policy

hooks.register("members_area_dashboard_links", sections.dashboard_link)
hooks.register("members_area_dashboard_links", sections.document_dashboard_link)
hooks.register("sheets_experience_page_sections", sections.sheet_section)
hooks.register("members_area_personal_data", export)

register_permission_policy(ProposedDocument, policy)
register_snippet(ProposedDocumentViewSet)


@hooks.register("construct_homepage_panels")
def proposed_documents_panel(request, panels):
    panels.append(ProposedDocumentsPanel())


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
    organisation = permissions.contributing_organisation(user)
    return communes.filter(pk=organisation.commune_id) if organisation else communes.none()
