"""A member's report of a post, and the facilitator's actions on questions and answers: hide or
restore a post, keep a report, validate an answer on behalf of the network, invite a commune
that did it, turn a question into a subject to work on.

Who may: reporting is for active members (not on their own post); every other action is for
the facilitation team (members_area.permissions.is_staff). Anonymous visitors are sent to sign
in; anyone else not allowed gets a 404 (a non-member learns nothing, not even whether the post
exists) or, for a member asking for a facilitator's action, a 403. Refused requests change
nothing. Every action goes back to `next` (when it is on this site) or to the question."""

from functools import wraps

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_POST

from core import rate_limit
from members_area import permissions

from . import conf, moderation
from .models import Report
from .moderation_forms import InviteCommuneForm, ReasonForm
from .moderation_tasks import REPORTS_ADMIN_URL_NAME

FORM_TEMPLATE = "exchange/moderation/form_page.html"


def members_only(view):
    """Signed in (else the sign-in page), and an active member (else 404)."""

    @wraps(view)
    def wrapper(request, *args, **kwargs):
        if not permissions.is_active_member(request.user):
            raise Http404
        return view(request, *args, **kwargs)

    return login_required(never_cache(wrapper))


def staff_only(view):
    """Signed in, and of the facilitation team: a member gets a 403, anyone else a 404."""

    @wraps(view)
    def wrapper(request, *args, **kwargs):
        if not permissions.is_staff(request.user):
            if permissions.is_active_member(request.user):
                raise PermissionDenied
            raise Http404
        return view(request, *args, **kwargs)

    return login_required(never_cache(wrapper))


def _get_post(kind, pk):
    model = moderation.POST_MODELS[kind]
    queryset = model.objects.select_related("question") if kind == "answer" else model.objects
    return get_object_or_404(queryset, pk=pk)


def _next_url(request):
    target = request.POST.get("next") or request.GET.get("next")
    if target and url_has_allowed_host_and_scheme(
        target, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        return target
    return None


def _back(request, post):
    return redirect(_next_url(request) or post.get_absolute_url())


def _page(request, *, title, form, action, submit, post=None, status=200, intro=""):
    context = {
        "page_title": title,
        "form": form,
        "action": action,
        "submit_label": submit,
        "post": post,
        "is_answer": post is not None and moderation.kind_of(post) == "answer",
        "question": moderation.question_of(post) if post is not None else None,
        "intro": intro,
        "next": _next_url(request) or "",
        "cancel_url": _next_url(request) or (post.get_absolute_url() if post else ""),
    }
    return render(request, FORM_TEMPLATE, context, status=status)


# --- Reports --------------------------------------------------------------------------------


@members_only
def report_post(request, kind, pk):
    """A member reports a question or an answer: the facilitators are told."""
    post = _get_post(kind, pk)
    user = request.user
    if not permissions.is_staff(user) and not moderation.is_visible(post):
        raise Http404
    if post.author_id == user.pk:
        messages.info(request, _("Vous ne pouvez pas signaler votre propre message."))
        return _back(request, post)
    if moderation.pending_report_exists(post, user):
        messages.info(
            request,
            _("Vous avez déjà signalé ce message : l'animation du réseau va l'examiner."),
        )
        return _back(request, post)
    form = ReasonForm(
        request.POST or None,
        label=_("Pourquoi signalez-vous ce message ?"),
        help_text=_(
            "Seule l'animation du réseau lit ce motif ; l'auteur ne saura pas qui l'a signalé."
        ),
    )
    page = {
        "title": _("Signaler un message"),
        "form": form,
        "action": request.path,
        "submit": _("Signaler"),
        "post": post,
    }
    if request.method != "POST" or not form.is_valid():
        return _page(request, **page)
    if not rate_limit.allow("exchange-post", user.pk, conf.get("EXCHANGE_POSTS_PER_HOUR")):
        form.add_error(
            None, _("Vous avez envoyé beaucoup de messages en peu de temps : réessayez plus tard.")
        )
        return _page(request, **page, status=429)
    moderation.report_post(post, user, form.cleaned_data["reason"])
    messages.success(
        request,
        _(
            "Merci : l'animation du réseau va examiner ce message. Son auteur ne saura pas qui l'a signalé."
        ),
    )
    return _back(request, post)


@staff_only
def keep_report(request, pk):
    """The facilitator keeps the reported post as it is (GET asks, POST does)."""
    report = get_object_or_404(Report.objects.select_related("question", "answer"), pk=pk)
    post = report.post
    if request.method == "POST":
        if report.outcome == Report.Outcome.PENDING:
            moderation.keep_report(report, request.user)
        messages.success(request, _("Le signalement est traité : le message est conservé."))
        return redirect(_next_url(request) or reverse(REPORTS_ADMIN_URL_NAME))
    return _page(
        request,
        title=_("Conserver le message signalé"),
        form=None,
        action=request.path,
        submit=_("Conserver le message"),
        post=post,
        intro=report.reason,
    )


# --- Hiding ---------------------------------------------------------------------------------


@staff_only
def hide_post(request, kind, pk):
    """Hides a post with a reason, which its author is told (GET shows the form)."""
    post = _get_post(kind, pk)
    if post.is_hidden:
        messages.info(request, _("Ce message est déjà masqué."))
        return _back(request, post)
    form = ReasonForm(
        request.POST or None,
        label=_("Motif du masquage"),
        help_text=_("Ce motif est envoyé à l'auteur du message."),
    )
    if request.method == "POST" and form.is_valid():
        moderation.hide_post(post, request.user, form.cleaned_data["reason"])
        messages.success(request, _("Le message est masqué ; son auteur en est informé."))
        return _back(request, post)
    return _page(
        request,
        title=_("Masquer un message"),
        form=form,
        action=request.path,
        submit=_("Masquer"),
        post=post,
    )


@require_POST
@staff_only
def unhide_post(request, kind, pk):
    post = _get_post(kind, pk)
    if post.is_hidden:
        moderation.unhide_post(post)
        messages.success(request, _("Le message est de nouveau visible."))
    return _back(request, post)


# --- Validation -----------------------------------------------------------------------------


@require_POST
@staff_only
def validate_answer(request, pk):
    answer = _get_post("answer", pk)
    if not moderation.is_visible(answer):
        messages.error(request, _("Une réponse masquée ne peut pas être validée."))
    elif answer.validated_at is None:
        moderation.validate_answer(answer, request.user)
        messages.success(
            request,
            _(
                "La réponse est validée au nom du réseau ; son auteur et la commune qui a posé la question en sont informés."
            ),
        )
    return _back(request, answer)


@require_POST
@staff_only
def unvalidate_answer(request, pk):
    answer = _get_post("answer", pk)
    if answer.validated_at is not None:
        moderation.unvalidate_answer(answer)
        messages.success(request, _("La validation de la réponse est retirée."))
    return _back(request, answer)


# --- Invitations and subjects ---------------------------------------------------------------


@staff_only
def invite_commune(request, pk):
    """Invites the member organisations of the commune of an experience sheet to answer."""
    question = _get_post("question", pk)
    form = InviteCommuneForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        sheet = form.cleaned_data["sheet"]
        if moderation.already_invited(question, sheet):
            messages.info(request, _("Cette commune est déjà invitée à répondre à cette question."))
        elif question.is_hidden:
            messages.error(
                request, _("Une question masquée ne peut pas être proposée à une commune.")
            )
        elif moderation.invite_commune(question, sheet, request.user):
            messages.success(
                request, _("La commune est invitée : ses membres sont prévenus par e-mail.")
            )
        else:
            messages.warning(
                request,
                _(
                    "Aucune collectivité adhérente pour cette commune : la fiche est signalée sur la question, mais personne n'a été prévenu."
                ),
            )
        return _back(request, question)
    return _page(
        request,
        title=_("Inviter une commune qui l'a fait"),
        form=form,
        action=request.path,
        submit=_("Inviter"),
        post=question,
    )


@require_POST
@staff_only
def make_subject(request, pk):
    question = _get_post("question", pk)
    if question.subject_id is not None:
        messages.info(request, _("Cette question est déjà devenue un sujet à travailler."))
    else:
        subject = moderation.make_subject(question)
        messages.success(
            request,
            _("Le sujet à travailler « %(title)s » est créé à partir de la question.")
            % {"title": subject.title},
        )
    return _back(request, question)
