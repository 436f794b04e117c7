"""Keeps the Wagtail admin closed to anyone signed in without a verified second factor in this
session: they are sent to verify it, or to enrol one if they have none. After django-otp's
OTPMiddleware, which provides `request.user.is_verified()`."""

from django.shortcuts import redirect
from django.urls import reverse

from reseau.second_factor.devices import is_enrolled, needs_second_factor
from reseau.second_factor.views import page_with_next

# Admin pages open without a second factor: signing in and out, and the second-factor pages.
OPEN_ADMIN_VIEWS = {
    "wagtailadmin_login",
    "wagtailadmin_logout",
    "wagtailadmin_sprite",
    "wagtailadmin_javascript_catalog",
    "reseau_second_factor_enrol",
    "reseau_second_factor_verify",
}


class AdminSecondFactorMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_view(self, request, view_func, view_args, view_kwargs):
        if not request.path.startswith(reverse("wagtailadmin_home")):
            return None
        if request.resolver_match.url_name in OPEN_ADMIN_VIEWS:
            return None
        user = request.user
        if not needs_second_factor(user) or user.is_verified():
            return None
        page = "reseau_second_factor_verify" if is_enrolled(user) else "reseau_second_factor_enrol"
        return redirect(page_with_next(page, request.get_full_path()))
