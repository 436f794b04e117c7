"""What the letter's e-mail templates need: absolute links to pages and rich text as plain
text (letters.text)."""

from django import template

from letters import text

register = template.Library()


@register.simple_tag
def email_url(page):
    """`{% email_url page %}`: the page's address, absolute, for a mail client."""
    return text.absolute(page.get_url() or "/")


@register.filter
def as_text(markup):
    """`{{ value|richtext|as_text }}`: rich text for the e-mail's text part."""
    return text.html_to_text(markup)
