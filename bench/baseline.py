"""The code as it was before (`--baseline REF`), served beside the current code for the A/B.

REF is checked out with `git worktree add --detach` in the work folder and removed at the end.
It runs from there with the same Python environment, the same settings module (bench.settings,
i.e. the production settings from the environment), the same workers and the same database: the
current code has migrated it, and the old code only needs its tables to exist. What differs is
its own static files (collected from its checkout: the manifest names its files), its own cache
key prefix (the two codes' cached objects must not meet), and its in-process page cache turned
off, so that both codes answer every request in full; its shared-value cache stays as it was
deployed.
"""

import shutil
import subprocess

from .common import PYTHON, ROOT, WORK, last_json_line, log, run


class Baseline:
    def __init__(self, ref, env):
        self.ref = ref
        self.path = WORK / "baseline"
        self.commit = run(["git", "rev-parse", "--verify", f"{ref}^{{commit}}"], env, capture=True)
        self.commit = self.commit.strip()
        self.env = {
            **env,
            "PYTHONPATH": str(self.path),
            "STATIC_ROOT": str(WORK / "baseline-static"),
            "CACHE_URL": _other_prefix(env["CACHE_URL"]),
            "PAGE_CACHE_ENABLED": "false",
        }

    def checkout(self):
        """A fresh detached worktree of REF, its translations compiled and static collected."""
        self.remove()
        run(["git", "worktree", "add", "--detach", "--force", self.path, self.commit], self.env)
        self.manage("compile_translations")
        self.manage("collectstatic", "--noinput", "-v", "0")

    def remove(self):
        if self.path.exists():
            subprocess.run(  # noqa: S603 - our own command
                ["git", "worktree", "remove", "--force", str(self.path)],  # noqa: S607
                cwd=ROOT,
                check=False,
            )
        subprocess.run(["git", "worktree", "prune"], cwd=ROOT, check=False)  # noqa: S607

    def manage(self, *command, capture=False):
        return run([PYTHON, "manage.py", *command], self.env, cwd=self.path, capture=capture)

    def count_queries(self):
        """The old code's queries per page, counted the same way as the current code's: this
        checkout's bench/queries.py, copied into the baseline's worktree, run there (cold
        caches). None when it fails there."""
        shutil.copyfile(ROOT / "bench" / "queries.py", self.path / "bench" / "queries_now.py")
        try:
            out = run([PYTHON, "-m", "bench.queries_now"], self.env, cwd=self.path, capture=True)
        except subprocess.CalledProcessError as error:
            log(f"   baseline query count failed: {error}")
            return None
        return {t["name"]: t for t in last_json_line(out)["targets"]}

    def describe(self):
        return {"ref": self.ref, "commit": self.commit}


def _other_prefix(cache_url):
    """The same cache server under another key prefix."""
    if cache_url.startswith("locmem"):
        return cache_url
    if "key_prefix=" in cache_url:
        return cache_url.replace("key_prefix=", "key_prefix=baseline-", 1)
    return cache_url + ("&" if "?" in cache_url else "?") + "key_prefix=baseline"
