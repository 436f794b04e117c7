"""A member's pages: ask to be put in touch from a sheet, and "Mes mises en relation" (the
requests they sent and those they received)."""

from django.contrib import messages
from django.db import IntegrityError
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _

from core.rate_limit import allow
from core.submission import already_posted
from members_area import permissions
from members_area.gates import members_only
from sheets.models import ExperienceSheetPage

from . import actions, conf
from .forms import RequestForm
from .models import IntroductionRequest

DAY = 24 * 3600


def is_sheet_contact(user, sheet) -> bool:
    """Whether this person is the one the sheet names as its contact (same address)."""
    email = (sheet.contact_email or "").strip().lower()
    return bool(email) and (user.email or "").lower() == email


def open_request(user, sheet):
    return IntroductionRequest.objects.open().filter(requester_id=user.pk, sheet=sheet).first()


def _refusal(user, sheet):
    """Why this member cannot ask about this sheet, or None."""
    if permissions.member_profile(user) is None:
        return _(
            "Les demandes de mise en relation sont faites par les membres des collectivités "
            "adhérentes ; l'équipe d'animation les suit depuis l'administration."
        )
    if is_sheet_contact(user, sheet):
        return _("Vous êtes la personne à contacter pour cette fiche.")
    return None


@members_only
def ask(request, sheet_id):
    sheet = get_object_or_404(
        ExperienceSheetPage.objects.live().public().select_related("commune"), pk=sheet_id
    )
    refusal = _refusal(request.user, sheet)
    if refusal:
        messages.info(request, refusal)
        return redirect(sheet.get_url(request))
    form = RequestForm(request.POST or None)
    status = 200
    if request.method == "POST":
        status = 400
        if form.is_valid():
            made = already_posted(
                IntroductionRequest, form.cleaned_data.get("submission_key"), requester=request.user
            )
            if made is not None:  # the same form sent twice
                return redirect(made)
    existing = open_request(request.user, sheet)
    if existing is not None:
        messages.info(request, _("Vous avez déjà une demande en cours pour cette fiche."))
        return redirect(existing)
    if request.method == "POST" and form.is_valid():
        if allow(
            "introductions-request",
            request.user.pk,
            conf.get("INTRODUCTIONS_REQUESTS_PER_DAY"),
            DAY,
        ):
            return _create(request, form, sheet)
        form.add_error(
            None,
            _(
                "Vous avez envoyé beaucoup de demandes aujourd'hui : réessayez demain. Votre "
                "message est conservé ci-dessous."
            ),
        )
        status = 429
    return render(request, "introductions/ask.html", {"form": form, "sheet": sheet}, status=status)


def _create(request, form, sheet):
    try:
        made = actions.create_request(
            request.user,
            sheet,
            purpose=form.cleaned_data["purpose"],
            message=form.cleaned_data["message"],
            submission_key=form.cleaned_data.get("submission_key"),
        )
    except IntegrityError:  # the same form, or another request for the sheet, at that instant
        made = already_posted(
            IntroductionRequest, form.cleaned_data.get("submission_key"), requester=request.user
        ) or open_request(request.user, sheet)
        if made is None:
            raise
        return redirect(made)
    if made.contact_id:
        messages.success(
            request,
            _(
                "Votre demande est envoyée à la personne à contacter et à l'équipe d'animation. "
                "Vous serez prévenu·e de sa réponse."
            ),
        )
    else:
        messages.success(
            request,
            _("Votre demande est envoyée à l'équipe d'animation, qui vous mettra en relation."),
        )
    return redirect(made)


@members_only
def my_requests(request):
    user = request.user
    sent = IntroductionRequest.objects.filter(requester_id=user.pk).select_related("commune")
    received = IntroductionRequest.objects.filter(contact_id=user.pk).select_related(
        "commune", "requester", "organisation"
    )
    return render(
        request,
        "introductions/my_requests.html",
        {
            "sent": list(sent),
            "received": list(received),
            "is_staff": permissions.is_staff(user),
        },
    )
