"""Requests to be put in touch (introductions.yaml), each with its history, dated back from the
day of the load. Built through the introductions' factories, not their actions: loading the
demo sends no e-mail. A request already loaded (found by its submission key) is left alone."""

from introductions.factories import IntroductionEventFactory, IntroductionRequestFactory
from introductions.models import EventKind, IntroductionRequest, Status
from members_area import permissions
from sheets.models import ExperienceSheetPage

from .data import read
from .posts import Clock, facilitator, members, submission_key

# What each step does: (event, resulting status, who acts).
STEPS = {
    "accept": (EventKind.ACCEPTED, Status.ACCEPTED, "contact"),
    "decline": (EventKind.DECLINED, Status.DECLINED, "contact"),
    "introduce": (EventKind.INTRODUCED, Status.INTRODUCED, "facilitator"),
    "close": (EventKind.CLOSED, Status.CLOSED, "facilitator"),
}


def _sheets(items):
    slugs = {item["sheet"] for item in items}
    sheets = ExperienceSheetPage.objects.filter(slug__in=slugs, locale__language_code="fr")
    return {sheet.slug: sheet for sheet in sheets.select_related("commune")}


def _build(item, sheet, requester, actors, clock):
    moment = clock.posted(item["key"], item["days_ago"])
    contact = actors["contact"]
    request = IntroductionRequestFactory(
        requester=requester,
        sheet=sheet,
        contact=contact,
        purpose=item["purpose"],
        message=item["message"].strip(),
        status=Status.PENDING if contact else Status.FACILITATOR,
        created_at=moment,
        updated_at=moment,
        submission_key=submission_key("introduction", item["key"]),
    )
    IntroductionEventFactory(
        request=request, actor=requester, kind=EventKind.REQUESTED, created_at=moment
    )
    if contact is None:
        IntroductionEventFactory(request=request, kind=EventKind.HANDED_OVER, created_at=moment)
    for step in item.get("steps", []):
        kind, status, who = STEPS[step["do"]]
        if actors[who] is None:
            raise ValueError(f"introductions.yaml, {item['key']}: no {who} to {step['do']}")
        moment = clock.after(moment, step["after_days"])
        IntroductionEventFactory(
            request=request,
            actor=actors[who],
            kind=kind,
            note=step.get("note", "").strip(),
            created_at=moment,
        )
        request.status, request.updated_at = status, moment
        if step["do"] == "accept":
            request.shared_email = contact.email if "email" in step.get("share", []) else ""
            request.shared_phone = step.get("phone", "")
        if status in (Status.ACCEPTED, Status.INTRODUCED):
            request.introduced_at = moment
    request.save()
    return request


def build(stdout):
    items = read("introductions")
    done = set(
        IntroductionRequest.objects.filter(
            submission_key__in=[submission_key("introduction", i["key"]) for i in items]
        ).values_list("submission_key", flat=True)
    )
    missing = [i for i in items if submission_key("introduction", i["key"]) not in done]
    sheets, users, clock = _sheets(missing), members(i["requester"] for i in missing), Clock()
    team = facilitator() if missing else None
    for item in missing:
        sheet = sheets[item["sheet"]]
        actors = {
            "contact": permissions.active_member_with_email(sheet.contact_email),
            "facilitator": team,
        }
        _build(item, sheet, users[item["requester"]], actors, clock)
    stdout.write(f"Mises en relation : {len(missing)} créées, {len(done)} déjà là.")
