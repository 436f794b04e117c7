"""Who may see which question: the gate of a question's own views (members_area.gates guards
the others), and the questions a user may open. The decision itself stays in members_area.permissions (active member, staff)."""

import functools

from django.contrib.auth.decorators import login_required
from django.db.models import Q
from django.http import Http404
from django.shortcuts import get_object_or_404
from django.views.decorators.cache import never_cache

from members_area import permissions

from .models import Question


def members_only_object(view):
    """Like `members_only`, but a single object answers 404 to a signed-in non-member."""

    @functools.wraps(view)
    def wrapped(request, *args, **kwargs):
        if not permissions.is_active_member(request.user):
            raise Http404
        return view(request, *args, **kwargs)

    return login_required(never_cache(wrapped))


def visibility(user):
    """Q over Question: what this (active) member may open: not hidden, or their own; staff
    see every question."""
    if permissions.is_staff(user):
        return Q()
    return Q(hidden_at__isnull=True) | Q(author_id=user.pk)


def visible_questions(user):
    return Question.objects.filter(visibility(user))


def question_or_404(user, pk, queryset=None):
    """The question `pk` if this user may open it (from `queryset`, e.g. with its relations
    selected), else 404: a hidden question does not exist for other members."""
    queryset = Question.objects.all() if queryset is None else queryset
    return get_object_or_404(queryset.filter(visibility(user)), pk=pk)
