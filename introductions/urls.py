"""The plugin's pages."""

app_name = "introductions"

urlpatterns = []
