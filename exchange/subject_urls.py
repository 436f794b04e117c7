"""URLs of the exchange's subject views (included by exchange/urls.py)."""

urlpatterns: list = []
