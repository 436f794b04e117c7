"""Factories for the network's letter, shared by the tests and the demo loader. Letters are
created under the archive with `LetterPageFactory(parent=archive, body=[("text", "<p>…</p>")])`
(wagtail-factories); a body is a list of (block type, value), as the StreamField takes it."""

import datetime

import factory
import wagtail_factories

from .models import LetterIndexPage, LetterPage


class LetterIndexPageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = LetterIndexPage

    title = "La lettre du réseau"
    slug = "lettre-du-reseau"
    intro = (
        "<p>Chaque lettre du réseau : les nouvelles des communes, les rencontres et les aides.</p>"
    )


class LetterPageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = LetterPage

    title = factory.Sequence(lambda n: f"Les nouvelles du réseau n° {n}")
    issue_number = factory.Sequence(lambda n: n + 1)
    issue_date = datetime.date(2026, 3, 1)
    intro = "<p>Bonjour à toutes et à tous, voici les nouvelles du réseau.</p>"
    body = factory.LazyFunction(
        lambda: [("text", "<p>Deux communes ont rejoint le réseau ce trimestre.</p>")]
    )
