"""URLs of the exchange's question views (included by exchange/urls.py)."""

urlpatterns: list = []
