"""The member's personal data page (/adherents/profil/donnees/): download everything the site
holds about them, or close their account; both after typing their password again."""

import json

from django.contrib import messages
from django.contrib.auth import logout
from django.contrib.auth.decorators import login_required
from django.http import HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.debug import sensitive_post_parameters
from django.views.decorators.http import require_http_methods

from . import personal_data
from .forms import CloseAccountForm, PasswordConfirmForm


def json_attachment(data, filename):
    """`data` as a JSON file to save, never kept by a cache (it holds personal data)."""
    response = HttpResponse(
        json.dumps(data, ensure_ascii=False, indent=2),
        content_type="application/json; charset=utf-8",
    )
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    response["Cache-Control"] = "private, no-store"
    return response


def export_filename(user):
    return f"donnees-personnelles-{user.pk}-{timezone.localdate().isoformat()}.json"


def _page(request, export_form=None, close_form=None, status=200):
    return render(
        request,
        "members_area/personal_data.html",
        {
            "export_form": export_form or PasswordConfirmForm(request=request, prefix="export"),
            "close_form": close_form or CloseAccountForm(request=request, prefix="close"),
            "can_close": not request.user.is_staff,
        },
        status=status,
    )


@login_required
@never_cache
@sensitive_post_parameters("export-password", "close-password")
@require_http_methods(["GET", "POST"])
def personal_data_page(request):
    if request.method == "GET":
        return _page(request)
    if "close" in request.POST or "close-password" in request.POST:
        return _close(request)
    form = PasswordConfirmForm(request.POST, request=request, prefix="export")
    if not form.is_valid():
        return _page(request, export_form=form, status=400)
    data = personal_data.export(request.user)
    return json_attachment(data, export_filename(request.user))


def _close(request):
    if request.user.is_staff:
        messages.error(
            request,
            _(
                "Un compte d'administration ne se ferme pas ici : demandez-le à une autre "
                "personne qui administre le site."
            ),
        )
        return redirect("members_area:personal_data")
    form = CloseAccountForm(request.POST, request=request, prefix="close")
    if not form.is_valid():
        return _page(request, close_form=form, status=400)
    user = request.user
    personal_data.close_account(user)
    logout(request)
    messages.success(
        request,
        _(
            "Votre compte est fermé : votre nom et votre adresse e-mail ont été effacés. Un "
            "message de confirmation vous a été envoyé."
        ),
    )
    return redirect("/")
