"""Two application servers behind one front cache, deployed as docs/scaling.md says: on loopback,
two gunicorn processes and two `manage.py db_worker` processes with the production settings
(tests/two_servers_settings.py), sharing PostgreSQL (this test's database), Redis, SeaweedFS (S3,
tests/storage/) and one nginx from the shipped template with both servers upstream. A member
signed in on one is signed in on the other; a file uploaded through one is downloaded through
the other; publishing through either purges the page from the shared cache; a background task
queued by one server runs exactly once.

PostgreSQL only: several processes sharing one SQLite file is not a deployment (the SQLite pass
skips the module, with that reason). Redis on 127.0.0.1:6379 (.ci/run starts it)."""

import contextlib
import os
import re
import subprocess
import sys
import time
import uuid
from pathlib import Path

import pytest
import redis
import requests
from django.conf import settings
from django.contrib.auth.hashers import PBKDF2PasswordHasher
from django.db import connection, connections
from django.test import Client
from django_tasks import TaskResultStatus
from django_tasks_db.models import DBTaskResult
from wagtail.documents import get_document_model

from alerts.subscription_tasks import send_subscription_email
from home.setup import ensure_home_page, ensure_locales
from members_area.documents import make_pdf
from members_area.factories import MemberFactory, MemberOrganisationFactory
from sheets.factories import ExperienceIndexPageFactory, ExperienceSheetPageFactory
from tests import front_cache_nginx
from tests.alerts.conftest import form_data
from tests.registrations.smtp_server import LoopbackSMTP
from tests.second_factor import verified_login
from tests.storage import seaweedfs
from tests.storage.conftest import s3_environment

ROOT = Path(__file__).resolve().parents[2]
BIN = Path(sys.executable).parent
REDIS = ("127.0.0.1", 6379)
HOST = front_cache_nginx.HOST
PASSWORD = "mot-de-passe-des-deux-serveurs"
READY_TIMEOUT = 90
TASK_TIMEOUT = 90

pytestmark = [
    pytest.mark.skipif(
        "postgresql" not in settings.DATABASES["default"]["ENGINE"],
        reason="two servers share a PostgreSQL database (the CI's PostgreSQL pass runs this)",
    ),
    # The servers read what the test writes: committed rows.
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
    pytest.mark.heavy,
    *front_cache_nginx.skip_marks(),
]


@pytest.fixture(scope="module", autouse=True)
def migrations_rows_back(django_db_setup, django_db_blocker):
    """The migrations' rows back after the last test, for the modules that follow in this
    worker (as tests/reseau/test_front_cache.py does)."""
    yield
    with django_db_blocker.unblock():
        for alias in connections:
            contents = getattr(connections[alias], "_test_serialized_contents", None)
            if contents:
                connections[alias].creation.deserialize_db_from_string(contents)


def database_url():
    db = connection.settings_dict
    return f"postgres://{db['USER']}:{db['PASSWORD']}@{db['HOST']}:{db['PORT']}/{db['NAME']}"


def wait_until(condition, timeout, what):
    """`condition()`'s first true value within `timeout` seconds; else fails, saying `what`
    (or what `what()` says then)."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        result = condition()
        if result:
            return result
        time.sleep(0.2)
    raise AssertionError(f"still waiting after {timeout} s: {what() if callable(what) else what}")


def task_states():
    return [
        (task.task_path, task.status, task.worker_ids, task.exception_class_path)
        for task in DBTaskResult.objects.order_by("enqueued_at")
    ]


def stop(processes):
    processes = list(processes)
    for process in processes:
        process.terminate()
    for process in processes:
        try:
            process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            process.kill()


class Cluster:
    """The processes of the two servers and the front cache; `stop()` ends them all."""

    def __init__(self, folder, environment):
        self.folder = folder
        self.environment = environment
        self.processes = []
        self.workers = {}
        self.servers = {}

    def start(self, name, port):
        gunicorn = [str(BIN / "gunicorn"), "reseau.wsgi", "--bind", f"127.0.0.1:{port}"]
        gunicorn += ["--workers", "2", "--timeout", "60"]
        self.processes.append(self._spawn(name, gunicorn))
        self.servers[name] = f"http://127.0.0.1:{port}"
        return self.servers[name]

    def _spawn(self, name, command):
        log = (self.folder / f"{name}.log").open("a")
        return subprocess.Popen(  # noqa: S603 (the virtualenv's own programs)
            command, cwd=ROOT, env=self.environment, stdout=log, stderr=subprocess.STDOUT
        )

    def start_workers(self):
        """A task worker beside each server (`manage.py db_worker`, docs/scaling.md)."""
        for name in self.servers:
            worker = [str(BIN / "python"), "manage.py", "db_worker", "--worker-id", name]
            worker += ["--interval", "0.2", "--no-startup-delay", "--no-reload"]
            self.workers[name] = self._spawn(name, worker)

    def stop_workers(self):
        stop(self.workers.values())
        self.workers = {}

    def wait_ready(self):
        for name, url in self.servers.items():
            wait_until(lambda url=url: self._answers(url), READY_TIMEOUT, f"{name} to answer")

    def _answers(self, url):
        for process in self.processes:
            assert process.poll() is None, self.logs()
        with contextlib.suppress(requests.RequestException):
            return requests.get(f"{url}/robots.txt", timeout=5).status_code == 200
        return False

    def logs(self):
        return "\n".join(path.read_text()[-3000:] for path in self.folder.glob("*.log"))

    def stop(self):
        stop([*self.processes, *self.workers.values()])


@pytest.fixture(scope="module")
def seaweed():
    """SeaweedFS for this module (tests/storage/seaweedfs.py)."""
    server = seaweedfs.start_or_skip()
    yield server
    server.close()


@pytest.fixture(scope="module")
def shared(django_db_setup, django_db_blocker, seaweed, tmp_path_factory):
    """Redis, the SMTP server, nginx and the two servers A and B, for the whole module."""
    try:
        redis.Redis(*REDIS, socket_timeout=2).ping()
    except redis.RedisError as error:
        pytest.fail(f"Redis must answer on {REDIS[0]}:{REDIS[1]}: {error}")
    folder = tmp_path_factory.mktemp("two-servers")
    prefix = f"two-servers-{uuid.uuid4().hex[:8]}"
    smtp = LoopbackSMTP()
    ports = [front_cache_nginx.free_port(), front_cache_nginx.free_port()]
    upstreams = [f"127.0.0.1:{port}" for port in ports]
    nginx, front = front_cache_nginx.start(folder / "nginx", upstreams)
    with django_db_blocker.unblock():
        url = database_url()
    environment = {
        **os.environ,
        **s3_environment(seaweed),
        "DJANGO_SETTINGS_MODULE": "tests.two_servers_settings",
        "DATABASE_URL": url,
        "SECRET_KEY": settings.SECRET_KEY,  # the sessions this process signs, as one site
        "ALLOWED_HOSTS": f"{HOST},127.0.0.1",
        "CACHE_URL": f"rediscache://{REDIS[0]}:{REDIS[1]}/0?key_prefix={prefix}",
        "FRONTEND_CACHE_PURGE_URL": front["purge"],
        "EMAIL_URL": f"smtp://127.0.0.1:{smtp.port}",
        "SECURE_SSL_REDIRECT": "false",
        "SECURE_HSTS_SECONDS": "0",
        "SESSION_COOKIE_SECURE": "false",
        "CSRF_COOKIE_SECURE": "false",
        "STATIC_ROOT": str(folder / "static"),
        "LOG_LEVEL": "WARNING",
    }
    cluster = Cluster(folder, environment)
    try:
        for name, port in zip(("A", "B"), ports, strict=True):
            cluster.start(name, port)
        cluster.wait_ready()
        yield {
            "cluster": cluster,
            "servers": cluster.servers,
            "front": front,
            "inbox": smtp.inbox,
            "redis_prefix": prefix,
        }
    finally:
        cluster.stop()
        nginx.terminate()
        nginx.wait(timeout=10)
        smtp.stop()


@pytest.fixture(autouse=True)
def fresh_cache(shared):
    """The shared cache emptied before each test: what the servers cached names the rows of the
    test before, which are gone."""
    client = redis.Redis(*REDIS)
    keys = list(client.scan_iter(f"{shared['redis_prefix']}*"))
    if keys:
        client.delete(*keys)


@pytest.fixture(autouse=True)
def task_workers(shared, fresh_cache):
    """The two task workers, for each test: stopped before the test's flush empties the tables
    (a worker whose task's row vanished under it exits: django_tasks_db's `set_successful`)."""
    shared["cluster"].start_workers()
    yield
    shared["cluster"].stop_workers()


@pytest.fixture
def sheet():
    ensure_locales()
    index = ExperienceIndexPageFactory(parent=ensure_home_page(), slug="fiches")
    return ExperienceSheetPageFactory(parent=index, slug="chaufferie", title="Chaufferie bois")


CSRF = re.compile(r'name="csrfmiddlewaretoken" value="([^"]+)"')


def form_token(browser, url):
    """The CSRF token of the form at `url` (the cookie goes into `browser`)."""
    page = browser.get(url, timeout=30)
    assert page.status_code == 200, page.text[:500]
    return CSRF.search(page.text).group(1)


def facilitator_browser():
    """A browser carrying a facilitator's admin session (second factor verified), made here
    and stored where both servers read sessions."""
    facilitator = MemberFactory(is_superuser=True, is_staff=True)
    client = Client()
    verified_login(client, facilitator)
    browser = requests.Session()
    browser.cookies.set(settings.SESSION_COOKIE_NAME, client.session.session_key)
    return facilitator, browser


def test_a_member_signed_in_on_one_server_is_signed_in_on_the_other(shared, sheet):
    a, b = shared["servers"]["A"], shared["servers"]["B"]
    member = MemberFactory(organisation=MemberOrganisationFactory(), email="elue@deux.exemple.fr")
    hasher = PBKDF2PasswordHasher()  # the production settings' hasher, not the tests' MD5
    member.password = hasher.encode(PASSWORD, hasher.salt())
    member.save()
    browser = requests.Session()
    login = f"{a}/adherents/connexion/"
    credentials = {"username": member.email, "password": PASSWORD}
    token = form_token(browser, login)
    signed_in = browser.post(
        login, {"csrfmiddlewaretoken": token, **credentials}, allow_redirects=False, timeout=30
    )
    assert signed_in.status_code == 302, signed_in.text[:500]

    dashboard = browser.get(f"{b}/adherents/", allow_redirects=False, timeout=30)
    assert dashboard.status_code == 200
    assert "Se déconnecter" in dashboard.text

    signed_out = browser.post(
        f"{b}/adherents/deconnexion/",
        {"csrfmiddlewaretoken": CSRF.search(dashboard.text).group(1)},
        allow_redirects=False,
        timeout=30,
    )
    assert signed_out.status_code == 302
    assert browser.get(f"{a}/adherents/", allow_redirects=False, timeout=30).status_code == 302


def test_a_file_uploaded_through_one_is_downloaded_through_the_other(shared, sheet, seaweed):
    a, b = shared["servers"]["A"], shared["servers"]["B"]
    _facilitator, browser = facilitator_browser()
    body = make_pdf("Compte rendu de la visite", "Chaufferie bois partagée de Bais.")
    add = f"{a}/admin/documents/multiple/add/"
    upload = browser.post(
        add,
        {"csrfmiddlewaretoken": form_token(browser, add)},
        files={"files[]": ("compte-rendu.pdf", body, "application/pdf")},
        headers={"X-Requested-With": "XMLHttpRequest"},
        timeout=60,
    )
    assert upload.status_code == 200, upload.text[:500]
    assert upload.json()["success"], upload.text[:500]
    document = get_document_model().objects.get(pk=upload.json()["doc_id"])

    served = browser.get(f"{b}{document.url}", allow_redirects=False, timeout=30)
    assert served.status_code == 302
    location = served.headers["Location"]
    assert location.startswith(seaweed.url)
    assert "Signature=" in location
    assert requests.get(location, timeout=30).content == body
    assert requests.get(location.split("?")[0], timeout=30).status_code == 403


def publish_through(server, browser, page):
    """Wagtail's "Publish" bulk action, as the explorer offers it, through `server`."""
    url = f"{server}/admin/bulk/wagtailcore/page/publish/?id={page.pk}&next=/admin/"
    done = browser.post(
        url, {"csrfmiddlewaretoken": form_token(browser, url)}, allow_redirects=False, timeout=60
    )
    assert done.status_code == 302, done.text[:500]


def through_cache(site, path):
    """(X-Cache-Status, HTML) of `path` as visitors get it from the front cache."""
    response = requests.get(site + path, headers={"Host": HOST}, timeout=30)
    assert response.status_code == 200
    return response.headers.get("X-Cache-Status"), response.text


def test_publishing_through_either_server_purges_the_shared_front_cache(shared, sheet):
    site = shared["front"]["site"]
    facilitator, browser = facilitator_browser()
    assert through_cache(site, sheet.url)[0] == "MISS"
    assert through_cache(site, sheet.url)[0] == "HIT"
    for name, title in (("A", "Chaufferie bois rénovée"), ("B", "Chaufferie bois agrandie")):
        sheet.title = title
        sheet.save_revision(user=facilitator)
        publish_through(shared["servers"][name], browser, sheet)

        def purged(title=title):
            state, html = through_cache(site, sheet.url)
            return state if title in html else None

        # The purge is a background task (Wagtail's): one of the two workers sends it.
        assert wait_until(purged, TASK_TIMEOUT, f"the purge after publishing through {name}") == (
            "MISS"
        )
        assert through_cache(site, sheet.url)[0] == "HIT"


def test_a_task_queued_by_one_server_runs_exactly_once(shared, sheet):
    addresses = [f"lecteur{number}@deux.exemple.fr" for number in range(4)]
    for number, address in enumerate(addresses):
        server = shared["servers"]["AB"[number % 2]]
        browser = requests.Session()
        token = form_token(browser, f"{server}/alertes/")
        sent = browser.post(
            f"{server}/alertes/",
            {"csrfmiddlewaretoken": token, **form_data(email=address)},
            timeout=30,
        )
        assert sent.status_code == 200, sent.text[:500]
    tasks = DBTaskResult.objects.filter(task_path=send_subscription_email.module_path)

    def all_done():
        return (
            tasks.count() == len(addresses)
            and not tasks.exclude(status=TaskResultStatus.SUCCESSFUL).exists()
        )

    wait_until(
        all_done,
        TASK_TIMEOUT,
        lambda: f"the confirmation e-mails' tasks: {task_states()}\n{shared['cluster'].logs()}",
    )
    assert all(len(task.worker_ids) == 1 for task in tasks)
    for address in addresses:
        assert len(shared["inbox"].to(address)) == 1
