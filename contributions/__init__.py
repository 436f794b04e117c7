"""Communes contribute their own experiences: a guided form in the member area and a restricted
Wagtail editor create drafts that the facilitator reviews through Wagtail's moderation workflow
(decision 0047)."""
