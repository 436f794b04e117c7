"""The alerts' forms: what a subscriber follows (themes of the site's first language, communes,
intercommunalities, kinds of content, frequency, the network's letter), and the public form that
adds the e-mail address and a honeypot. The same preferences serve the visitor's page, the
signed link's page and the member's page; each offers only the kinds of content it may."""

from django import forms
from django.conf import settings
from django.utils import translation
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from wagtail.coreutils import get_supported_content_language_variant

from core.collation import french_sort_key
from core.form_errors import ErrorsDescribedMixin
from members_area import permissions
from members_area.widgets import SearchableCheckboxSelectMultiple
from sheets.models import Commune, Theme

from .models import MEMBERS_ONLY_KINDS, PUBLIC_KINDS, ContentKind, Frequency

PREFERENCE_FIELDS = ["themes", "communes", "epcis", "kinds", "frequency", "letter"]


def kinds_for(user):
    """The kinds of content `user` may choose: the members-only ones for an active member (what
    each digest lists is still checked against their access when it is sent)."""
    if user is not None and permissions.is_active_member(user):
        return PUBLIC_KINDS + MEMBERS_ONLY_KINDS
    return PUBLIC_KINDS


def theme_choices():
    """The themes of the site's first language, labelled in the active language when they are
    translated into it (one query, two in another language)."""
    source = get_supported_content_language_variant(settings.LANGUAGE_CODE)
    active = get_supported_content_language_variant(translation.get_language())
    themes = Theme.objects.filter(locale__language_code=source).order_by("sort_order", "name")
    themes = list(themes.only("pk", "name", "translation_key"))
    names = {}
    if active != source:
        translated = Theme.objects.filter(
            locale__language_code=active,
            translation_key__in=[theme.translation_key for theme in themes],
        )
        names = dict(translated.values_list("translation_key", "name"))
    return [(theme.pk, names.get(theme.translation_key, theme.name)) for theme in themes]


def commune_choices():
    """Every commune, "Name (postal code)" so that the filter finds it by either, in French
    alphabetical order (one query)."""
    communes = Commune.objects.only("pk", "name", "postal_code")
    labelled = [(commune.pk, f"{commune.name} ({commune.postal_code})") for commune in communes]
    return sorted(labelled, key=lambda choice: french_sort_key(choice[1]))


def epci_choices():
    """The intercommunalities the communes belong to, each once (one query)."""
    names = Commune.objects.exclude(epci="").order_by().values_list("epci", flat=True)
    return [(name, name) for name in sorted(names.distinct(), key=french_sort_key)]


class PreferencesForm(ErrorsDescribedMixin, forms.Form):
    """What the subscriber follows. `kinds` is the list of kinds of content this page offers
    (ContentKind values): PUBLIC_KINDS for visitors, with MEMBERS_ONLY_KINDS for members."""

    themes = forms.TypedMultipleChoiceField(
        label=gettext_lazy("Thèmes"),
        coerce=int,
        required=False,
        widget=forms.CheckboxSelectMultiple,
        help_text=gettext_lazy("Aucun thème coché : tous les thèmes."),
    )
    communes = forms.TypedMultipleChoiceField(
        label=gettext_lazy("Communes"),
        coerce=int,
        required=False,
        widget=SearchableCheckboxSelectMultiple(search_label=gettext_lazy("Chercher une commune")),
        help_text=gettext_lazy(
            "Ce que font ou accueillent les communes cochées. Aucune commune cochée : toute la "
            "Mayenne."
        ),
    )
    epcis = forms.MultipleChoiceField(
        label=gettext_lazy("Intercommunalités"),
        required=False,
        widget=forms.CheckboxSelectMultiple,
        help_text=gettext_lazy("Ce qui concerne les communes de ces intercommunalités."),
    )
    kinds = forms.MultipleChoiceField(
        label=gettext_lazy("Contenus"),
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )
    frequency = forms.ChoiceField(
        label=gettext_lazy("Fréquence des envois"),
        choices=Frequency.choices,
        initial=Frequency.WEEKLY,
        widget=forms.RadioSelect,
        error_messages={"required": gettext_lazy("Choisissez la fréquence des envois.")},
    )
    letter = forms.BooleanField(
        label=gettext_lazy("Recevoir aussi la lettre du réseau"),
        required=False,
        initial=True,
        help_text=gettext_lazy("Quelques fois par an, les nouvelles du réseau et ses rendez-vous."),
    )

    def __init__(self, *args, kinds, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["themes"].choices = theme_choices()
        self.fields["communes"].choices = commune_choices()
        self.fields["epcis"].choices = epci_choices()
        self.fields["kinds"].choices = [(kind.value, kind.label) for kind in kinds]
        self.initial.setdefault("kinds", [kind.value for kind in kinds])
        self.fields["letter"].widget.attrs["aria-describedby"] = (
            f"{self['letter'].auto_id}_helptext"
        )
        invalid = _("Choisissez parmi les choix proposés.")
        for name in ("themes", "communes", "epcis", "kinds", "frequency"):
            self.fields[name].error_messages["invalid_choice"] = invalid

    def clean(self):
        data = super().clean()
        if not data.get("kinds") and not data.get("letter") and "kinds" not in self.errors:
            self.add_error(
                "kinds", _("Cochez au moins un type de contenu, ou la lettre du réseau.")
            )
        return data

    def offered_kinds(self):
        return [value for value, _label in self.fields["kinds"].choices]


def initial_from(subscriber):
    """The form's initial values from a saved subscription."""
    return {
        "themes": list(subscriber.themes.values_list("pk", flat=True)),
        "communes": list(subscriber.communes.values_list("pk", flat=True)),
        "epcis": list(subscriber.epcis),
        "kinds": [kind for kind in subscriber.kinds if kind in ContentKind.values],
        "frequency": subscriber.frequency,
        "letter": subscriber.letter,
    }


class SubscribeForm(PreferencesForm):
    """The visitor's form: the address first, then the preferences. `website` is a honeypot
    people never see: a script fills it in."""

    email = forms.EmailField(
        label=gettext_lazy("Adresse e-mail"),
        max_length=254,
        help_text=gettext_lazy("Un lien vous y est envoyé pour confirmer l'inscription."),
        error_messages={
            "required": gettext_lazy("Indiquez votre adresse e-mail."),
            "invalid": gettext_lazy("Saisissez une adresse e-mail valide, ex. : nom@exemple.fr."),
        },
    )
    website = forms.CharField(label=gettext_lazy("Ne remplissez pas ce champ"), required=False)

    field_order = ["email", *PREFERENCE_FIELDS, "website"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["email"].widget.attrs["autocomplete"] = "email"
        self.fields["website"].widget.attrs.update({"autocomplete": "off", "tabindex": "-1"})

    def clean_email(self):
        return self.cleaned_data["email"].strip().lower()

    def is_bot(self):
        """The honeypot was filled in: a script, since people never see it."""
        return bool(self.cleaned_data.get("website"))
