"""axe-core's findings on the audited pages (test_key_pages.py), summed up at the end of the run.

Kept apart from helpers.py (which needs Playwright) so that tests/conftest.py can gather them
from the pytest-xdist workers and print them, whichever worker ran the browser tests.
"""

import os
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parents[2]
# Screenshots and accessibility reports (docs/screenshots.md).
OUTPUT_DIR = Path(os.environ.get("TEST_OUTPUT_DIR", REPO_ROOT / "test-output"))
AXE_FINDINGS = []


def summarise(terminalreporter):
    """Prints every finding, blocking or not, and writes them to accessibility/summary.txt."""
    if not AXE_FINDINGS:
        return
    lines = [
        f"{f['page']}: {f['kind']} {f['rule']} ({f['impact']}) x{len(f['nodes'])}: "
        + "; ".join(f["nodes"][:3])
        for f in AXE_FINDINGS
    ]
    terminalreporter.write_sep("-", "axe-core findings (violations and items to check by hand)")
    for line in lines:
        terminalreporter.write_line(line)
    (OUTPUT_DIR / "accessibility").mkdir(parents=True, exist_ok=True)
    (OUTPUT_DIR / "accessibility" / "summary.txt").write_text("\n".join(lines) + "\n")
