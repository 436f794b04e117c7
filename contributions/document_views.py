"""The contributors' pages of a proposed document in the member area: the guided form (a new
document, a draft, or one sent back with changes asked), where it stands, sending it to the
facilitator, and its file. Only the contributors of the document's organisation see it (another
organisation's is a 404, as if absent); the file also to the staff who review it."""

from django.contrib import messages
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.text import slugify
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_POST

from core.submission import already_posted
from members_area import permissions
from members_area.gates import members_only
from members_area.serving import private_file_response

from . import document_drafts, workflow
from .document_forms import DocumentForm
from .models import ProposedDocument
from .policy import may_review


def _refusal(request):
    return render(request, "contributions/not_contributor.html", status=403)


def _document(organisation, document_id):
    """The organisation's document, else a 404 (another organisation's too)."""
    documents = ProposedDocument.objects.select_related(
        "organisation", "resource", "latest_revision"
    )
    document = get_object_or_404(documents, pk=document_id)
    if organisation is None or document.organisation_id != organisation.pk:
        raise Http404
    return document


def _may_change(document, stage, user):
    """A draft or a document sent back with changes asked, not locked by someone else; never
    while the facilitator reads it, nor once published (it is a resource then)."""
    if stage in (workflow.Stage.IN_REVIEW, workflow.Stage.PUBLISHED):
        return False
    return not (document.locked and document.locked_by_id != user.pk)


@members_only
def detail(request, document_id):
    organisation = permissions.contributing_organisation(request.user)
    if organisation is None:
        return _refusal(request)
    document = _document(organisation, document_id)
    draft = document_drafts.latest(document)
    stage = workflow.stage(document)
    context = {
        "document": document,
        "draft": draft,
        "themes": list(draft.themes.all()),
        "stage": stage,
        "stage_label": workflow.DOCUMENT_LABELS[stage],
        "comment": workflow.changes_comment(document)
        if stage == workflow.Stage.CHANGES_REQUESTED
        else "",
        "may_change": _may_change(document, stage, request.user),
        "may_submit": stage in (workflow.Stage.DRAFT, workflow.Stage.CHANGES_REQUESTED),
    }
    return render(request, "contributions/documents/detail.html", context)


@members_only
def edit(request, document_id=None):
    organisation = permissions.contributing_organisation(request.user)
    if organisation is None:
        return _refusal(request)
    document = _document(organisation, document_id) if document_id is not None else None
    if document is not None and not _may_change(document, workflow.stage(document), request.user):
        messages.info(request, _("Ce document ne peut pas être modifié pour l'instant."))
        return redirect("contributions:document_detail", document_id=document.pk)
    draft = document_drafts.latest(document) if document is not None else None
    replacing = document is not None
    if request.method == "POST":
        form = DocumentForm(request.POST, request.FILES, replacing=replacing)
        if form.is_valid():
            return _save(request, organisation, document, form.cleaned_data)
        status = 400
    else:
        initial = document_drafts.initial(draft) if draft is not None else None
        form = DocumentForm(initial=initial, replacing=replacing)
        status = 200
    context = {"form": form, "document": document, "draft": draft, "organisation": organisation}
    return render(request, "contributions/documents/form.html", context, status=status)


def _save(request, organisation, document, cleaned):
    if document is None:
        posted = already_posted(
            ProposedDocument, cleaned.get("submission_key"), created_by=request.user
        )
        if posted is not None:  # the same form sent twice
            return redirect("contributions:document_detail", document_id=posted.pk)
        document = document_drafts.create_document(request.user, organisation, cleaned)
        messages.success(request, _("Votre document est enregistré comme brouillon."))
    else:
        document_drafts.update_document(document, request.user, cleaned)
        messages.success(request, _("Vos modifications sont enregistrées."))
    return redirect("contributions:document_detail", document_id=document.pk)


@require_POST
@members_only
def submit(request, document_id):
    organisation = permissions.contributing_organisation(request.user)
    if organisation is None:
        return _refusal(request)
    document = _document(organisation, document_id)
    stage = workflow.stage(document)
    if stage == workflow.Stage.IN_REVIEW:
        messages.info(request, _("Ce document est déjà entre les mains de l'équipe d'animation."))
    elif stage == workflow.Stage.PUBLISHED:
        messages.info(request, _("Ce document est publié : rien à envoyer."))
    elif workflow.submit(document, request.user):
        messages.success(
            request,
            _("Votre document est envoyé à l'équipe d'animation, qui vous répondra par e-mail."),
        )
    else:
        messages.error(
            request,
            _("La relecture des documents n'est pas ouverte : prévenez l'équipe d'animation."),
        )
    return redirect("contributions:document_detail", document_id=document.pk)


@require_GET
@members_only
def download(request, document_id):
    """The file of the document's latest revision: to its organisation's contributors, and to
    the staff who review proposed documents; never cached."""
    if may_review(request.user):
        document = get_object_or_404(ProposedDocument, pk=document_id)
    else:
        organisation = permissions.contributing_organisation(request.user)
        if organisation is None:
            return _refusal(request)
        document = _document(organisation, document_id)
    draft = document_drafts.latest(document)
    if not draft.file:
        raise Http404
    name = slugify(draft.title)[:80] or "document"
    return private_file_response(
        draft.file, f"{name}.{draft.extension}" if draft.extension else name
    )
