"""The site's URLs plus a stand-in for the member pages of the questions (built elsewhere):
a question page that renders the moderation includes as the real page does, so that the
includes and the redirects to the question can be tested here."""

from django.http import HttpResponse
from django.shortcuts import get_object_or_404
from django.template import engines
from django.urls import include, path

from exchange.models import Question
from exchange.urls import urlpatterns as exchange_urlpatterns
from reseau.urls import urlpatterns as site_urlpatterns

PAGE = engines["django"].from_string(
    '{% for message in messages %}<p class="message">{{ message }}</p>{% endfor %}'
    "<h1>{{ question.title }}</h1>"
    '{% include "exchange/includes/report_link.html" with post=question kind="question" %}'
    '{% for answer in answers %}<div id="reponse-{{ answer.pk }}">{{ answer.body }}</div>'
    '{% include "exchange/includes/report_link.html" with post=answer kind="answer" %}'
    "{% endfor %}"
    '{% include "exchange/includes/facilitator_actions.html" with question=question %}'
)


def question_page(request, pk):
    question = get_object_or_404(Question.objects.select_related("organisation"), pk=pk)
    answers = list(question.answers.all())
    return HttpResponse(PAGE.render({"question": question, "answers": answers}, request))


def question_list(request):
    return HttpResponse("questions")


stand_ins = [
    path("questions/", question_list, name="questions"),
    path("questions/<int:pk>/", question_page, name="question"),
]

urlpatterns = [
    path("adherents/", include((stand_ins + exchange_urlpatterns, "exchange"))),
    *site_urlpatterns,
]
