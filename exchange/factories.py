"""Factories for the exchange, used by the tests and by the demo loader alike. A post's author
defaults to a member of an active organisation, and its organisation to the author's."""

import factory

from members_area.factories import MemberFactory

from .models import Answer, Follow, Question, Report, Subject, SubjectSupport


def _organisation_of(user):
    profile = getattr(user, "member_profile", None)
    return profile.organisation if profile is not None else None


class PostFactory(factory.django.DjangoModelFactory):
    class Meta:
        abstract = True

    author = factory.LazyFunction(MemberFactory)
    organisation = factory.LazyAttribute(lambda o: _organisation_of(o.author))


class QuestionFactory(PostFactory):
    class Meta:
        model = Question
        skip_postgeneration_save = True

    title = factory.Sequence(lambda n: f"Comment avez-vous financé votre projet n° {n} ?")
    body = "Nous lançons un projet semblable et cherchons des retours d'expérience."

    @factory.post_generation
    def themes(self, create, extracted, **kwargs):
        if create and extracted:
            self.themes.set(extracted)


class AnswerFactory(PostFactory):
    class Meta:
        model = Answer

    question = factory.SubFactory(QuestionFactory)
    body = "Nous l'avons fait en 2021 : contactez-nous, le cahier des charges est partagé."


class FollowFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Follow

    user = factory.LazyFunction(MemberFactory)


class ReportFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Report

    reporter = factory.LazyFunction(MemberFactory)
    reason = "Propos déplacés envers une autre commune."


class SubjectFactory(PostFactory):
    class Meta:
        model = Subject
        skip_postgeneration_save = True

    title = factory.Sequence(lambda n: f"Visite d'une chaufferie bois n° {n}")
    description = "Plusieurs communes hésitent : une visite avec l'exploitant nous aiderait."

    @factory.post_generation
    def themes(self, create, extracted, **kwargs):
        if create and extracted:
            self.themes.set(extracted)


class SubjectSupportFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = SubjectSupport

    subject = factory.SubFactory(SubjectFactory)
    user = factory.LazyFunction(MemberFactory)
    organisation = factory.LazyAttribute(lambda o: _organisation_of(o.user))
