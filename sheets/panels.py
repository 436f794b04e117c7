"""The "Avant de publier" panel at the top of a sheet's editor: the completeness checklist of
its kind (sheets.completeness), the same the contributors' guided form shows."""

from wagtail.admin.panels import Panel

from .completeness import checklist, missing


class ChecklistPanel(Panel):
    class BoundPanel(Panel.BoundPanel):
        template_name = "sheets/admin/checklist_panel.html"

        def get_context_data(self, parent_context=None):
            context = super().get_context_data(parent_context)
            items = checklist(self.instance)
            context.update(items=items, missing=missing(items))
            return context
