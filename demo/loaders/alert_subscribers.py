"""The alerts' subscribers of the demo (alert_subscribers.yaml): members and visitors with varied
preferences, some awaiting confirmation, one paused after bounces, some unsubscribed; and the
digests they received over the last weeks, as the daily command would have sent them, with
the failed sends.

Built with the alerts plugin's factories, without its actions: loading the demo sends no
e-mail. A subscriber is found again by its address: what a load made is left alone, its
history included. Dates are relative to the day of the load.
"""

import datetime
import zlib
from dataclasses import dataclass, field

from django.utils import timezone

from alerts.factories import DeliveryFailureFactory, DigestFactory, SubscriberFactory
from alerts.models import DeliveryFailure, Digest, DigestStatus, FailureKind, Frequency, Subscriber
from sheets.models import Commune

from .data import read
from .posts import members, themes_by_slug

DAY = datetime.timedelta(days=1)
# What a refusing mail server and a bouncing mailbox answered (the last bounce: the mailbox is
# closed).
REFUSED = "554 5.7.1 Message refusé par le serveur destinataire"
BOUNCES = ("552 5.2.2 Boîte aux lettres pleine", "550 5.1.1 Adresse inconnue")


def spread(*parts) -> int:
    """A number that varies with `parts` but is the same on every load."""
    return zlib.crc32(":".join(str(part) for part in parts).encode())


def runs(now, days, hour):
    """The daily command's runs over the last `days` days, at `hour` o'clock, oldest first."""
    today = timezone.localtime(now).replace(hour=hour, minute=0, second=0, microsecond=0)
    moments = [today - k * DAY for k in range(days, -1, -1)]
    return [moment for moment in moments if moment < now]


def is_due(frequency, moment) -> bool:
    """Immediate subscribers get every run's digest, weekly ones Monday's, monthly the 1st's."""
    if frequency == Frequency.WEEKLY:
        return moment.weekday() == 0
    if frequency == Frequency.MONTHLY:
        return moment.day == 1
    return True


@dataclass
class History:
    """One subscriber's dates, digests (Digest field values) and failed sends."""

    subscribed: datetime.datetime
    confirmed: datetime.datetime | None = None
    left: datetime.datetime | None = None
    paused: datetime.datetime | None = None
    digests: list = field(default_factory=list)
    failures: list = field(default_factory=list)


class HistoryBuilder:
    """What happened to each subscriber of the data file, computed without the database."""

    def __init__(self, now, settings):
        self.now = now
        self.settings = settings
        self.failed = {(f["email"], f["days_ago"]) for f in settings.get("failed", [])}
        self.runs = runs(now, settings["days"], settings["hour"])

    def dates(self, data) -> History:
        email, state = data["email"], data.get("state")
        subscribed = timezone.localtime(self.now - data["days_ago"] * DAY)
        subscribed = min(subscribed.replace(hour=9 + spread(email) % 10), self.now)
        history = History(subscribed=subscribed)
        if state != "unconfirmed":
            history.confirmed = min(subscribed + datetime.timedelta(minutes=25), self.now)
        if state == "unsubscribed":
            history.left = self.now - data["left_days_ago"] * DAY
        return history

    def digest(self, email, moment, since):
        days_ago = (timezone.localdate(self.now) - timezone.localdate(moment)).days
        number = spread(email, moment.date())
        if (email, days_ago) in self.failed:
            status = DigestStatus.FAILED
        elif number % self.settings["empty_one_in"] == 0:
            status = DigestStatus.EMPTY
        else:
            status = DigestStatus.SENT
        sent = status == DigestStatus.SENT
        return {
            "since": since,
            "until": moment,
            "status": status,
            "items": 1 + number % 7 if status != DigestStatus.EMPTY else 0,
            "sent_at": moment + datetime.timedelta(minutes=1 + number % 9) if sent else None,
        }

    def build(self, data) -> History:
        email = data["email"]
        history = self.dates(data)
        if history.confirmed is None:
            return history
        end = history.left or self.now
        if data.get("state") == "paused":
            end = self.now - data["paused_days_ago"] * DAY
        since = history.confirmed
        for moment in self.runs:
            if history.confirmed < moment < end and is_due(data["frequency"], moment):
                history.digests.append(self.digest(email, moment, since))
                since = moment
        for digest in history.digests:
            if digest["status"] == DigestStatus.FAILED:
                history.failures.append(
                    {"kind": FailureKind.REFUSED, "detail": REFUSED, "at": digest["until"]}
                )
        if data.get("state") == "paused":
            self.pause(history, data["bounces"])
        return history

    def pause(self, history, bounces):
        """The last `bounces` digests were sent and bounced, a few hours later each; the last
        bounce paused the address, and nothing was prepared for it after."""
        bounced = history.digests[-bounces:]
        for k, digest in enumerate(bounced):
            if digest["status"] != DigestStatus.SENT:
                digest.update(
                    status=DigestStatus.SENT,
                    items=1 + k,
                    sent_at=digest["until"] + datetime.timedelta(minutes=3),
                )
            detail = BOUNCES[0] if k < len(bounced) - 1 else BOUNCES[1]
            at = digest["sent_at"] + datetime.timedelta(hours=3)
            history.failures.append({"kind": FailureKind.BOUNCE, "detail": detail, "at": at})
        history.paused = history.failures[-1]["at"]


def _context(entries):
    """The accounts of the members among `entries` (members.yaml), the themes and communes."""
    member_emails = {member["email"] for member in read("members")}
    wanted = [entry["email"] for entry in entries if entry["email"] in member_emails]
    users = members(wanted)
    for email in wanted:
        if email not in users:
            raise ValueError(f"alert_subscribers.yaml: no member account {email}")
    codes = {code for entry in entries for code in entry.get("communes", [])}
    return {
        "users": users,
        "themes": themes_by_slug(),
        "communes": {c.insee_code: c for c in Commune.objects.filter(insee_code__in=codes)},
    }


def _subscriber(data, history, context):
    """The subscriber, through the plugin's factory (its themes and communes too)."""
    email = data["email"]
    digests = history.digests
    return SubscriberFactory(
        email=email,
        user=context["users"].get(email),
        language=data.get("language", "fr"),
        frequency=data["frequency"],
        kinds=list(data.get("kinds", [])),
        epcis=list(data.get("epcis", [])),
        letter=data.get("letter", True),
        confirmed_at=history.confirmed,
        unsubscribed_at=history.left,
        paused_at=history.paused,
        failures=len([f for f in history.failures if f["kind"] == FailureKind.BOUNCE]),
        digest_until=digests[-1]["until"] if digests else None,
        themes=[context["themes"][slug] for slug in data.get("themes", [])],
        communes=[context["communes"][code] for code in data.get("communes", [])],
        created_at=history.subscribed,
    )


def _save(model, dated, date_field):
    """Saves the (object, date) pairs in one insert, then gives each its date in `date_field`
    (the model stamps it with the time of creation)."""
    created = model.objects.bulk_create([obj for obj, _date in dated])
    for obj, (_obj, moment) in zip(created, dated, strict=True):
        setattr(obj, date_field, moment)
    model.objects.bulk_update(created, [date_field])
    return created


def build(stdout):
    """The subscribers not loaded yet, with their history."""
    data = read("alert_subscribers")
    entries = data["subscribers"]
    emails = [entry["email"] for entry in entries]
    done = set(Subscriber.objects.filter(email__in=emails).values_list("email", flat=True))
    missing = [entry for entry in entries if entry["email"] not in done]
    digests, failures = [], []
    if missing:
        context = _context(missing)
        builder = HistoryBuilder(timezone.now(), data["digests"])
        for entry in missing:
            history = builder.build(entry)
            subscriber = _subscriber(entry, history, context)
            digests += [
                (DigestFactory.build(subscriber=subscriber, **digest), digest["until"])
                for digest in history.digests
            ]
            failures += [
                (
                    DeliveryFailureFactory.build(
                        subscriber=subscriber, kind=f["kind"], detail=f["detail"]
                    ),
                    f["at"],
                )
                for f in history.failures
            ]
    _save(Digest, digests, "created_at")
    _save(DeliveryFailure, failures, "occurred_at")
    stdout.write(
        f"Abonnés aux alertes : {len(missing)} créés ({len(digests)} envois, "
        f"{len(failures)} échecs d'envoi), {len(done)} déjà là."
    )
