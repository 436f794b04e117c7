"""The exchange in Wagtail: the member area's links and sections, the facilitator's admin views
and dashboard panels. Each part of the exchange adds its hooks below, under its own heading."""
