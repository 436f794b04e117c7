"""Forms of the subjects: a member's proposal, the list's filters, and the facilitator's
actions (answer, merge, turn into an event)."""

from django import forms
from django.utils import timezone
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from core.submission import SubmissionKeyMixin
from sheets.models import EventPage, Theme

from . import subject_actions
from .models import Subject, SubjectStatus

LISTED_STATUSES = [
    (SubjectStatus.PROPOSED, _("Proposés")),
    (SubjectStatus.PLANNED, _("Programmés (une rencontre est prévue)")),
    (SubjectStatus.ANSWERED, _("Avec une réponse de l'animation")),
]


class SubjectForm(SubmissionKeyMixin, forms.ModelForm):
    themes = forms.ModelMultipleChoiceField(
        label=_("Thèmes"),
        queryset=Theme.objects.none(),  # the default language's, read per form
        required=False,
        widget=forms.CheckboxSelectMultiple,
        help_text=_("Facultatif : aide les autres communes à trouver votre sujet."),
    )

    class Meta:
        model = Subject
        fields = ["title", "description", "themes"]
        labels = {
            "title": _("Sujet"),
            "description": _("Ce que vous aimeriez travailler"),
        }
        help_texts = {
            "title": _("En une phrase. Ex. : visite d'une chaufferie bois en fonctionnement."),
            "description": _(
                "Ce que votre commune cherche : une rencontre, une visite, une formation ; "
                "où vous en êtes et ce qui vous aiderait."
            ),
        }
        error_messages = {
            "title": {"required": _("Indiquez le sujet en une phrase.")},
            "description": {
                "required": _("Décrivez en quelques lignes ce que vous aimeriez travailler.")
            },
        }
        widgets = {
            "title": forms.TextInput(attrs={"class": "input-wide", "maxlength": 200}),
            "description": forms.Textarea(attrs={"rows": 8}),
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["themes"].queryset = subject_actions.default_themes()


class SubjectFilterForm(forms.Form):
    """The list's filters, from the query string; a value it does not know is ignored."""

    theme = forms.ChoiceField(label=_("Thème"), required=False)
    status = forms.ChoiceField(
        label=_("Statut"),
        required=False,
        choices=[("", _("Tous"))] + LISTED_STATUSES,
    )
    mine = forms.BooleanField(
        label=_("Seulement ceux que j'ai proposés ou soutenus"), required=False
    )

    def __init__(self, *args, themes=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["theme"].choices = [("", _("Tous"))] + [(t.slug, t.name) for t in themes]

    def filter(self, subjects, user):
        if not self.is_valid():
            return subjects
        data = self.cleaned_data
        if data["theme"]:
            subjects = subject_actions.with_theme(subjects, data["theme"])
        if data["status"]:
            subjects = subjects.filter(status=data["status"])
        if data["mine"]:
            subjects = subject_actions.involving(subjects, user)
        return subjects

    @property
    def is_filtered(self):
        return self.is_valid() and any(self.cleaned_data.values())


class AnswerForm(forms.Form):
    facilitator_answer = forms.CharField(
        label=_("Réponse de l'animation"),
        widget=forms.Textarea(attrs={"rows": 6}),
        help_text=_("Les communes qui soutiennent le sujet la reçoivent par courriel."),
        error_messages={"required": _("Écrivez la réponse avant de l'envoyer.")},
    )


class MergeForm(forms.Form):
    target = forms.ModelChoiceField(
        label=_("Regrouper avec le sujet"),
        queryset=Subject.objects.none(),
        empty_label=_("Choisissez un sujet"),
        help_text=_(
            "Les soutiens rejoignent ce sujet (une seule fois par personne) et les communes qui "
            "soutenaient ce doublon en sont informées."
        ),
        error_messages={"required": _("Choisissez le sujet avec lequel regrouper celui-ci.")},
    )

    def __init__(self, *args, subject, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["target"].queryset = subject_actions.merge_targets(subject)


class EventChoiceForm(forms.Form):
    event = forms.ModelChoiceField(
        label=_("Rencontre déjà prévue"),
        queryset=EventPage.objects.none(),  # read per form
        empty_label=_("Choisissez une rencontre"),
        help_text=_("Rencontres à venir, publiées ou en brouillon."),
        error_messages={"required": _("Choisissez une rencontre.")},
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["event"].queryset = subject_actions.event_choices()
        self.fields["event"].label_from_instance = self.event_label

    @staticmethod
    def event_label(event):
        start = timezone.localtime(event.start).strftime("%d/%m/%Y")
        if event.live:
            return f"{event.title} ({start})"
        return gettext("%(title)s (%(date)s, brouillon)") % {"title": event.title, "date": start}


class NewEventForm(forms.Form):
    start = forms.DateTimeField(
        label=_("Date et heure de début"),
        widget=forms.DateTimeInput(attrs={"type": "datetime-local"}, format="%Y-%m-%dT%H:%M"),
        input_formats=["%Y-%m-%dT%H:%M", "%d/%m/%Y %H:%M", "%d/%m/%Y"],
        help_text=_("Vous compléterez la rencontre (lieu, programme) dans l'éditeur du site."),
        error_messages={
            "required": _("Indiquez la date de la rencontre."),
            "invalid": _("Indiquez une date au format jj/mm/aaaa hh:mm."),
        },
    )

    def clean_start(self):
        start = self.cleaned_data["start"]
        if start < timezone.now():
            raise forms.ValidationError(_("La rencontre doit avoir lieu dans le futur."))
        return start
