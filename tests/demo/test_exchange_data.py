"""Self-check of the exchange's and the FAQ's demo data files (exchange_questions.yaml,
exchange_follows.yaml, subjects.yaml, faq.yaml): references, authors and the English texts'
paragraphs, without a database."""

import datetime
import re
from collections import Counter

from demo.loaders.data import read
from demo.loaders.members import membership_end

QUESTIONS = read("exchange_questions")
SUBJECTS = read("subjects")
FAQ = read("faq")
FOLLOWS = read("exchange_follows")
MEMBERS = {m["email"]: m for m in read("members")}
CURRENT = {
    o["slug"]
    for o in read("organisations")
    if membership_end(o.get("active_until")) is None
    or membership_end(o["active_until"]) >= datetime.date.today()
}
THEMES = {t["slug"] for t in read("themes")}
SHEETS = {s["slug"] for s in read("experiences")} | {s["slug"] for s in read("technical")}
EVENTS = {e["slug"] for e in read("events")}
BLOCKS = re.compile(r"<(p|li)>")


def _organisation(email):
    return MEMBERS[email]["organisation"]


def _authors():
    for question in QUESTIONS:
        yield question["asker"]
        for answer in question.get("answers", []):
            yield answer["author"]
            if "report" in answer:
                yield answer["report"]["by"]
    for subject in SUBJECTS:
        yield subject["author"]
        yield from subject["supports"]["members"]
    yield from FOLLOWS


def test_every_author_is_a_member_of_a_current_organisation():
    for email in _authors():
        assert email in MEMBERS, email
        assert _organisation(email) in CURRENT, email


def test_answers_come_from_other_organisations():
    for question in QUESTIONS:
        asker = _organisation(question["asker"])
        authors = [answer["author"] for answer in question.get("answers", [])]
        assert len(authors) <= 4, question["key"]
        assert all(_organisation(author) != asker for author in authors), question["key"]
        assert len(set(authors)) == len(authors), question["key"]


def test_keys_themes_and_consents():
    keys = [question["key"] for question in QUESTIONS] + [subject["key"] for subject in SUBJECTS]
    assert [key for key, count in Counter(keys).items() if count > 1] == []
    for post in QUESTIONS + SUBJECTS:
        assert post["themes"] and set(post["themes"]) <= THEMES, post["key"]
    for question in QUESTIONS:
        for post in [question, *question.get("answers", [])]:
            assert post.get("name_consent", "") in ("", "yes", "no"), question["key"]
    for slugs in FOLLOWS.values():
        assert set(slugs) <= THEMES


def test_sheets_and_events_referenced_exist():
    invitations = [q["invitation"]["sheet"] for q in QUESTIONS if "invitation" in q]
    related = [slug for entry in FAQ["entries"] for slug in entry["related"]]
    assert set(invitations) | set(related) <= SHEETS
    assert {s["event"] for s in SUBJECTS if "event" in s} <= EVENTS
    keys = {s["key"] for s in SUBJECTS}
    assert {s["merged_into"] for s in SUBJECTS if "merged_into" in s} <= keys


def test_each_faq_entry_comes_from_a_question_with_a_validated_answer():
    questions = {question["key"]: question for question in QUESTIONS}
    entries = FAQ["entries"]
    assert len(entries) == 8
    assert len({entry["question"] for entry in entries}) == 8
    for entry in entries:
        answers = questions[entry["question"]].get("answers", [])
        assert any("validated_after_days" in answer for answer in answers), entry["question"]
        assert 1 <= len(entry["related"]) <= 2
        assert 2 <= entry["answer"].count("<p>") <= 4, entry["slug"]


def test_english_entries_have_the_french_paragraphs_and_items():
    """wagtail-localize translates rich text paragraph by paragraph and item by item."""
    english = [entry for entry in FAQ["entries"] if entry.get("en")]
    assert len(english) == 4
    for entry in english:
        assert entry["en"]["title"], entry["slug"]
        assert BLOCKS.findall(entry["en"]["answer"]) == BLOCKS.findall(entry["answer"])
    index = FAQ["index"]
    assert BLOCKS.findall(index["en"]["intro"]) == BLOCKS.findall(index["intro"])
