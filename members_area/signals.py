"""Signals other apps listen to (search re-indexes a resource when who may open it changes)."""

from django.dispatch import Signal

# Sent with sender=Resource and resource=<Resource> after a grant, a revocation or a change of
# the "open to all members" flag.
resource_access_changed = Signal()

# Sent with sender=<user model>, user=<the anonymised user> and old_email=<their former address>
# once an account is anonymised (members_area.personal_data): an app that keeps more about a
# person (a second factor, preferences) removes it here.
account_anonymised = Signal()
