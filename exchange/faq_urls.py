"""URLs of the exchange's faq views (included by exchange/urls.py)."""

urlpatterns: list = []
