"""The directory's two pages: the directory itself, and the member's own entry with a preview
of exactly what the others see (the same card, from the same query)."""

from django.contrib import messages
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _

from members_area import permissions
from members_area.gates import members_only

from . import consents, listing
from .forms import DirectoryEntryForm
from .models import DirectoryEntry


@members_only
def directory(request):
    context = listing.directory_listing(request)
    context["has_profile"] = permissions.member_profile(request.user) is not None
    return render(request, "directory/directory.html", context)


@members_only
def my_entry(request):
    profile = permissions.member_profile(request.user)
    if profile is None:  # a staff account: it is not in the directory
        return render(request, "directory/my_entry.html", {"profile": None})
    if request.method == "POST":
        entry = DirectoryEntry.objects.get_or_create(user=request.user)[0]
    else:
        entry = DirectoryEntry.objects.filter(user=request.user).first()
    form = DirectoryEntryForm(request.POST or None, instance=entry)
    if request.method == "POST" and form.is_valid():
        form.save()
        messages.success(
            request, _("Votre fiche est enregistrée : l'aperçu montre ce que les autres voient.")
        )
        return redirect("directory:my_entry")
    listed = consents.listed_member(request.user)
    context = {
        "form": form,
        "profile": profile,
        "preview": consents.card(listed) if listed is not None else None,
    }
    return render(request, "directory/my_entry.html", context)
