"""The plugin's pages."""

app_name = "membership"

urlpatterns = []
