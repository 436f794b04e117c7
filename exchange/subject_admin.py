"""The subjects in Wagtail's admin: the ranked list "Sujets à travailler" (communes
supporting each, status, a link to the subject's page where the facilitator acts) and the
dashboard panel of the most supported subjects still to work on."""

from django.utils.translation import gettext_lazy as _
from wagtail.admin.ui.components import Component
from wagtail.admin.ui.tables import Column
from wagtail.admin.views.generic.models import IndexView
from wagtail.admin.viewsets.model import ModelViewSet

from members_area import permissions

from .models import Subject, SubjectStatus

PANEL_LIMIT = 5
RANKING = "-commune_count"


class SubjectIndexView(IndexView):
    """Every subject (hidden and merged ones too: the facilitator manages them), most supported
    first, then the newest."""

    default_ordering = RANKING

    def get_base_queryset(self):
        return super().get_base_queryset().with_support_counts().select_related("organisation")

    def order_queryset(self, queryset):
        if self.ordering == RANKING:
            return queryset.order_by(RANKING, "-created_at", "-pk")
        return super().order_queryset(queryset)


class LinkColumn(Column):
    """A link to the subject's page in the member area, where the facilitator answers, merges
    and plans it."""

    cell_template_name = "exchange/admin/subject_link_cell.html"


class SubjectViewSet(ModelViewSet):
    model = Subject
    icon = "list-ol"
    name = "exchange_subjects"
    menu_label = _("Sujets à travailler")
    menu_order = 300
    add_to_admin_menu = False  # under Échanges (exchange/wagtail_hooks.py)
    index_view_class = SubjectIndexView
    list_display = [
        "title",
        Column("commune_count", label=_("communes qui le soutiennent"), sort_key="commune_count"),
        "status",
        "organisation",
        Column("created_at", label=_("proposé le"), sort_key="created_at"),
        LinkColumn("page", label=_("page du sujet"), accessor="get_absolute_url"),
    ]
    list_filter = ["status"]
    search_fields = ["title", "description"]
    search_backend_name = None
    form_fields = ["title", "description", "themes"]


class SubjectsPanel(Component):
    """The five subjects still proposed that the most communes support (one query); for the
    facilitation team, who act on them from each subject's page."""

    name = "exchange_subjects"
    template_name = "exchange/admin/subjects_panel.html"
    order = 26

    def render_html(self, parent_context=None):
        user = parent_context["request"].user
        if not (permissions.is_staff(user) and user.has_perm("exchange.change_subject")):
            return ""
        return super().render_html(parent_context)

    def get_context_data(self, parent_context):
        subjects = (
            Subject.objects.visible()
            .filter(status=SubjectStatus.PROPOSED)
            .with_support_counts()
            .select_related("organisation")
            .order_by("-commune_count", "-created_at", "-pk")[:PANEL_LIMIT]
        )
        return {"subjects": list(subjects)}
