"""Addresses the print templates give images and static files: read back by the PDF's
local fetcher (printing.fetcher), never from the network."""

from django import template

from printing.fetcher import media_src, static_src

register = template.Library()


@register.filter
def print_src(rendition):
    """`{{ rendition|print_src }}`: the address of a rendition's file in the PDF."""
    return media_src(rendition.file.name)


@register.simple_tag
def print_image_src(image, spec):
    """`{% print_image_src image "width-900" %}`: a rendition of `image`, for the PDF."""
    return media_src(image.get_rendition(spec).file.name)


@register.simple_tag
def print_static(name):
    """`{% print_static "img/logo.svg" %}`: a static file, for the PDF."""
    return static_src(name)
