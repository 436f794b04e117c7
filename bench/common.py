"""What every part of `make bench` shares: where things are, logging, and running a command."""

import json
import os
import socket
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PYTHON = sys.executable
BIN = Path(PYTHON).parent
WORK = Path(os.environ.get("BENCH_WORKDIR") or Path(tempfile.gettempdir()) / "reseau-bench")
RESULTS = ROOT / "bench" / "results"


def log(message=""):
    print(message, flush=True)


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def run(command, env, cwd=ROOT, capture=False, timeout=None):
    """Runs one of our own commands; its output when `capture`, and raises when it fails."""
    result = subprocess.run(  # noqa: S603 - our own commands, no shell
        [str(part) for part in command],
        cwd=cwd,
        env=env,
        stdout=subprocess.PIPE if capture else None,
        text=True,
        timeout=timeout,
        check=True,
    )
    return result.stdout


def last_json_line(output):
    """Our helper scripts print their result as one JSON line, last."""
    return json.loads(output.strip().splitlines()[-1])
