"""The subjects' member pages under /adherents/sujets/: the ranked list, the proposal form, a
subject's page and its support button.

Who may come in is decided by members_area.permissions: an anonymous visitor is sent to sign
in, a signed-in person who is not an active member gets the member area's "not a member" page
(403) and nothing of the subjects. A hidden subject is a 404 except for staff and its author;
a merged one sends to the subject it was merged into."""

from django.contrib import messages
from django.core.paginator import Paginator
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST
from wagtail.models import Locale

from core.rate_limit import allow
from core.submission import already_posted
from members_area import permissions
from members_area.gates import members_only
from sheets.models import Theme

from . import conf, subject_actions
from .models import Subject
from .subject_forms import (
    AnswerForm,
    EventChoiceForm,
    MergeForm,
    NewEventForm,
    SubjectFilterForm,
    SubjectForm,
)

MERGE_HOPS = 5  # merged subjects are re-pointed on merge: one hop, a few at most


def subject_or_404(request, pk):
    """The subject, or 404 when it is hidden from this person."""
    subject = get_object_or_404(
        Subject.objects.select_related("organisation", "event", "merged_into"), pk=pk
    )
    if subject.is_hidden and not (
        permissions.is_staff(request.user) or subject.author_id == request.user.pk
    ):
        raise Http404
    return subject


def _merged_target(subject):
    target = subject
    for _hop in range(MERGE_HOPS):
        if target.merged_into_id is None:
            break
        target = target.merged_into
    return target


@members_only
def subject_list(request):
    themes = list(Theme.objects.filter(locale=Locale.get_active()).order_by("name"))
    filters = SubjectFilterForm(request.GET or None, themes=themes)
    subjects = filters.filter(Subject.objects.visible(), request.user)
    subjects = subject_actions.ranked(subjects, request.user)
    paginator = Paginator(subjects, conf.get("EXCHANGE_PER_PAGE"))
    page_obj = paginator.get_page(request.GET.get("page"))
    query = request.GET.copy()
    query.pop("page", None)
    return render(
        request,
        "exchange/subject_list.html",
        {
            "filters": filters,
            "page_obj": page_obj,
            "page_links": list(paginator.get_elided_page_range(page_obj.number)),
            "query": query.urlencode(),
        },
    )


@members_only
def propose_subject(request):
    form = SubjectForm(request.POST or None)
    status = 200
    if request.method == "POST" and form.is_valid():
        key = form.cleaned_data.get("submission_key")
        existing = already_posted(Subject, key, author=request.user)
        if existing is not None:
            return redirect(existing)
        if allow("exchange-post", request.user.pk, conf.get("EXCHANGE_POSTS_PER_HOUR")):
            subject = subject_actions.propose(
                request.user,
                title=form.cleaned_data["title"],
                description=form.cleaned_data["description"],
                themes=form.cleaned_data["themes"],
                submission_key=key,
            )
            messages.success(
                request,
                _("Votre sujet est proposé : les autres communes peuvent maintenant le soutenir."),
            )
            return redirect(subject)
        form.add_error(
            None,
            _(
                "Vous avez envoyé beaucoup de messages en peu de temps : attendez un peu avant "
                "de proposer ce sujet. Votre texte est conservé ci-dessous."
            ),
        )
        status = 429
    elif request.method == "POST":
        status = 400
    return render(request, "exchange/subject_form.html", {"form": form}, status=status)


def render_subject(request, subject, *, status=200, **forms):
    """The subject's page; the facilitator's forms come bound after a failed action."""
    organisations = subject_actions.supporting_organisations(subject)
    profile = permissions.member_profile(request.user)
    supports = subject.supports.filter(user=request.user.pk).exists()
    context = {
        "subject": subject,
        "themes": list(subject.themes.all()),
        "organisations": organisations,
        "commune_count": len(organisations),
        "merged_subjects": list(
            subject.merged_subjects.filter(hidden_at__isnull=True).order_by("title")
        ),
        "supports": supports,
        "is_author": subject.author_id == request.user.pk,
        "may_support": profile is not None and not subject.is_hidden,
        "organisation_supports": profile is not None and profile.organisation.name in organisations,
        "event_is_live": subject.event is not None and subject.event.live,
    }
    if permissions.is_staff(request.user):
        context.update(
            answer_form=forms.get("answer_form")
            or AnswerForm(initial={"facilitator_answer": subject.facilitator_answer}),
            merge_form=forms.get("merge_form") or MergeForm(subject=subject),
            event_form=forms.get("event_form") or EventChoiceForm(),
            new_event_form=forms.get("new_event_form") or NewEventForm(),
            event_index=subject_actions.event_index(),
        )
    return render(request, "exchange/subject_detail.html", context, status=status)


@members_only
def subject_detail(request, pk):
    subject = subject_or_404(request, pk)
    if subject.merged_into_id is not None:
        return redirect(_merged_target(subject))
    return render_subject(request, subject)


@members_only
@require_POST
def support_subject(request, pk):
    subject = subject_or_404(request, pk)
    if subject.merged_into_id is not None:
        return redirect(_merged_target(subject))
    if subject.is_hidden or permissions.member_profile(request.user) is None:
        messages.error(
            request, _("Seuls les membres d'une collectivité adhérente peuvent soutenir un sujet.")
        )
        return redirect(subject)
    if subject_actions.toggle_support(subject, request.user):
        messages.success(request, _("Votre soutien est enregistré."))
    else:
        messages.success(request, _("Votre soutien est retiré."))
    return redirect(subject)
