"""The contributors' pages in the member area: their commune's sheets and where each stands, the
guided form (a new sheet, a draft, or a correction of a published sheet), the checklist, the
preview, and sending to the facilitator. Another commune's sheet is a 404, as if absent."""

from django.contrib import messages
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST
from wagtail.models import Page

from members_area import permissions
from members_area.gates import members_only
from sheets.completeness import checklist, missing
from sheets.models import ExperienceSheetPage, TechnicalSheetPage

from . import drafts, listing, technical_drafts, workflow
from .forms import ExperienceForm, FundingFormSet, TechnicalForm


def _refusal(request):
    return render(request, "contributions/not_contributor.html", status=403)


def _sheet(request, page_id):
    """The experience or technical sheet `page_id`, when the user may work on it; else 404."""
    page = get_object_or_404(
        Page.objects.type(ExperienceSheetPage, TechnicalSheetPage), pk=page_id
    ).specific
    if not permissions.may_contribute_to(request.user, page):
        raise Http404
    return page


@members_only
def index(request):
    organisation = permissions.contributing_organisation(request.user)
    if organisation is None:
        return _refusal(request)
    return render(
        request,
        "contributions/index.html",
        {
            "organisation": organisation,
            "rows": listing.rows(organisation),
            "technical_rows": listing.technical_rows(organisation),
            "documents": listing.document_rows(organisation),
        },
    )


@members_only
def detail(request, page_id):
    if permissions.contributing_organisation(request.user) is None:
        return _refusal(request)
    page = _sheet(request, page_id)
    draft = page.get_latest_revision_as_object()
    items = checklist(draft)
    stage = workflow.stage(page)
    return render(
        request,
        "contributions/detail.html",
        {
            "page": page,
            "draft": draft,
            "is_technical": isinstance(page, TechnicalSheetPage),
            "stage": stage,
            "stage_label": workflow.LABELS[stage],
            "checklist": items,
            "missing": missing(items),
            "comment": (
                workflow.changes_comment(page) if stage == workflow.Stage.CHANGES_REQUESTED else ""
            ),
            "may_change": stage != workflow.Stage.IN_REVIEW,
            "may_submit": stage in (workflow.Stage.DRAFT, workflow.Stage.CHANGES_REQUESTED),
        },
    )


@members_only
def edit(request, page_id=None):
    """The guided form of a new experience sheet (`page_id` None) or of the sheet `page_id`,
    experience or technical."""
    organisation = permissions.contributing_organisation(request.user)
    if organisation is None:
        return _refusal(request)
    page = _sheet(request, page_id) if page_id is not None else None
    if page is not None and not workflow.may_change(page):
        messages.info(request, _("L'équipe d'animation relit cette fiche : attendez son retour."))
        return redirect("contributions:detail", page_id=page.pk)
    if isinstance(page, TechnicalSheetPage):
        return _edit_technical(request, organisation, page)
    if organisation.commune_id is None:
        return _refusal(request)
    draft = page.get_latest_revision_as_object() if page is not None else None
    if request.method == "POST":
        form = ExperienceForm(request.POST, request.FILES)
        fundings = FundingFormSet(request.POST, prefix="fundings")
        if form.is_valid() and fundings.is_valid():
            return _save(request, organisation, page, form, fundings)
        status = 400
    else:
        form = ExperienceForm(initial=drafts.initial(draft) if draft else None)
        fundings = FundingFormSet(
            prefix="fundings", initial=drafts.initial_fundings(draft) if draft else None
        )
        status = 200
    context = {"form": form, "fundings": fundings, "page": page, "organisation": organisation}
    return render(request, "contributions/form.html", context, status=status)


def _save(request, organisation, page, form, fundings):
    cleaned = form.cleaned_data
    image = None
    if cleaned.get("image"):
        image = drafts.save_image(
            cleaned["image"], cleaned["image_alt"], request.user, organisation
        )
    rows = [row for row in fundings.cleaned_data if row]
    if page is None:
        page = drafts.create_experience(request.user, organisation, cleaned, rows, image)
        messages.success(request, _("Votre fiche est enregistrée comme brouillon."))
    else:
        drafts.update_experience(page, request.user, cleaned, rows, image)
        messages.success(request, _("Vos modifications sont enregistrées."))
    return redirect("contributions:detail", page_id=page.pk)


@members_only
def new_technical(request):
    organisation = permissions.contributing_organisation(request.user)
    if organisation is None:
        return _refusal(request)
    return _edit_technical(request, organisation, None)


def _edit_technical(request, organisation, page):
    draft = page.get_latest_revision_as_object() if page is not None else None
    options = {"commune_id": organisation.commune_id}
    if request.method == "POST":
        form = TechnicalForm(request.POST, **options)
        if form.is_valid():
            if page is None:
                page = technical_drafts.create_technical(request.user, form.cleaned_data)
                messages.success(request, _("Votre fiche est enregistrée comme brouillon."))
            else:
                technical_drafts.update_technical(page, request.user, form.cleaned_data)
                messages.success(request, _("Vos modifications sont enregistrées."))
            return redirect("contributions:detail", page_id=page.pk)
        status = 400
    else:
        initial = technical_drafts.initial(draft) if draft else None
        form = TechnicalForm(initial=initial, **options)
        status = 200
    context = {"form": form, "page": page, "organisation": organisation}
    return render(request, "contributions/technical_form.html", context, status=status)


@members_only
def preview(request, page_id):
    """The sheet as it will look once published, from its latest revision."""
    if permissions.contributing_organisation(request.user) is None:
        return _refusal(request)
    page = _sheet(request, page_id)
    draft = page.get_latest_revision_as_object()
    response = draft.make_preview_request(request, draft.default_preview_mode)
    response["X-Robots-Tag"] = "noindex"
    return response


@require_POST
@members_only
def submit(request, page_id):
    if permissions.contributing_organisation(request.user) is None:
        return _refusal(request)
    page = _sheet(request, page_id)
    stage = workflow.stage(page)
    if stage == workflow.Stage.IN_REVIEW:
        messages.info(request, _("Cette fiche est déjà entre les mains de l'équipe d'animation."))
    elif stage == workflow.Stage.PUBLISHED:
        messages.info(request, _("Cette fiche est publiée telle quelle : rien à envoyer."))
    elif workflow.submit(page, request.user):
        messages.success(
            request,
            _("Votre fiche est envoyée à l'équipe d'animation, qui vous répondra par e-mail."),
        )
    else:
        messages.error(
            request,
            _("La relecture des fiches n'est pas ouverte : prévenez l'équipe d'animation."),
        )
    return redirect("contributions:detail", page_id=page.pk)
