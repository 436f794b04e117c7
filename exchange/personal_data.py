"""What the exchange holds about a person, for their data export (decision 0031), and what it
forgets when their account is closed: their follows. Their posts stay, signed "Ancien membre"
like their other contributions, so that the network's answers are not lost."""

from .models import Answer, Follow, Question, Subject, SubjectSupport


def _date(value):
    return value.isoformat() if value else None


def export(user):
    """The person's questions, answers, subjects, supports and follows."""
    questions = Question.objects.filter(author=user).order_by("created_at")
    answers = Answer.objects.filter(author=user).select_related("question").order_by("created_at")
    subjects = Subject.objects.filter(author=user).order_by("created_at")
    supports = SubjectSupport.objects.filter(user=user).select_related("subject")
    follows = Follow.objects.filter(user=user).select_related("question", "theme")
    return {
        "exchange_questions": [
            {
                "title": q.title,
                "text": q.body,
                "posted_at": _date(q.created_at),
                "hidden_at": _date(q.hidden_at),
                "consent_to_be_named": q.name_consent,
            }
            for q in questions
        ],
        "exchange_answers": [
            {
                "question": a.question.title,
                "text": a.body,
                "posted_at": _date(a.created_at),
                "hidden_at": _date(a.hidden_at),
                "consent_to_be_named": a.name_consent,
            }
            for a in answers
        ],
        "exchange_subjects": [
            {"title": s.title, "text": s.description, "proposed_at": _date(s.created_at)}
            for s in subjects
        ],
        "exchange_supports": [
            {"subject": s.subject.title, "supported_at": _date(s.created_at)} for s in supports
        ],
        "exchange_follows": [
            {
                "question": f.question.title if f.question_id else None,
                "theme": f.theme.name if f.theme_id else None,
            }
            for f in follows
        ],
    }


def forget(sender, user, **kwargs):
    """account_anonymised receiver: a closed account follows nothing (it is told nothing)."""
    Follow.objects.filter(user=user).delete()
