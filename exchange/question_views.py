"""The members' question pages: list, ask, a question with its answers, edit an answer, mark
the helpful one, follow a question or a theme, download an attachment. Every view is gated by
question_access (active members; a hidden question is not found except by staff and its
author)."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.db import IntegrityError
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_POST

from core.submission import already_posted
from members_area import permissions
from members_area.gates import members_only
from members_area.serving import private_file_response

from . import conf, question_detail, question_listing, question_posting
from .forms import AnswerEditForm, AnswerForm, QuestionForm, default_locale_themes
from .models import Answer, Follow, Question
from .question_access import members_only_object, question_or_404


def rate_limited_message():
    return _(
        "Vous avez publié beaucoup de messages en peu de temps : votre texte est conservé "
        "ci-dessous, réessayez d'ici une heure."
    )


@members_only
def question_list(request):
    context = question_listing.question_listing(request)
    return render(request, "exchange/question_list.html", context)


def _post_once(form, model, user, create):
    """The post this form made, creating it unless this key already did (double click) or
    the hourly limit is reached (None, with the form's error)."""
    key = form.cleaned_data.get("submission_key")
    existing = already_posted(model, key, author=user)
    if existing is not None:
        return existing
    if not question_posting.may_post(user):
        form.add_error(None, rate_limited_message())
        return None
    try:
        return create()
    except IntegrityError:  # the same key sent twice at the same instant
        existing = already_posted(model, key, author=user)
        if existing is None:
            raise
        return existing


@members_only
def ask(request):
    form = QuestionForm(request.POST or None, request.FILES or None)
    if request.method == "POST" and form.is_valid():
        question = _post_once(
            form,
            Question,
            request.user,
            lambda: question_posting.create_question(form, request.user),
        )
        if question is not None:
            messages.success(
                request, _("Votre question est publiée. Vous serez prévenu·e des réponses.")
            )
            return redirect(question)
    status = 429 if form.non_field_errors() else 200
    return render(request, "exchange/question_ask.html", {"form": form}, status=status)


def _question(request, pk):
    return question_or_404(request.user, pk, question_detail.question_queryset(request.user))


@members_only_object
def question(request, pk):
    question = _question(request, pk)
    form = AnswerForm(request.POST or None, prefix="reponse")
    status = 200
    if request.method == "POST":
        if question.is_hidden:
            messages.error(request, _("Cette question est masquée : on ne peut plus y répondre."))
            return redirect(question)
        if form.is_valid():
            answer = _post_once(
                form,
                Answer,
                request.user,
                lambda: question_posting.create_answer(form, request.user, question),
            )
            if answer is not None:
                messages.success(request, _("Votre réponse est publiée. Merci !"))
                return redirect(answer)
            status = 429
    return render(
        request,
        "exchange/question_detail.html",
        detail_context(request, question, form),
        status=status,
    )


def detail_context(request, question, form):
    user = request.user
    staff = permissions.is_staff(user)
    themes = question_detail.themes_of(question, user)
    answers = question_detail.ordered_answers(question)
    return {
        "question": question,
        "themes": themes,
        "attachments": list(question.attachments.all()) if question.has_attachments else [],
        "answers": answers,
        "answer_rows": question_detail.answer_rows(user, answers, staff=staff),
        "answer_form": form,
        "is_staff": staff,
        "is_asker": question.author_id is not None and question.author_id == user.pk,
        "follows_question": question.is_followed,
        "edit_minutes": conf.get("EXCHANGE_EDIT_MINUTES"),
        **question_detail.related_content(user, themes),
    }


@members_only_object
def edit_answer(request, pk, answer_pk):
    question = _question(request, pk)
    answer = get_object_or_404(question.answers.all(), pk=answer_pk)
    if answer.author_id != request.user.pk:
        raise PermissionDenied
    if answer.is_hidden:
        messages.error(request, _("Cette réponse est masquée : elle ne peut plus être modifiée."))
        return redirect(answer)
    if not question_detail.can_edit(request.user, answer):
        messages.error(
            request,
            _("Le délai pour modifier cette réponse est passé (%(minutes)s minutes).")
            % {"minutes": conf.get("EXCHANGE_EDIT_MINUTES")},
        )
        return redirect(answer)
    previous_body = answer.body
    form = AnswerEditForm(request.POST or None, instance=answer)
    if request.method == "POST" and form.is_valid():
        question_posting.edit_answer(form.instance, previous_body)
        messages.success(request, _("Votre réponse est modifiée."))
        return redirect(answer)
    return render(
        request,
        "exchange/answer_edit.html",
        {
            "question": question,
            "answer": answer,
            "form": form,
            "deadline": question_detail.edit_deadline(answer),
        },
    )


@require_POST
@members_only_object
def mark_helpful(request, pk, answer_pk):
    question = _question(request, pk)
    if question.author_id != request.user.pk:
        raise PermissionDenied
    answer = get_object_or_404(question.answers.filter(hidden_at__isnull=True), pk=answer_pk)
    if answer.helpful_at is not None:
        answer.helpful_at = None
        answer.save(update_fields=["helpful_at"])
        messages.success(request, _("La réponse n'est plus marquée comme utile."))
    else:
        question.answers.exclude(pk=answer.pk).filter(helpful_at__isnull=False).update(
            helpful_at=None
        )
        answer.helpful_at = timezone.now()
        answer.save(update_fields=["helpful_at"])
        messages.success(request, _("Merci : la réponse est marquée comme utile."))
    return redirect(answer)


def _toggle(user, **target):
    """Follows the target, or stops following it; True when now followed."""
    deleted, _rows = Follow.objects.filter(user=user, **target).delete()
    if deleted:
        return False
    Follow.objects.get_or_create(user=user, **target)
    return True


@require_POST
@members_only_object
def follow_question(request, pk):
    question = _question(request, pk)
    if _toggle(request.user, question=question):
        messages.success(
            request, _("Vous suivez cette question : vous serez prévenu·e des réponses.")
        )
    else:
        messages.success(request, _("Vous ne suivez plus cette question."))
    return redirect(question)


@require_POST
@members_only_object
def follow_theme(request, slug):
    theme = get_object_or_404(default_locale_themes(), slug=slug)
    if _toggle(request.user, theme=theme):
        messages.success(
            request,
            _("Vous suivez le thème « %(theme)s » : vous serez prévenu·e des nouvelles questions.")
            % {"theme": theme.name},
        )
    else:
        messages.success(
            request, _("Vous ne suivez plus le thème « %(theme)s ».") % {"theme": theme.name}
        )
    next_url = request.POST.get("next", "")
    if url_has_allowed_host_and_scheme(next_url, {request.get_host()}, request.is_secure()):
        return redirect(next_url)
    return redirect("exchange:questions")


@require_GET
@members_only_object
def attachment(request, pk, attachment_pk):
    question = _question(request, pk)
    attached = get_object_or_404(question.attachments.all(), pk=attachment_pk)
    return private_file_response(attached.file, attached.name)
