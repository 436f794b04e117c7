"""The public API's URLs: include them under the prefix of your choice (/api/v2/ here)."""

from django.urls import path
from wagtail.api.v2.router import WagtailAPIRouter

from .endpoints import PublicPagesAPIViewSet

router = WagtailAPIRouter("publicapi")
router.register_endpoint("pages", PublicPagesAPIViewSet)

urlpatterns = [path("", router.urls)]
