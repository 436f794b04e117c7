"""The guided form of an experience sheet: the sheet's parts in the order a commune tells its
project, plain text only, and up to five fundings; an image with what it shows."""

from django import forms
from django.conf import settings
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from wagtail.models import Locale

from core.form_errors import ErrorsDescribedMixin
from core.submission import SubmissionKeyMixin
from sheets.models import ContactRole, ExperienceSheetPage, ExperienceStatus, FundingKind, Theme
from sheets.models.experience import YEAR_VALIDATORS

TEXT_PARTS = ["context", "approach", "results", "costs", "difficulties", "advice"]
TEXT_LIMIT = 8000


def _text(label, help_text):
    return forms.CharField(
        label=label,
        help_text=help_text,
        required=False,
        max_length=TEXT_LIMIT,
        widget=forms.Textarea(attrs={"rows": 6, "maxlength": TEXT_LIMIT}),
    )


class SheetBasicsForm(ErrorsDescribedMixin, SubmissionKeyMixin, forms.Form):
    """What every sheet has: a title, its themes (the first language's) and a summary."""

    title = forms.CharField(
        label=_("Titre de la fiche"),
        max_length=120,
        help_text=_(
            "Ce que la commune a fait, en quelques mots (ex. : « Récupérer l'eau de "
            "pluie pour les serres municipales »)."
        ),
    )
    main_theme = forms.ModelChoiceField(
        label=_("Thème principal"),
        queryset=Theme.objects.none(),
        empty_label=_("Choisissez le thème principal"),
    )
    themes = forms.ModelMultipleChoiceField(
        label=_("Autres thèmes"),
        queryset=Theme.objects.none(),
        required=False,
        widget=forms.CheckboxSelectMultiple,
        help_text=_("Au besoin, un ou deux autres thèmes."),
    )
    summary = forms.CharField(
        label=_("Résumé"),
        max_length=600,
        widget=forms.Textarea(attrs={"rows": 3, "maxlength": 600}),
        help_text=_("Deux ou trois phrases : ce qui a été fait et pourquoi c'est intéressant."),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        themes = Theme.objects.filter(locale=Locale.get_default())
        self.fields["main_theme"].queryset = themes
        self.fields["themes"].queryset = themes

    def clean(self):
        cleaned = super().clean()
        main = cleaned.get("main_theme")
        if main is not None and "themes" in cleaned:
            cleaned["themes"] = [main, *(t for t in cleaned["themes"] if t.pk != main.pk)]
        return cleaned


class ExperienceForm(SheetBasicsForm):
    field_order = ["title", "main_theme", "themes", "status", "year_start", "year_end", "summary"]

    status = forms.ChoiceField(label=_("État d'avancement"), choices=ExperienceStatus.choices)
    year_start = forms.IntegerField(label=_("Année de début"), validators=YEAR_VALIDATORS)
    year_end = forms.IntegerField(
        label=_("Année de fin"),
        validators=YEAR_VALIDATORS,
        required=False,
        help_text=_("Laissez vide si le projet n'est pas terminé."),
    )
    context = _text(_("Contexte"), _("La situation de départ, ce qui a motivé le projet."))
    approach = _text(_("Démarche"), _("Les étapes, les partenaires, le calendrier."))
    results = _text(_("Résultats"), _("Ce qui a changé, chiffres à l'appui si possible."))
    costs = _text(_("Coûts"), _("Le coût du projet, et comment il a été financé."))
    difficulties = _text(
        _("Difficultés et solutions"), _("Les obstacles rencontrés et comment ils ont été levés.")
    )
    advice = _text(_("Conseils"), _("Ce que vous conseilleriez à une commune qui se lance."))
    contact_name = forms.CharField(label=_("Nom du contact"), max_length=160, required=False)
    contact_role = forms.ChoiceField(
        label=_("Le contact est"),
        choices=[("", "—"), *ContactRole.choices],
        required=False,
    )
    contact_function = forms.CharField(
        label=_("Fonction du contact"),
        max_length=160,
        required=False,
        help_text=_("Ex. : adjointe à l'environnement, directeur des services techniques."),
    )
    contact_email = forms.EmailField(
        label=_("E-mail du contact"),
        required=False,
        help_text=_("Jamais affiché : il sert aux mises en relation."),
    )
    contact_phone = forms.CharField(
        label=_("Téléphone du contact"),
        max_length=40,
        required=False,
        help_text=_("Jamais affiché : il sert aux mises en relation."),
    )
    image = forms.ImageField(
        label=_("Image principale"),
        required=False,
        help_text=_(
            "Une photo du projet (JPEG, PNG ou WebP, 15 Mo au plus). Elle remplace "
            "l'image actuelle s'il y en a une."
        ),
        widget=forms.ClearableFileInput(attrs={"accept": "image/jpeg,image/png,image/webp"}),
    )
    image_alt = forms.CharField(
        label=_("Ce que montre l'image"),
        max_length=255,
        required=False,
        help_text=_(
            "Une phrase pour les personnes qui ne voient pas l'image (obligatoire avec une image)."
        ),
    )

    def clean_image(self):
        image = self.cleaned_data.get("image")
        if image and image.size > settings.WAGTAILIMAGES_MAX_UPLOAD_SIZE:
            raise ValidationError(_("Cette image est trop lourde : 15 Mo au plus."))
        if image:
            extension = image.name.rsplit(".", 1)[-1].lower() if "." in image.name else ""
            if extension not in {"jpg", "jpeg", "png", "webp"}:
                raise ValidationError(_("Choisissez une image JPEG, PNG ou WebP."))
        return image

    def clean(self):
        cleaned = super().clean()
        start, end = cleaned.get("year_start"), cleaned.get("year_end")
        if start and end and end < start:
            self.add_error("year_end", _("L'année de fin vient après l'année de début."))
        if cleaned.get("image") and not (cleaned.get("image_alt") or "").strip():
            self.add_error("image_alt", _("Dites en une phrase ce que montre l'image."))
        return cleaned


class TechnicalForm(SheetBasicsForm):
    """A technical sheet: its main text, and the commune's own published experiences it draws
    on (the facilitator links others)."""

    body = forms.CharField(
        label=_("Contenu de la fiche"),
        max_length=TEXT_LIMIT * 2,
        widget=forms.Textarea(attrs={"rows": 14, "maxlength": TEXT_LIMIT * 2}),
        help_text=_(
            "Les étapes, la réglementation, les pièges à éviter. Laissez une ligne vide entre "
            "deux paragraphes. Les listes à cocher, textes de loi et images que l'équipe "
            "d'animation ajoute sont conservés."
        ),
    )
    related = forms.ModelMultipleChoiceField(
        label=_("Les expériences de la commune sur lesquelles s'appuie la fiche"),
        queryset=ExperienceSheetPage.objects.none(),
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )

    def __init__(self, *args, commune_id=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["summary"].help_text = _(
            "Deux ou trois phrases : à quoi sert cette fiche, pour qui."
        )
        self.fields["related"].queryset = (
            ExperienceSheetPage.objects.live()
            .filter(commune_id=commune_id, locale=Locale.get_default())
            .order_by("title")
        )
        if not self.fields["related"].queryset.exists():
            del self.fields["related"]


class FundingForm(forms.Form):
    funder = forms.CharField(
        label=_("Financeur"),
        max_length=160,
        required=False,
        help_text=_("Ex. : ADEME, Région Pays de la Loire"),
    )
    amount = forms.DecimalField(
        label=_("Montant (€)"), max_digits=12, decimal_places=2, min_value=0, required=False
    )
    kind = forms.ChoiceField(label=_("Type d'aide"), choices=FundingKind.choices, required=False)

    def clean(self):
        cleaned = super().clean()
        if (cleaned.get("amount") is not None) and not cleaned.get("funder"):
            self.add_error("funder", _("Indiquez qui a financé ce montant."))
        return cleaned


FundingFormSet = forms.formset_factory(FundingForm, extra=0, min_num=5, max_num=5)
