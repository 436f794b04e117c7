"""The plugin's pages."""

app_name = "directory"

urlpatterns = []
