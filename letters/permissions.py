"""Who may do what with a letter in the admin, from Wagtail's page permissions: those who may
edit it send themselves a test; those who may publish it send it to the subscribers."""


def can_test(user, letter):
    return bool(letter.pk) and letter.permissions_for_user(user).can_edit()


def can_send(user, letter):
    return bool(letter.pk) and letter.permissions_for_user(user).can_publish()
