"""The event's questions as form fields, and the answers as the registration keeps them: a list
of {"question": label, "answer": text}, in the language the person read them in (the rows of
the event's page in the request's language, translated with it)."""

from django import forms
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from sheets.models import QuestionKind

YES_NO = [("oui", gettext_lazy("Oui")), ("non", gettext_lazy("Non"))]


def field_name(question):
    return f"question_{question.pk}"


def question_field(question):
    """A CharField for a free answer, radio buttons for a choice or yes/no."""
    messages = {
        "required": _("Répondez à cette question."),
        "invalid_choice": _("Choisissez une des réponses proposées."),
    }
    if question.kind == QuestionKind.TEXT:
        return forms.CharField(
            label=question.label,
            required=question.required,
            max_length=1000,
            widget=forms.Textarea(attrs={"rows": 2, "maxlength": 1000}),
            error_messages={**messages, "max_length": _("1 000 caractères au plus.")},
        )
    if question.kind == QuestionKind.YES_NO:
        choices = YES_NO
    else:
        choices = [(choice, choice) for choice in question.choice_list()]
    return forms.ChoiceField(
        label=question.label,
        required=question.required,
        choices=choices,
        widget=forms.RadioSelect,
        error_messages=messages,
    )


class QuestionsMixin:
    """Adds a field per question (`questions=`, the EventQuestion rows) and reads the answers."""

    def __init__(self, *args, questions=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.questions = list(questions)
        for question in self.questions:
            self.fields[field_name(question)] = question_field(question)

    def question_fields(self):
        """The questions' bound fields, with whether each is a list of radio buttons."""
        return [(self[field_name(q)], q.kind != QuestionKind.TEXT) for q in self.questions]

    def answers(self):
        """[{"question", "answer"}] for every question, the text of the choice made ("" when an
        optional question was left unanswered)."""
        answers = []
        for question in self.questions:
            value = self.cleaned_data.get(field_name(question)) or ""
            if question.kind == QuestionKind.YES_NO and value:
                value = str(dict(YES_NO)[value])
            answers.append({"question": question.label, "answer": value.strip()})
        return answers
