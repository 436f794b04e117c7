"""The facilitator's actions on a subject, from its page: answer it, merge it into another
subject, turn it into an event (an existing one, or a draft made from the subject and completed
in Wagtail's editor). Staff only; a failed form shows the page again with what was typed."""

from functools import wraps

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from members_area import permissions
from members_area.gates import members_only

from . import subject_actions
from .subject_forms import AnswerForm, EventChoiceForm, MergeForm, NewEventForm
from .subject_views import render_subject, subject_or_404


def facilitator_action(view):
    """POST, signed in, a member (else the member area's answers), then staff (else 403); the
    subject must still be open (not merged)."""

    @members_only
    @require_POST
    @wraps(view)
    def wrapped(request, pk):
        if not permissions.is_staff(request.user):
            raise PermissionDenied
        subject = subject_or_404(request, pk)
        if subject.merged_into_id is not None:
            messages.error(request, _("Ce sujet a déjà été regroupé avec un autre."))
            return redirect(subject.merged_into)
        return view(request, subject)

    return wrapped


@facilitator_action
def answer_subject(request, subject):
    form = AnswerForm(request.POST)
    if not form.is_valid():
        return render_subject(request, subject, answer_form=form, status=400)
    subject_actions.answer(subject, form.cleaned_data["facilitator_answer"], request.user)
    messages.success(
        request, _("Réponse enregistrée : les communes qui soutiennent le sujet en sont informées.")
    )
    return redirect(subject)


@facilitator_action
def merge_subject(request, subject):
    form = MergeForm(request.POST, subject=subject)
    if not form.is_valid():
        return render_subject(request, subject, merge_form=form, status=400)
    target = form.cleaned_data["target"]
    subject_actions.merge(subject, target, request.user)
    messages.success(
        request,
        _("« %(subject)s » est regroupé avec ce sujet ; ses soutiens l'ont rejoint.")
        % {"subject": subject.title},
    )
    return redirect(target)


@facilitator_action
def plan_subject(request, subject):
    form = EventChoiceForm(request.POST)
    if not form.is_valid():
        return render_subject(request, subject, event_form=form, status=400)
    subject_actions.plan(subject, form.cleaned_data["event"], request.user)
    messages.success(
        request, _("Le sujet est programmé : les communes qui le soutiennent en sont informées.")
    )
    return redirect(subject)


@facilitator_action
def draft_subject_event(request, subject):
    form = NewEventForm(request.POST)
    index = subject_actions.event_index()
    if index is None:
        form.add_error(
            None, _("Le site n'a pas encore d'agenda des rencontres où créer la rencontre.")
        )
    if not form.is_valid():
        return render_subject(request, subject, new_event_form=form, status=400)
    event = subject_actions.draft_event(subject, form.cleaned_data["start"], request.user, index)
    messages.success(request, _("Rencontre créée en brouillon : complétez-la puis publiez-la."))
    return redirect(reverse("wagtailadmin_pages:edit", args=[event.pk]))
