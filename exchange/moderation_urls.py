"""URLs of the exchange's moderation views (included by exchange/urls.py)."""

urlpatterns: list = []
