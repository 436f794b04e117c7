"""The three journeys of issue 20, in Chromium on the demo site, each page audited by axe-core:

1. a member asks the network a question;
2. a member of another commune answers it;
3. the facilitator validates the answer and publishes a FAQ entry made from it, which a visitor
   then finds with the public search.
"""

import re

import pytest
from playwright.sync_api import expect

from tests.browser.helpers import sign_in_admin, sign_in_member
from tests.browser.test_key_pages import audit

pytestmark = pytest.mark.browser

QUESTION = "Quel bureau d'études pour le diagnostic de l'éclairage public d'une petite commune ?"
DETAILS = (
    "Nous avons 180 points lumineux, dont la moitié en lampes à sodium. Avant de passer aux "
    "LED, nous voulons un diagnostic : qui l'a fait, avec quel prestataire, pour quel coût ?"
)
ANSWER = (
    "Le syndicat d'énergie a réalisé notre diagnostic gratuitement pour ses adhérents : relevé "
    "des 240 points, classement par priorité et chiffrage. Comptez trois mois de délai."
)


def check(page, label, problems):
    """axe-core on the page: serious and critical violations are collected for the end."""
    blocking, results = audit(page, f"fr-exchange-{label}-1280")
    if blocking:
        problems[label] = "\n".join(results.generate_report(v["id"]) for v in blocking)


def test_members_ask_and_answer_and_the_network_publishes_a_faq_entry(new_page, demo_site):
    problems = {}

    # 1. A member asks: from her space, through the questions' list, with a theme.
    asker = new_page()
    sign_in_member(asker, demo_site.broad_member, demo_site.member_password)
    asker.goto("/adherents/")
    asker.get_by_role("link", name="Questions entre élus").first.click()
    expect(asker.get_by_role("heading", level=1)).to_be_visible()
    check(asker, "question-list", problems)
    asker.get_by_role("link", name="Poser une question").first.click()
    check(asker, "ask", problems)
    asker.get_by_label("Votre question").fill(QUESTION)
    asker.get_by_label("Précisions").fill(DETAILS)
    asker.locator("fieldset.exchange-choices").get_by_label("Énergie", exact=True).check()
    asker.get_by_role("button", name="Publier ma question").click()
    expect(asker.get_by_role("heading", level=1)).to_have_text(QUESTION)
    question_url = asker.url
    assert re.search(r"/adherents/questions/\d+/$", question_url)

    # 2. A member of another commune finds it in the list and answers.
    answerer = new_page()
    sign_in_member(answerer, demo_site.narrow_member, demo_site.member_password)
    answerer.goto("/adherents/questions/")
    answerer.get_by_role("link", name=QUESTION).click()
    expect(answerer).to_have_url(question_url)
    answerer.get_by_label("Votre réponse").fill(ANSWER)
    answerer.get_by_role("button", name="Publier ma réponse").click()
    expect(answerer.locator("main")).to_contain_text(ANSWER)
    check(answerer, "question-answered", problems)

    # The asker sees the answer on her question.
    asker.goto(question_url)
    expect(asker.locator("main")).to_contain_text(ANSWER)

    # 3. The facilitator validates it, makes a FAQ entry of it and publishes it in the editor.
    facilitator = new_page()
    sign_in_admin(facilitator, demo_site.admin_email, demo_site.admin_password)
    facilitator.goto(question_url)
    facilitator.get_by_role("button", name=re.compile(r"^Valider au nom du réseau")).click()
    expect(facilitator.locator("main")).to_contain_text("Validée par le réseau")
    check(facilitator, "question-facilitator", problems)
    facilitator.get_by_role("button", name="Créer une entrée de FAQ").click()
    expect(facilitator).to_have_url(re.compile(r"/admin/pages/\d+/edit/"))
    expect(facilitator.locator("#id_title")).to_have_value(QUESTION)
    facilitator.locator("footer .w-dropdown__toggle, .footer .w-dropdown__toggle").last.click()
    facilitator.locator('button[name="action-publish"]').click()
    expect(facilitator.locator(".messages")).to_contain_text(QUESTION)

    # A visitor finds the entry with the public search, and reads it.
    visitor = new_page()
    visitor.goto("/recherche/?q=diagnostic+éclairage+public")
    result = visitor.locator(".search-result").filter(has_text=QUESTION)
    expect(result).to_have_count(1)
    expect(result).to_contain_text("Question fréquente")
    check(visitor, "search-faq", problems)
    result.get_by_role("link", name=QUESTION).click()
    expect(visitor.get_by_role("heading", level=1)).to_have_text(QUESTION)
    expect(visitor.locator("main")).to_contain_text("240 points")
    check(visitor, "faq-entry", problems)

    # Nothing of the members' exchange reaches the visitor: not the question's own details.
    visitor.goto("/recherche/?q=sodium")
    expect(visitor.locator("main")).not_to_contain_text(DETAILS[:40])

    assert not problems, "\n\n".join(f"== {label}\n{text}" for label, text in problems.items())
