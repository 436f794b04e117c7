"""The servers a run starts (gunicorn, nginx) and plain HTTP requests to them. Every server is a
context manager: it is stopped when the measures that need it are done, even on failure."""

import contextlib
import os
import signal
import subprocess
import time
import urllib.error
import urllib.request

from .common import BIN, ROOT, free_port, run


@contextlib.contextmanager
def gunicorn(env, workers, cwd=ROOT, app="reseau.wsgi:application"):
    """gunicorn as deployed (the project's gunicorn.conf.py is read from `cwd`) on a free
    loopback port; yields its base URL."""
    port = free_port()
    command = [str(BIN / "gunicorn"), app, "--bind", f"127.0.0.1:{port}"]
    command += ["--workers", str(workers), "--log-level", "warning", "--timeout", "60"]
    process = subprocess.Popen(command, cwd=cwd, env=env, start_new_session=True)  # noqa: S603
    try:
        wait_for(f"http://127.0.0.1:{port}/robots.txt", process)
        yield f"http://127.0.0.1:{port}"
    finally:
        os.killpg(process.pid, signal.SIGTERM)
        process.wait(timeout=30)


@contextlib.contextmanager
def nginx(conf_text, prefix, ready_url, env):
    """Debian's nginx with the configuration `conf_text` (checked with `nginx -t` first), its
    pid, logs, temp files and cache under `prefix`."""
    conf = prefix / "nginx.conf"
    conf.write_text(conf_text)
    try:
        run(["nginx", "-t", "-q", "-c", conf, "-p", prefix], env)
    except subprocess.CalledProcessError as error:
        raise RuntimeError(f"nginx refuses the generated configuration {conf}") from error
    process = subprocess.Popen(  # noqa: S603
        ["nginx", "-c", str(conf), "-p", str(prefix), "-g", "daemon off;"],  # noqa: S607
        start_new_session=True,
    )
    try:
        wait_for(ready_url, process)
        yield
    finally:
        process.send_signal(signal.SIGQUIT)
        try:
            process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)


def wait_for(url, process, timeout=90):
    """Returns once `url` answers anything at all; fails if the server exits first."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"server exited with {process.returncode} before answering")
        try:
            with urllib.request.urlopen(url, timeout=5):  # noqa: S310 - loopback
                return
        except urllib.error.HTTPError:
            return
        except OSError:
            time.sleep(0.3)
    raise RuntimeError(f"no answer from {url}")


class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


def fetch(url, cookie=None, method="GET"):
    """(status, headers, body) of one request, redirects not followed."""
    headers = {"Cookie": cookie} if cookie else {}
    request = urllib.request.Request(url, headers=headers, method=method)  # noqa: S310
    opener = urllib.request.build_opener(NoRedirect)
    try:
        with opener.open(request, timeout=120) as response:
            return response.status, dict(response.headers), response.read()
    except urllib.error.HTTPError as error:
        return error.code, dict(error.headers), error.read()
