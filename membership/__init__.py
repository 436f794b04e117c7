"""Joining the network online: the public page and application form, the facilitator's review,
and the reminders before a membership lapses (decision 0043)."""
