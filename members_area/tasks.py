"""Background work of the member area: the unlock e-mail of a locked account."""

from django.contrib.auth import get_user_model
from django_tasks import task

from members_area.emails import send_unlock_link
from members_area.unlock import make_token


@task()
def send_unlock_email(username, newest):
    """Sends the unlock link to the active account with this e-mail address; nothing when
    there is none (the lock-out page is the same either way)."""
    model = get_user_model()
    lookup = {f"{model.USERNAME_FIELD}__iexact": username, "is_active": True}
    user = model.objects.filter(**lookup).first()
    if user is None:
        return False
    send_unlock_link(user, make_token(username, newest))
    return True
