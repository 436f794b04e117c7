"""Forms of the member area (sign-in, invitation, profile, personal data) and of the
facilitator's panel."""

from django import forms
from django.contrib.auth import authenticate, get_user_model, password_validation
from django.contrib.auth.forms import AuthenticationForm
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy
from wagtail.models import Locale

from .choosers import person_chooser_viewset
from .models import MemberOrganisation, MemberProfile, WorkingGroup


class SignInForm(AuthenticationForm):
    """E-mail and password; the field keeps the name "username" that django-axes watches."""

    username = forms.EmailField(
        label=_("Adresse e-mail"),
        # size: wide enough for a real address (prenom.nom@commune-longue.fr); the CSS lets it
        # shrink to the screen on a phone. "email", not "username": HTML allows only the e-mail
        # autofill names on an e-mail field (the Nu Html Checker's error), and password
        # managers pair it with the current-password field all the same.
        widget=forms.EmailInput(
            attrs={"autocomplete": "email", "autofocus": True, "size": 40, "class": "input-wide"}
        ),
    )
    password = forms.CharField(
        label=_("Mot de passe"),
        strip=False,
        widget=forms.PasswordInput(
            attrs={"autocomplete": "current-password", "size": 40, "class": "input-wide"}
        ),
    )
    error_messages = {
        "invalid_login": _(
            "Adresse e-mail ou mot de passe incorrect. Après plusieurs erreurs, la connexion "
            "est bloquée un moment pour protéger votre compte."
        ),
        "inactive": _("Ce compte est désactivé. Contactez l'animatrice du réseau."),
    }


class SetPasswordFields(forms.Form):
    password1 = forms.CharField(
        label=_("Mot de passe"),
        strip=False,
        widget=forms.PasswordInput(attrs={"autocomplete": "new-password"}),
        help_text=_("Au moins 8 caractères, pas uniquement des chiffres, pas trop courant."),
    )
    password2 = forms.CharField(
        label=_("Confirmation du mot de passe"),
        strip=False,
        widget=forms.PasswordInput(attrs={"autocomplete": "new-password"}),
    )

    def clean_password2(self):
        first, second = self.cleaned_data.get("password1"), self.cleaned_data.get("password2")
        if first and second and first != second:
            raise forms.ValidationError(_("Les deux mots de passe ne sont pas identiques."))
        return second

    def validate_password_for(self, user):
        password = self.cleaned_data.get("password2")
        if password:
            try:
                password_validation.validate_password(password, user)
            except forms.ValidationError as error:
                self.add_error("password2", error)


class AcceptInvitationForm(SetPasswordFields):
    first_name = forms.CharField(label=_("Prénom"), max_length=150)
    last_name = forms.CharField(label=pgettext_lazy("nom de famille", "Nom"), max_length=150)
    field_order = ["first_name", "last_name", "password1", "password2"]

    def __init__(self, *args, invitation, **kwargs):
        self.invitation = invitation
        super().__init__(*args, **kwargs)

    def clean(self):
        cleaned = super().clean()
        user = get_user_model()(
            email=self.invitation.email,
            first_name=cleaned.get("first_name", ""),
            last_name=cleaned.get("last_name", ""),
        )
        self.validate_password_for(user)
        return cleaned


class ProfileForm(forms.Form):
    first_name = forms.CharField(label=_("Prénom"), max_length=150)
    last_name = forms.CharField(label=pgettext_lazy("nom de famille", "Nom"), max_length=150)
    function = forms.CharField(
        label=_("Fonction"),
        max_length=160,
        required=False,
        help_text=_("Ex. : adjointe à l'environnement, directeur des services techniques."),
    )


class ResourceAdminFormMixin:
    """The editor's resource form: resources are tagged with the themes, and linked to the
    sheets and events, of the default language only (no French and English lists together)."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        locale = Locale.get_default()
        for name in ("themes", "related_sheets", "related_events"):
            if name in self.fields:
                field = self.fields[name]
                field.queryset = field.queryset.filter(locale=locale)


class PasswordConfirmForm(forms.Form):
    """The person's own password again, before their data leaves the site or their account is
    closed. Checked through authenticate(), so failed tries count towards the sign-in lockout."""

    password = forms.CharField(
        label=_("Votre mot de passe"),
        strip=False,
        widget=forms.PasswordInput(attrs={"autocomplete": "current-password"}),
    )

    def __init__(self, *args, request, **kwargs):
        self.request = request
        super().__init__(*args, **kwargs)

    def clean_password(self):
        password = self.cleaned_data["password"]
        user = self.request.user
        checked = authenticate(self.request, username=user.email, password=password)
        if checked is None or checked.pk != user.pk:
            raise forms.ValidationError(
                _(
                    "Ce mot de passe n'est pas le bon. Saisissez celui qui vous sert à vous connecter."
                )
            )
        return password


class CloseAccountForm(PasswordConfirmForm):
    confirm = forms.BooleanField(
        label=_(
            "Je comprends que mon compte sera fermé définitivement : mon nom et mon adresse "
            "e-mail seront effacés et je n'aurai plus accès à l'espace adhérents."
        ),
        error_messages={"required": _("Cochez cette case pour confirmer la fermeture.")},
    )


class GrantForm(forms.Form):
    """The access panel's "give access" form: one target at a time."""

    organisation = forms.ModelChoiceField(
        label=_("Une collectivité adhérente"),
        queryset=MemberOrganisation.objects.all(),
        required=False,
        empty_label=_("— choisir —"),
    )
    working_group = forms.ModelChoiceField(
        label=_("Un groupe de travail"),
        queryset=WorkingGroup.objects.all(),
        required=False,
        empty_label=_("— choisir —"),
    )
    user = forms.ModelChoiceField(
        label=_("Une personne"),
        queryset=get_user_model().objects.filter(member_profile__isnull=False),
        required=False,
        widget=person_chooser_viewset.widget_class,
        error_messages={"invalid_choice": _("Cette personne n'est membre d'aucune collectivité.")},
    )

    def __init__(self, data=None, *args, **kwargs):
        # The person chooser redraws the value it was sent: a forged, non-numeric one is
        # dropped (the form then asks for a choice) rather than looked up.
        if data is not None and not str(data.get("user", "")).isdigit() and data.get("user"):
            data = data.copy()
            data.pop("user")
        super().__init__(data, *args, **kwargs)

    def clean(self):
        cleaned = super().clean()
        chosen = [name for name in ("organisation", "working_group", "user") if cleaned.get(name)]
        if len(chosen) != 1:
            raise forms.ValidationError(
                _("Choisissez une collectivité, un groupe de travail ou une personne (un seul).")
            )
        return cleaned

    def target(self):
        data = self.cleaned_data
        if data.get("organisation"):
            return data["organisation"].group
        if data.get("working_group"):
            return data["working_group"].group
        return data["user"]


class InvitationAdminFormMixin:
    def clean_email(self):
        email = self.cleaned_data["email"].strip().lower()
        if MemberProfile.objects.filter(user__email__iexact=email).exists():
            raise forms.ValidationError(
                _("Cette personne a déjà un compte adhérent ; modifiez plutôt son profil.")
            )
        return email
