"""A second factor for everyone who can open the Wagtail admin: django-otp's TOTP devices and
recovery codes, enrolled at the first sign-in and asked once per session
(docs/decisions/0029-second-factor-for-the-admin.md)."""
