"""Signals other apps listen to (search re-indexes a resource when who may open it changes)."""

from django.dispatch import Signal

# Sent with sender=Resource and resource=<Resource> after a grant, a revocation or a change of
# the "open to all members" flag.
resource_access_changed = Signal()
