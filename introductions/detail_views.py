"""A request's page (its state and history) and the actions taken on it: the contact accepts
(choosing what to share) or declines; the facilitator records the introduction or closes it.
Seen only by who asked, who is asked and staff (404 for anyone else); each action is allowed to
one side only (403 for the other)."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_POST

from members_area import permissions

from . import actions
from .access import one_request_only
from .forms import AcceptForm, NoteForm
from .models import Status

ALREADY_DONE = gettext_lazy("Cette demande a déjà changé d'état : rien n'a été modifié.")
NOTE_LABELS = {
    "decline": gettext_lazy("Un mot pour la personne qui vous sollicite (facultatif)"),
    "introduce": gettext_lazy("Comment avez-vous mis ces personnes en relation ?"),
    "close": gettext_lazy("Motif de la clôture (facultatif)"),
}


def note_form(name, data=None):
    return NoteForm(data, prefix=name, label=NOTE_LABELS[name], required=name == "introduce")


def _forms(request, intro, given):
    """The forms this viewer may use on this request now (bound ones after a failed post)."""
    user = request.user
    forms = {}
    if intro.status == Status.PENDING and permissions.may_answer_introduction(
        user, intro.contact_id
    ):
        forms["accept_form"] = given.get("accept_form") or AcceptForm(contact_email=user.email)
        forms["decline_form"] = given.get("decline_form") or note_form("decline")
    if intro.is_open and permissions.is_staff(user):
        forms["introduce_form"] = given.get("introduce_form") or note_form("introduce")
        forms["close_form"] = given.get("close_form") or note_form("close")
    return forms


def render_detail(request, intro, *, status=200, **given):
    user = request.user
    is_requester = intro.requester_id is not None and intro.requester_id == user.pk
    is_contact = intro.contact_id is not None and intro.contact_id == user.pk
    sheet = intro.sheet
    context = {
        "intro": intro,
        "events": list(intro.events.select_related("actor")),
        "is_requester": is_requester,
        "is_contact": is_contact,
        "is_staff": permissions.is_staff(user),
        "has_errors": status >= 400,
        # What the contact chose to share: to the requester once accepted, and to the contact
        # (their own); staff see which fields were shared, not their values.
        "shows_details": is_contact or (is_requester and intro.status == Status.ACCEPTED),
        "sheet_url": sheet.get_url(request) if sheet is not None and sheet.live else None,
        **_forms(request, intro, given),
    }
    return render(request, "introductions/detail.html", context, status=status)


@one_request_only
def detail(request, intro):
    return render_detail(request, intro)


def _done(request, intro, done, success):
    if done:
        messages.success(request, success)
    else:
        messages.info(request, ALREADY_DONE)
    return redirect(intro)


@one_request_only
@require_POST
def accept(request, intro):
    if not permissions.may_answer_introduction(request.user, intro.contact_id):
        raise PermissionDenied
    form = AcceptForm(request.POST, contact_email=request.user.email)
    if not form.is_valid():
        return render_detail(request, intro, status=400, accept_form=form)
    done = actions.accept(
        intro,
        request.user,
        share_email=form.cleaned_data["share_email"],
        phone=form.cleaned_data["phone"],
    )
    return _done(
        request,
        intro,
        done,
        _("Merci ! Vos coordonnées choisies sont transmises à la personne qui vous sollicite."),
    )


@one_request_only
@require_POST
def decline(request, intro):
    if not permissions.may_answer_introduction(request.user, intro.contact_id):
        raise PermissionDenied
    form = note_form("decline", request.POST)
    if not form.is_valid():
        return render_detail(request, intro, status=400, decline_form=form)
    done = actions.decline(intro, request.user, note=form.cleaned_data["note"])
    return _done(
        request,
        intro,
        done,
        _("Vous avez décliné la demande : l'équipe d'animation prend le relais."),
    )


@one_request_only
@require_POST
def introduce(request, intro):
    if not permissions.is_staff(request.user):
        raise PermissionDenied
    form = note_form("introduce", request.POST)
    if not form.is_valid():
        return render_detail(request, intro, status=400, introduce_form=form)
    done = actions.record_introduction(intro, request.user, note=form.cleaned_data["note"])
    return _done(request, intro, done, _("La mise en relation est enregistrée."))


@one_request_only
@require_POST
def close(request, intro):
    if not permissions.is_staff(request.user):
        raise PermissionDenied
    form = note_form("close", request.POST)
    if not form.is_valid():
        return render_detail(request, intro, status=400, close_form=form)
    done = actions.close(intro, request.user, note=form.cleaned_data["note"])
    return _done(request, intro, done, _("La demande est close."))
