"""Member pages under /adherents/: sign-in, invitation, profile, dashboard, resources.

Every "may this person see it?" goes to members_area.permissions. A resource someone may not
open answers 404 (its title is never shown); anonymous visitors are sent to sign in first, for
any address, so the redirect reveals nothing either."""

from django.conf import settings
from django.contrib import messages
from django.contrib.auth import get_user_model, login
from django.contrib.auth import views as auth_views
from django.contrib.auth.decorators import login_required
from django.db import transaction
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse_lazy
from django.utils import timezone
from django.utils.decorators import method_decorator
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.debug import sensitive_post_parameters
from django.views.decorators.http import require_GET

from sheets.models import EventPage

from . import conf, extensions, listing, missing_files, permissions, unlock, visits
from .forms import AcceptInvitationForm, ProfileForm, SignInForm
from .models import DownloadLog, Invitation, MemberProfile
from .serving import private_file_response

LATEST_COUNT = 6  # the dashboard's latest additions


class SignInView(auth_views.LoginView):
    template_name = "members_area/login.html"
    authentication_form = SignInForm
    redirect_authenticated_user = True


@never_cache
def unlock_sign_in(request, token):
    """The link of the unlock e-mail: a page with a button (a mail filter that opens links does
    not spend it), whose POST forgets the account's failures and trusts this browser."""
    username = unlock.read_token(token)
    if username is None or request.method != "POST":
        return render(request, "members_area/unlock.html", {"valid": username is not None})
    unlock.unlock(username)
    response = redirect("members_area:login")
    unlock.trust_browser(request, response, username)
    messages.success(request, _("La connexion est débloquée : vous pouvez vous connecter."))
    return response


class SignOutView(auth_views.LogoutView):
    """POST only (Django's LogoutView), so a link or an image cannot sign anyone out."""


class PasswordResetView(auth_views.PasswordResetView):
    template_name = "members_area/password_reset_form.html"
    email_template_name = "members_area/emails/password_reset_body.txt"
    subject_template_name = "members_area/emails/password_reset_subject.txt"
    success_url = reverse_lazy("members_area:password_reset_done")


class PasswordResetDoneView(auth_views.PasswordResetDoneView):
    template_name = "members_area/password_reset_done.html"


class PasswordResetConfirmView(auth_views.PasswordResetConfirmView):
    template_name = "members_area/password_reset_confirm.html"
    success_url = reverse_lazy("members_area:password_reset_complete")


class PasswordResetCompleteView(auth_views.PasswordResetCompleteView):
    template_name = "members_area/password_reset_complete.html"


class PasswordChangeView(auth_views.PasswordChangeView):
    template_name = "members_area/password_change.html"
    success_url = reverse_lazy("members_area:profile")

    def form_valid(self, form):
        messages.success(self.request, _("Votre mot de passe a été modifié."))
        return super().form_valid(form)


def upcoming_events(limit=3):
    """The next events of the network (public pages), for the dashboard: one query."""
    return list(
        EventPage.objects.live()
        .public()
        .filter(locale__language_code=get_language(), start__gte=timezone.now())
        .order_by("start")[:limit]
    )


def membership_ending(profile):
    """(end date, days left) when the member's organisation's membership ends within the
    warning period (MEMBERS_RENEWAL_WARNING_DAYS), else None."""
    end = profile.organisation.active_until if profile else None
    if end is None:
        return None
    days_left = (end - timezone.localdate()).days
    if 0 <= days_left <= conf.get("MEMBERS_RENEWAL_WARNING_DAYS"):
        return end, days_left
    return None


def _not_member(request):
    profile = permissions.member_profile(request.user)
    return render(request, "members_area/not_member.html", {"profile": profile})


@login_required
@never_cache
def dashboard(request):
    if not permissions.is_active_member(request.user):
        return _not_member(request)
    profile = permissions.member_profile(request.user)
    since = visits.previous_visit(request, profile)
    resources = permissions.viewable_resources(request.user)
    latest = listing.listed(resources).order_by("-created_at", "-pk")[:LATEST_COUNT]
    ending = membership_ending(profile)
    return render(
        request,
        "members_area/dashboard.html",
        {
            "profile": profile,
            "since": since,
            "latest_resources": list(latest),
            "resource_count": permissions.viewable_resource_count(request.user),
            "new_count": resources.filter(created_at__gt=since).count() if since else 0,
            "membership_end": ending[0] if ending else None,
            "membership_days_left": ending[1] if ending else None,
            "upcoming_events": upcoming_events(),
            "extra_links": extensions.dashboard_links(request),
            "extra_sections": extensions.dashboard_sections(request),
        },
    )


@login_required
@never_cache
def resource_list(request):
    if not permissions.is_active_member(request.user):
        return _not_member(request)
    since = visits.previous_visit(request, permissions.member_profile(request.user))
    context = listing.resource_listing(request, permissions.viewable_resources(request.user), since)
    return render(request, "members_area/resource_list.html", context)


def _viewable_resource_or_404(request, slug):
    if len(slug) > 255:
        raise Http404
    resources = permissions.viewable_resources(request.user, few=True)
    return get_object_or_404(resources.select_related("commune").defer("extracted_text"), slug=slug)


@login_required
@never_cache
def resource_detail(request, slug):
    resource = _viewable_resource_or_404(request, slug)
    related_sheets = list(resource.related_sheets.live().public())
    related_events = list(resource.related_events.live().public())
    return render(
        request,
        "members_area/resource_detail.html",
        {
            "resource": resource,
            "themes": list(resource.themes.all()),
            "related_sheets": related_sheets,
            "related_events": related_events,
        },
    )


@login_required
@require_GET
def download_resource(request, slug):
    resource = _viewable_resource_or_404(request, slug)
    # Access is decided above: only who may open the resource learns that its file is missing.
    unavailable = missing_files.resource_unavailable(request, resource)
    if unavailable is not None:
        return unavailable
    response = private_file_response(resource.file, resource.download_filename)
    DownloadLog.objects.create(resource=resource, user=request.user)
    return response


def _invalid_invitation(request):
    return render(request, "members_area/invitation_invalid.html", status=404)


@method_decorator(sensitive_post_parameters("password1", "password2"), name="dispatch")
class AcceptInvitationView(auth_views.TemplateView):
    """The one-time link: the invited person chooses a password and arrives in their space."""

    template_name = "members_area/invitation_accept.html"

    def dispatch(self, request, *args, token, **kwargs):
        self.invitation = Invitation.objects.select_related("organisation").for_token(token)
        if self.invitation is None:
            return _invalid_invitation(request)
        return super().dispatch(request, *args, **kwargs)

    def get(self, request, *args, **kwargs):
        form = AcceptInvitationForm(
            invitation=self.invitation,
            initial={
                "first_name": self.invitation.first_name,
                "last_name": self.invitation.last_name,
            },
        )
        return self.render_to_response({"form": form, "invitation": self.invitation})

    def post(self, request, *args, **kwargs):
        form = AcceptInvitationForm(request.POST, invitation=self.invitation)
        if not form.is_valid():
            return self.render_to_response({"form": form, "invitation": self.invitation})
        with transaction.atomic():
            # Single use even under a double click: only one request can flip accepted_at.
            claimed = Invitation.objects.filter(
                pk=self.invitation.pk, accepted_at__isnull=True
            ).update(accepted_at=timezone.now())
            if not claimed:
                return _invalid_invitation(request)
            user = _member_from_invitation(self.invitation, form.cleaned_data)
        login(request, user, backend="django.contrib.auth.backends.ModelBackend")
        messages.success(
            request,
            _("Bienvenue dans l'espace adhérents, %(name)s.") % {"name": user.first_name},
        )
        return redirect(settings.LOGIN_REDIRECT_URL)


def _member_from_invitation(invitation, data):
    user_model = get_user_model()
    user = user_model.objects.filter(email__iexact=invitation.email).first()
    if user is None:
        user = user_model(email=invitation.email.lower())
    user.first_name = data["first_name"]
    user.last_name = data["last_name"]
    user.is_active = True
    user.set_password(data["password2"])
    user.save()
    profile = MemberProfile.objects.filter(user=user).first() or MemberProfile(user=user)
    profile.organisation = invitation.organisation
    profile.role = invitation.role
    profile.function = invitation.function
    profile.save()
    return user


@login_required
def profile(request):
    user = request.user
    member = permissions.member_profile(user)
    initial = {
        "first_name": user.first_name,
        "last_name": user.last_name,
        "function": member.function if member else "",
    }
    form = ProfileForm(request.POST or None, initial=initial)
    if request.method == "POST" and form.is_valid():
        user.first_name = form.cleaned_data["first_name"]
        user.last_name = form.cleaned_data["last_name"]
        user.save(update_fields=["first_name", "last_name"])
        if member:
            member.function = form.cleaned_data["function"]
            member.save()
        messages.success(request, _("Votre profil est enregistré."))
        return redirect("members_area:profile")
    return render(
        request,
        "members_area/profile.html",
        {
            "form": form,
            "profile": member,
            "has_profile": member is not None,
            "extra_links": extensions.profile_links(request),
        },
    )
