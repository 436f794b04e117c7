"""The facilitator's screens for the proposed documents: Wagtail's snippet views, with its
workflow actions (approve, request changes with a comment), revisions, history and lock. The
organisation and the file are the commune's: shown, not edited (the file is downloaded from the
header; to change it, ask the commune)."""

from django import forms
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.admin.panels import FieldPanel, FieldRowPanel, ObjectList
from wagtail.admin.widgets.button import HeaderButton
from wagtail.snippets.views.snippets import EditView, SnippetViewSet

from members_area.forms import ResourceAdminFormMixin

from .models import ProposedDocument


class ProposedDocumentForm(ResourceAdminFormMixin, WagtailAdminModelForm):
    """The themes of the default language only, as on the resources' form."""


class ProposedDocumentEditView(EditView):
    def get_header_more_buttons(self):
        buttons = list(super().get_header_more_buttons())
        buttons.append(
            HeaderButton(
                _("Télécharger le fichier proposé"),
                url=reverse("contributions:document_file", args=[self.object.pk]),
                icon_name="download",
                priority=1,
            )
        )
        if self.object.resource_id is not None:
            buttons.append(
                HeaderButton(
                    _("Voir la ressource publiée"),
                    url=reverse(
                        "wagtailsnippets_members_area_resource:edit",
                        args=[self.object.resource_id],
                    ),
                    icon_name="doc-full",
                    priority=2,
                )
            )
        return buttons


class ProposedDocumentViewSet(SnippetViewSet):
    model = ProposedDocument
    icon = "doc-full-inverse"
    menu_label = _("Documents proposés")
    menu_name = "proposed_documents"
    menu_order = 260
    add_to_admin_menu = True
    edit_view_class = ProposedDocumentEditView
    list_display = ["title", "organisation", "kind", "created_at"]
    list_filter = ["kind", "organisation"]
    search_fields = ["title", "description"]
    search_backend_name = None
    edit_handler = ObjectList(
        [
            FieldPanel("organisation", read_only=True),
            FieldPanel("title"),
            FieldRowPanel([FieldPanel("kind"), FieldPanel("year")]),
            FieldPanel("themes", widget=forms.CheckboxSelectMultiple),
            FieldPanel("description"),
            FieldPanel("file", read_only=True),
        ],
        base_form_class=ProposedDocumentForm,
    )
