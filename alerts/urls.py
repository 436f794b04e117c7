"""The alerts' pages, under /alertes/ (/en/alertes/ in English)."""

app_name = "alerts"

urlpatterns = []
