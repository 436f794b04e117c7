"""Admin for the facilitator (organisations, members, working groups, invitations, resources)
and the document serve hook that keeps members-only attachments reserved."""

import django_filters
from django import forms
from django.contrib import messages
from django.contrib.auth import get_user_model
from django.contrib.auth.views import redirect_to_login
from django.http import Http404
from django.urls import include, path, reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from wagtail import hooks
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.admin.menu import MenuItem
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel, ObjectList
from wagtail.admin.ui.tables import BooleanColumn
from wagtail.admin.widgets.button import HeaderButton, ListingButton
from wagtail.models import Locale
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import (
    CreateView,
    EditView,
    IndexView,
    SnippetViewSet,
    SnippetViewSetGroup,
)

from sheets.models import Theme

from . import activity_report, admin_personal_data, admin_views, missing_files, permissions
from .choosers import person_chooser_viewset
from .commune_sections import commune_organisations_section, comparable_communes_section
from .dashboard import MembershipsEndingPanel, RecentDownloadsPanel
from .emails import send_invitation
from .forms import InvitationAdminFormMixin, ResourceAdminFormMixin
from .models import Invitation, MemberOrganisation, MemberProfile, Resource, WorkingGroup
from .reports import DownloadReportView
from .widgets import SearchableCheckboxSelectMultiple

# A commune's member organisations on its page (members only), and "Communes comme la mienne"
# on the dashboard.
hooks.register("sheets_commune_page_sections", commune_organisations_section)
hooks.register("members_area_dashboard_sections", comparable_communes_section)
# The documents added and downloaded, in the yearly activity report (activity plugin).
hooks.register("activity_report_sections", activity_report.section)
hooks.register("activity_report_first_year", activity_report.first_year)


@hooks.register("before_serve_document")
def protect_members_only_documents(document, request):
    """A document attached "members only" anywhere is served to active members and staff only:
    anonymous visitors are asked to sign in, anyone else gets a 404 (nothing is revealed).
    Who may download it gets, when its file is missing, the "temporarily unavailable" page."""
    if permissions.can_download_document(request.user, document):
        return missing_files.document_unavailable(request, document)
    if not request.user.is_authenticated:
        return redirect_to_login(request.get_full_path(), reverse("members_area:login"))
    raise Http404


@hooks.register("register_admin_viewset")
def register_person_chooser():
    return person_chooser_viewset


@hooks.register("register_admin_urls")
def register_member_admin_urls():
    urls = [
        path(
            "resources/<int:pk>/access/",
            admin_views.ResourceAccessView.as_view(),
            name="resource_access",
        ),
        path(
            "resources/<int:pk>/downloads/",
            admin_views.ResourceDownloadsView.as_view(),
            name="resource_downloads",
        ),
        path(
            "members/<int:pk>/export/",
            admin_personal_data.MemberExportView.as_view(),
            name="member_export",
        ),
        path(
            "members/<int:pk>/anonymise/",
            admin_personal_data.MemberAnonymiseView.as_view(),
            name="member_anonymise",
        ),
        path("downloads/", DownloadReportView.as_view(), name="downloads"),
        path(
            "downloads/results/",
            DownloadReportView.as_view(results_only=True),
            name="downloads_results",
        ),
    ]
    return [
        path("members-area/", include((urls, "members_area_admin"), namespace="members_area_admin"))
    ]


@hooks.register("register_log_actions")
def register_personal_data_log_actions(actions):
    admin_personal_data.register_actions(actions)


class ResourceManagersMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.has_perm("members_area.change_resource")


@hooks.register("register_reports_menu_item")
def register_download_report_menu_item():
    return ResourceManagersMenuItem(
        gettext_lazy("Téléchargements des ressources"),
        reverse("members_area_admin:downloads"),
        icon_name="download",
        order=700,
    )


@hooks.register("construct_homepage_panels")
def add_member_area_panels(request, panels):
    panels.append(MembershipsEndingPanel())
    panels.append(RecentDownloadsPanel())


# --- Organisations, members, working groups -------------------------------------------------


class MemberOrganisationViewSet(SnippetViewSet):
    model = MemberOrganisation
    icon = "group"
    menu_label = gettext_lazy("Collectivités adhérentes")
    list_display = ["name", "kind", "member_since", "active_until"]
    list_filter = ["kind"]
    search_fields = ["name"]
    search_backend_name = None
    panels = [
        FieldRowPanel([FieldPanel("name"), FieldPanel("slug")]),
        FieldRowPanel([FieldPanel("kind"), FieldPanel("commune")]),
        FieldRowPanel([FieldPanel("member_since"), FieldPanel("active_until")]),
    ]


class MemberProfileIndexView(IndexView):
    def get_list_more_buttons(self, instance):
        buttons = super().get_list_more_buttons(instance)
        if self.request.user.has_perm(admin_personal_data.PERMISSION):
            links = admin_personal_data.member_admin_links(instance)
            for priority, (label, url, icon) in enumerate(links, start=1):
                buttons.append(ListingButton(label, url=url, icon_name=icon, priority=priority))
        return buttons


class MemberProfileEditView(EditView):
    def get_header_more_buttons(self):
        buttons = list(super().get_header_more_buttons())
        if self.request.user.has_perm(admin_personal_data.PERMISSION):
            links = admin_personal_data.member_admin_links(self.object)
            for priority, (label, url, icon) in enumerate(links, start=1):
                buttons.append(HeaderButton(label, url=url, icon_name=icon, priority=priority))
        return buttons


class MemberProfileViewSet(SnippetViewSet):
    model = MemberProfile
    icon = "user"
    index_view_class = MemberProfileIndexView
    edit_view_class = MemberProfileEditView
    menu_label = gettext_lazy("Membres")
    list_display = ["user", "organisation", "role", "function"]
    list_filter = ["role", "organisation", "contributor"]
    search_fields = ["user__email", "user__last_name", "user__first_name", "function"]
    search_backend_name = None
    panels = [
        FieldPanel("user", widget=person_chooser_viewset.widget_class),
        FieldPanel("organisation"),
        FieldRowPanel([FieldPanel("role"), FieldPanel("function")]),
        FieldPanel("contributor"),
    ]


class MemberChoiceField(forms.ModelMultipleChoiceField):
    """People with a member profile, each shown with their address and organisation, so that
    the filter finds them by any of the three."""

    def label_from_instance(self, obj):
        return f"{obj} ({obj.email}, {obj.member_profile.organisation})"


class WorkingGroupForm(WagtailAdminModelForm):
    """Edits the working group's members, who are the users of its auth Group."""

    members = MemberChoiceField(
        label=gettext_lazy("membres"),
        queryset=get_user_model()
        .objects.filter(member_profile__isnull=False)
        .select_related("member_profile__organisation")
        .order_by("last_name", "first_name", "email"),
        required=False,
        widget=SearchableCheckboxSelectMultiple(
            search_label=gettext_lazy("Filtrer les membres (nom, adresse e-mail, collectivité)")
        ),
        help_text=gettext_lazy("Les personnes qui reçoivent les accès donnés à ce groupe."),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if self.instance.pk:
            self.fields["members"].initial = self.instance.group.user_set.all()

    def save(self, commit=True):
        instance = super().save(commit=commit)
        if commit:
            instance.group.user_set.set(self.cleaned_data["members"])
        return instance


class WorkingGroupViewSet(SnippetViewSet):
    model = WorkingGroup
    icon = "group"
    menu_label = gettext_lazy("Groupes de travail")
    list_display = ["name", "description"]
    search_fields = ["name"]
    search_backend_name = None
    edit_handler = ObjectList(
        [FieldPanel("name"), FieldPanel("slug"), FieldPanel("description"), FieldPanel("members")],
        base_form_class=WorkingGroupForm,
    )


# --- Invitations -----------------------------------------------------------------------------


class InvitationForm(InvitationAdminFormMixin, WagtailAdminModelForm):
    pass


class InvitationCreateView(CreateView):
    """Creating an invitation sends the e-mail with its one-time link."""

    def form_valid(self, form):
        self.token = form.instance.new_token()
        form.instance.invited_by = self.request.user
        response = super().form_valid(form)
        send_invitation(self.object, self.token, self.request)
        messages.info(
            self.request,
            _("Invitation envoyée à %(email)s.") % {"email": self.object.email},
        )
        return response


class InvitationViewSet(SnippetViewSet):
    model = Invitation
    icon = "mail"
    menu_label = gettext_lazy("Invitations")
    add_view_class = InvitationCreateView
    list_display = ["email", "organisation", "role", "status", "created_at", "expires_at"]
    list_filter = ["organisation"]
    search_fields = ["email"]
    search_backend_name = None
    edit_handler = ObjectList(
        [
            FieldPanel("email"),
            FieldRowPanel([FieldPanel("first_name"), FieldPanel("last_name")]),
            FieldPanel("organisation"),
            FieldRowPanel([FieldPanel("role"), FieldPanel("function")]),
        ],
        base_form_class=InvitationForm,
    )


# --- Resources -------------------------------------------------------------------------------


def _resource_admin_links(resource):
    return [
        (
            _("Accès"),
            reverse("members_area_admin:resource_access", args=[resource.pk]),
            "lock",
        ),
        (
            _("Téléchargements"),
            reverse("members_area_admin:resource_downloads", args=[resource.pk]),
            "download",
        ),
    ]


class ResourceIndexView(IndexView):
    def get_list_more_buttons(self, instance):
        buttons = super().get_list_more_buttons(instance)
        for priority, (label, url, icon) in enumerate(_resource_admin_links(instance), start=1):
            buttons.append(ListingButton(label, url=url, icon_name=icon, priority=priority))
        return buttons


class ResourceEditView(EditView):
    def get_header_more_buttons(self):
        buttons = list(super().get_header_more_buttons())
        for priority, (label, url, icon) in enumerate(_resource_admin_links(self.object), start=1):
            buttons.append(HeaderButton(label, url=url, icon_name=icon, priority=priority))
        return buttons


class YesNoColumn(BooleanColumn):
    """A tick or a cross, announced "Oui" or "Non" (not "True"/"False")."""

    cell_template_name = "members_area/admin/yes_no_cell.html"


class ResourceForm(ResourceAdminFormMixin, WagtailAdminModelForm):
    pass


def _default_language_themes(request):
    return Theme.objects.filter(locale=Locale.get_default())


class ResourceFilterSet(WagtailFilterSet):
    """The list's filters; the themes are those of the default language, as on the form."""

    themes = django_filters.ModelChoiceFilter(
        label=gettext_lazy("thème"), queryset=_default_language_themes
    )

    class Meta:
        model = Resource
        fields = ["kind", "open_to_all_members", "themes", "text_status"]


class ResourceViewSet(SnippetViewSet):
    model = Resource
    icon = "doc-full"
    menu_label = gettext_lazy("Ressources réservées")
    index_view_class = ResourceIndexView
    edit_view_class = ResourceEditView
    list_display = [
        "title",
        "kind",
        "year",
        YesNoColumn("open_to_all_members", label=gettext_lazy("ouvert à tous les adhérents")),
        "text_status",
        "file_missing_since",
        "updated_at",
    ]
    filterset_class = ResourceFilterSet
    search_fields = ["title", "description"]
    search_backend_name = None
    edit_handler_panels = [
        FieldPanel("title"),
        FieldPanel("slug"),
        FieldRowPanel([FieldPanel("kind"), FieldPanel("year"), FieldPanel("commune")]),
        FieldPanel("themes", widget=forms.CheckboxSelectMultiple),
        FieldPanel("description"),
        FieldPanel("file"),
        FieldRowPanel(
            [
                FieldPanel(
                    "text_status",
                    read_only=True,
                    help_text=gettext_lazy(
                        "Lu en arrière-plan après l'envoi du fichier : la recherche trouve "
                        "les mots du document une fois son texte extrait."
                    ),
                ),
                FieldPanel("text_error", read_only=True),
            ]
        ),
        MultiFieldPanel(
            [
                FieldPanel(
                    "related_sheets",
                    widget=SearchableCheckboxSelectMultiple(
                        search_label=gettext_lazy("Filtrer les fiches expérience par titre")
                    ),
                ),
                FieldPanel(
                    "related_events",
                    widget=SearchableCheckboxSelectMultiple(
                        search_label=gettext_lazy("Filtrer les rencontres par titre")
                    ),
                ),
            ],
            heading=gettext_lazy("Liens avec le site public"),
        ),
        FieldPanel("open_to_all_members"),
    ]
    edit_handler = ObjectList(edit_handler_panels, base_form_class=ResourceForm)


class MembersAreaGroup(SnippetViewSetGroup):
    menu_label = gettext_lazy("Espace adhérents")
    menu_icon = "group"
    menu_order = 250
    items = (
        ResourceViewSet,
        MemberOrganisationViewSet,
        MemberProfileViewSet,
        WorkingGroupViewSet,
        InvitationViewSet,
    )


register_snippet(MembersAreaGroup)
