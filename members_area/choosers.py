"""A searchable person chooser for the facilitator's forms (a member's account, a grant to one
person), in place of a select listing every account: Wagtail's ChooserViewSet, searched by
name or e-mail address in the database (accounts are not in the search index)."""

from django import forms
from django.conf import settings
from django.core.exceptions import PermissionDenied
from django.db.models import Q
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms.choosers import BaseFilterForm
from wagtail.admin.ui.tables import Column
from wagtail.admin.views.generic.chooser import ChooseResultsView, ChooseView
from wagtail.admin.viewsets.chooser import ChooserViewSet


class PersonFilterForm(BaseFilterForm):
    q = forms.CharField(
        label=_("Rechercher"),
        required=False,
        widget=forms.TextInput(attrs={"placeholder": _("Nom, prénom ou adresse e-mail")}),
    )

    def filter(self, objects):
        objects = super().filter(objects)
        query = (self.cleaned_data.get("q") or "").strip()[:100]
        if query:
            self.is_searching = True
            self.search_query = query
            objects = objects.filter(
                Q(email__icontains=query)
                | Q(first_name__icontains=query)
                | Q(last_name__icontains=query)
            )
        return objects


class PersonChooseMixin:
    """People's names and addresses are shown only to those who manage members or grants."""

    filter_form_class = PersonFilterForm

    def dispatch(self, request, *args, **kwargs):
        user = request.user
        if not (
            user.has_perm("members_area.change_memberprofile")
            or user.has_perm("members_area.change_resource")
        ):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get_object_list(self):
        return (
            super()
            .get_object_list()
            .select_related("member_profile__organisation")
            .order_by("last_name", "first_name", "email")
        )

    @property
    def columns(self):
        return [
            self.title_column,
            Column("email", label=_("Adresse e-mail")),
            Column(
                "organisation",
                label=_("Collectivité"),
                accessor=lambda user: getattr(
                    getattr(user, "member_profile", None), "organisation", ""
                ),
            ),
        ]


class PersonChooseView(PersonChooseMixin, ChooseView):
    pass


class PersonChooseResultsView(PersonChooseMixin, ChooseResultsView):
    pass


class PersonChooserViewSet(ChooserViewSet):
    model = settings.AUTH_USER_MODEL
    icon = "user"
    choose_one_text = _("Choisir une personne")
    choose_another_text = _("Choisir une autre personne")
    edit_item_text = _("Modifier ce compte")
    choose_view_class = PersonChooseView
    choose_results_view_class = PersonChooseResultsView
    register_widget = False  # only where a form asks for it


person_chooser_viewset = PersonChooserViewSet("person_chooser")
