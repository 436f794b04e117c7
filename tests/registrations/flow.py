"""What the tests of the registration pages share: a client for each kind of user, the event's
questions, a visitor's form data, and the pages' addresses."""

from django.test import Client
from django.urls import reverse

from sheets.models import EventQuestion, QuestionKind
from tests.factories import MemberFactory, MemberOrganisationFactory, UserFactory

KINDS = ["anonymous", "non_member", "lapsed", "member", "staff"]
LOGIN = "/adherents/connexion/"


def client_of(user):
    client = Client()
    if user is not None:
        client.force_login(user)
    client.user = user
    return client


def make_users(member):
    """One user of each kind; `member` is the conftest's member of the Commune de Bais."""
    lapsed = MemberOrganisationFactory(name="Commune de Renazé", lapsed=True)
    return {
        "anonymous": None,
        "non_member": UserFactory(email="curieux@exemple.fr", first_name="Léa"),
        "lapsed": MemberFactory(organisation=lapsed, email="echu@exemple.fr"),
        "member": member,
        "staff": UserFactory(
            email="animation@exemple.fr", is_staff=True, first_name="Anne", last_name="Animatrice"
        ),
    }


def add_questions(event):
    """A free question (optional), a choice (required) and a yes/no (required)."""
    rows = [
        EventQuestion(page=event, label="Régime alimentaire", kind=QuestionKind.TEXT),
        EventQuestion(
            page=event,
            label="Quel atelier ?",
            kind=QuestionKind.CHOICE,
            choices="Chaufferie\nRéseau de chaleur",
            required=True,
        ),
        EventQuestion(
            page=event, label="Venez-vous en car ?", kind=QuestionKind.YES_NO, required=True
        ),
    ]
    for number, row in enumerate(rows):
        row.sort_order = number
        row.save()
    return rows


def answers(questions, workshop="Chaufferie", bus="oui", diet="Végétarien"):
    diet_q, workshop_q, bus_q = questions
    return {
        f"question_{diet_q.pk}": diet,
        f"question_{workshop_q.pk}": workshop,
        f"question_{bus_q.pk}": bus,
    }


def visitor_data(n=1, **fields):
    return {
        "first_name": "Camille",
        "last_name": f"Visiteur {n}",
        "email": f"camille.visiteur{n}@exemple.fr",
        "commune": "Communauté de communes du Mont des Avaloirs",
        "role": "Chargée de mission",
        "website": "",
        **fields,
    }


def register_url(page):
    return reverse("registrations:register", args=[page.pk])
