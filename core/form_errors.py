"""Errors a screen reader hears with their field: each field's errors (the field templates give
them the id `<field id>_error`) and help text (`<field id>_helptext`) are tied to its input
with aria-describedby, and the input is marked aria-invalid."""


class ErrorsDescribedMixin:
    def full_clean(self):
        super().full_clean()
        for name in self.errors:
            if name not in self.fields:
                continue
            field, auto_id = self.fields[name], self[name].auto_id
            described = [f"{auto_id}_error"] + ([f"{auto_id}_helptext"] if field.help_text else [])
            field.widget.attrs["aria-describedby"] = " ".join(described)
            field.widget.attrs["aria-invalid"] = "true"
