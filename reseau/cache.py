"""Transitional: `remember()` only computes its value. Its three callers become plain ORM reads
in the change that serves pages the Wagtail way, and this module goes with them."""


def remember(name, compute, timeout=None):
    """`compute()`, every time: kept only until its callers stop calling it (it is going away).
    `name` and `timeout` are accepted and ignored."""
    return compute()
