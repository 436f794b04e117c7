"""What the exchange's demo loaders share: the members by e-mail, the themes by slug, the dates
written relative to the day of the load, and the key that finds an already loaded post.

A demo post carries a submission key derived from its key in the data file: the key the
exchange's forms use against double posts (a second sending finds the first one's post) finds
the post a first load made, whatever its text has become since.
"""

import datetime
import uuid
import zlib

from django.contrib.auth import get_user_model
from django.utils import timezone
from wagtail.models import Locale

from sheets.models import Theme

from .accounts import administrator

# Fixed once: the demo posts' submission keys are uuid5(DEMO_POSTS, "<kind>:<key>").
DEMO_POSTS = uuid.UUID("6f1d4c1e-9a55-4c8e-8f5e-3a2b7f0d2c53")


def submission_key(kind: str, key: str) -> uuid.UUID:
    return uuid.uuid5(DEMO_POSTS, f"{kind}:{key}")


def members(emails):
    """The member accounts of `emails`, by e-mail, with their organisation (one query)."""
    users = get_user_model().objects.filter(email__in=set(emails))
    return {user.email: user for user in users.select_related("member_profile__organisation")}


def organisation_of(user):
    return user.member_profile.organisation


def facilitator():
    return get_user_model().objects.get(email=administrator()["email"])


def themes_by_slug():
    """The French themes (the exchange's posts are in French)."""
    return {theme.slug: theme for theme in Theme.objects.filter(locale=Locale.get_default())}


class Clock:
    """Dates relative to `now`: a post `days_ago` days before it, at a daytime hour that varies
    with its key, and later events `after_days` after another date; never in the future."""

    def __init__(self, now=None):
        self.now = now or timezone.now()

    def posted(self, key: str, days_ago: float):
        moment = timezone.localtime(self.now - datetime.timedelta(days=days_ago))
        spread = zlib.crc32(key.encode())
        moment = moment.replace(hour=8 + spread % 12, minute=spread % 60, second=0, microsecond=0)
        return min(moment, self.now)

    def after(self, moment, days: float | None):
        if days is None:
            return None
        return min(moment + datetime.timedelta(days=days), self.now)
