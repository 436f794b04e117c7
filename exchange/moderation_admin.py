"""The facilitator's lists in Wagtail's admin, under "Échanges": the questions (read-only, each
linked to its page in the member area, where the facilitator acts) and the queue of reports
(pending first, each with its post and the actions: hide the post, keep it).

Both are read-only in the admin (view permission): the actions go through the member area's
moderation views, which tell the people concerned."""

import django_filters
from django.contrib.auth import get_user_model
from django.db.models import Count, Q
from django.urls import reverse
from django.utils.functional import cached_property
from django.utils.http import urlencode
from django.utils.translation import gettext_lazy as _
from wagtail.admin.filters import DateRangePickerWidget, WagtailFilterSet
from wagtail.admin.ui.tables import (
    ButtonsColumnMixin,
    Column,
    DateColumn,
    NumberColumn,
    StatusTagColumn,
    TitleColumn,
)
from wagtail.admin.views.generic import IndexView
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.admin.widgets.button import ListingButton
from wagtail.permission_policies import ModelPermissionPolicy

from sheets.models import Theme

from . import moderation
from .models import Question, Report

REPORTS_INDEX = "exchange_reports:index"


class ViewOnlyPermissionPolicy(ModelPermissionPolicy):
    """Only the model's "view" permission counts: no adding, editing or deleting in the admin."""

    def user_has_permission(self, user, action):
        return action == "view" and super().user_has_permission(user, action)

    def users_with_any_permission(self, actions):
        if "view" not in actions:
            return get_user_model().objects.none()
        return super().users_with_any_permission(["view"])


class TitleWithActionsColumn(ButtonsColumnMixin, TitleColumn):
    """A title linked to the member-area page, with the row's actions (`buttons_for`)."""

    def __init__(self, *args, buttons_for, **kwargs):
        super().__init__(*args, **kwargs)
        self.buttons_for = buttons_for

    def get_buttons(self, instance, parent_context):
        return self.buttons_for(instance)


# --- Questions ------------------------------------------------------------------------------


class QuestionStatus:
    UNANSWERED = "unanswered"
    ANSWERED = "answered"
    HIDDEN = "hidden"
    CHOICES = [
        (UNANSWERED, _("sans réponse")),
        (ANSWERED, _("avec réponse")),
        (HIDDEN, _("masquée")),
    ]
    LABELS = dict(CHOICES)

    @classmethod
    def of(cls, question):
        if question.is_hidden:
            return cls.HIDDEN
        return cls.ANSWERED if question.answer_count else cls.UNANSWERED


class QuestionFilterSet(WagtailFilterSet):
    status = django_filters.ChoiceFilter(
        label=_("Statut"), choices=QuestionStatus.CHOICES, method="filter_status"
    )
    themes = django_filters.ModelMultipleChoiceFilter(
        label=_("Thèmes"), queryset=Theme.objects.all(), distinct=True
    )
    created_at = django_filters.DateFromToRangeFilter(
        label=_("Posée entre"), widget=DateRangePickerWidget
    )

    class Meta:
        model = Question
        fields = ["status", "themes", "created_at"]

    def filter_status(self, queryset, name, value):
        if value == QuestionStatus.HIDDEN:
            return queryset.filter(hidden_at__isnull=False)
        queryset = queryset.filter(hidden_at__isnull=True)
        if value == QuestionStatus.ANSWERED:
            return queryset.filter(answer_count__gt=0)
        return queryset.filter(answer_count=0)


class QuestionIndexView(IndexView):
    @cached_property
    def columns(self):
        return [
            TitleWithActionsColumn(
                "title",
                label=_("Question"),
                get_url=moderation.member_page_url,
                buttons_for=self.get_list_buttons,
            ),
            Column("organisation", label=_("Collectivité"), accessor="organisation.name"),
            DateColumn("created_at", label=_("Posée le")),
            NumberColumn("answer_count", label=_("Réponses")),
            StatusTagColumn(
                "status",
                label=_("Statut"),
                accessor=lambda q: QuestionStatus.LABELS[QuestionStatus.of(q)],
                primary=lambda q: QuestionStatus.of(q) == QuestionStatus.UNANSWERED,
            ),
        ]

    def get_base_queryset(self):
        return (
            super()
            .get_base_queryset()
            .select_related("organisation")
            .annotate(answer_count=Count("answers", filter=Q(answers__hidden_at__isnull=True)))
        )


class QuestionViewSet(ModelViewSet):
    model = Question
    icon = "help"
    menu_label = _("Questions")
    menu_order = 100
    add_to_admin_menu = False
    index_view_class = QuestionIndexView
    inspect_view_enabled = True
    copy_view_enabled = False
    filterset_class = QuestionFilterSet
    form_fields = ["title"]  # required by ModelViewSet; editing is refused by the policy
    search_fields = ["title", "body"]
    search_backend_name = None
    inspect_view_fields = [
        "title",
        "body",
        "stage",
        "context",
        "organisation",
        "created_at",
        "hidden_at",
        "hidden_reason",
    ]


# --- Reports --------------------------------------------------------------------------------


class ReportFilterSet(WagtailFilterSet):
    PENDING = "pending"
    state = django_filters.ChoiceFilter(
        label=_("Suite donnée"),
        choices=[(PENDING, _("à examiner")), *Report.Outcome.choices[1:]],
        method="filter_state",
    )

    class Meta:
        model = Report
        fields = ["state"]

    def filter_state(self, queryset, name, value):
        outcome = Report.Outcome.PENDING if value == self.PENDING else value
        return queryset.filter(outcome=outcome)


def _report_post_label(report):
    post = report.post
    if report.answer_id:
        return _("Réponse à « %(title)s »") % {"title": post.question.title}
    return post.title


class ReportIndexView(IndexView):
    @cached_property
    def columns(self):
        return [
            TitleWithActionsColumn(
                "post",
                label=_("Message signalé"),
                accessor=_report_post_label,
                get_url=lambda r: moderation.member_page_url(r.post),
                buttons_for=self.get_list_buttons,
            ),
            Column("reason", label=_("Motif")),
            Column("reporter", label=_("Signalé par")),
            DateColumn("created_at", label=_("Signalé le")),
            StatusTagColumn(
                "outcome",
                label=_("Suite donnée"),
                accessor="get_outcome_display",
                primary=lambda r: r.outcome == Report.Outcome.PENDING,
            ),
        ]

    def get_base_queryset(self):
        # Pending first ("" sorts before the outcomes), newest first within each.
        return (
            super()
            .get_base_queryset()
            .select_related("question", "answer__question", "reporter")
            .order_by("outcome", "-created_at", "-pk")
        )

    def get_list_more_buttons(self, instance):
        buttons = super().get_list_more_buttons(instance)
        if instance.outcome != Report.Outcome.PENDING:
            return buttons
        back = urlencode({"next": reverse(REPORTS_INDEX)})
        post = instance.post
        kind = moderation.kind_of(post)
        if not post.is_hidden:
            url = reverse(f"exchange:hide_{kind}", args=[post.pk])
            buttons.append(
                ListingButton(_("Masquer le message"), url=f"{url}?{back}", icon_name="view")
            )
        url = reverse("exchange:keep_report", args=[instance.pk])
        buttons.append(ListingButton(_("Conserver"), url=f"{url}?{back}", icon_name="check"))
        return buttons


class ReportViewSet(ModelViewSet):
    model = Report
    icon = "warning"
    menu_label = _("Signalements")
    menu_order = 200
    add_to_admin_menu = False
    index_view_class = ReportIndexView
    inspect_view_enabled = True
    copy_view_enabled = False
    filterset_class = ReportFilterSet
    form_fields = ["reason"]  # required by ModelViewSet; editing is refused by the policy
    inspect_view_fields = ["reason", "created_at", "outcome", "handled_at"]
