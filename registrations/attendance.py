"""Attendance marked on the day: one choice per confirmed registration of the event (present,
absent, not marked), saved in three updates whatever the number of people. Only the event's
confirmed registrations are read from the form: any other id sent is ignored."""

from django import forms
from django.db import transaction
from django.utils.translation import gettext_lazy as _

from .admin_display import ABSENT, NOT_MARKED, PRESENT, person_name
from .models import Registration, Status

CHOICES = [("present", PRESENT), ("absent", ABSENT), ("", NOT_MARKED)]
VALUES = {"present": True, "absent": False, "": None}


def field_name(registration):
    return f"attended-{registration.pk}"


def _initial(registration):
    return {True: "present", False: "absent"}.get(registration.attended, "")


class AttendanceForm(forms.Form):
    """A radio group per registration; a failed submit keeps every choice made."""

    def __init__(self, registrations, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.registrations = list(registrations)
        for registration in self.registrations:
            self.fields[field_name(registration)] = forms.ChoiceField(
                label=person_name(registration),
                choices=CHOICES,
                required=False,
                initial=_initial(registration),
                widget=forms.RadioSelect,
                error_messages={
                    "invalid_choice": _(
                        "Choisissez « présent·e », « absent·e » ou « non renseigné »."
                    )
                },
            )

    def rows(self):
        """(registration, bound field) for the template, in the list's order."""
        return [(r, self[field_name(r)]) for r in self.registrations]

    def save(self):
        """Saves the choices; returns {True: present, False: absent, None: not marked} counts."""
        chosen = {value: [] for value in VALUES.values()}
        for registration in self.registrations:
            value = VALUES[self.cleaned_data.get(field_name(registration)) or ""]
            chosen[value].append(registration.pk)
        confirmed = Registration.objects.filter(status=Status.CONFIRMED)
        with transaction.atomic():
            for value, pks in chosen.items():
                if pks:
                    confirmed.filter(pk__in=pks).update(attended=value)
        return {value: len(pks) for value, pks in chosen.items()}
