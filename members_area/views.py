from django.contrib.auth import views as auth_views
from django.contrib.auth.decorators import login_required
from django.shortcuts import render


class SignInView(auth_views.LoginView):
    template_name = "members_area/login.html"
    redirect_authenticated_user = True


class SignOutView(auth_views.LogoutView):
    pass


@login_required
def dashboard(request):
    return render(request, "members_area/dashboard.html", {})
