"""The alerts in Wagtail: the member dashboard's and profile page's link to "Mes alertes par
e-mail", and the person's subscriptions in their data export."""

from wagtail import hooks

from . import personal_data, sections

hooks.register("members_area_dashboard_links", sections.dashboard_link)
hooks.register("members_area_profile_links", sections.profile_link)
hooks.register("members_area_personal_data", personal_data.export)
