"""Stoplight Prism, the mock server users would pick instead: installed on demand, pinned, locally.

``npm install --prefix benchmarks/.prism @stoplight/prism-cli@5.16.0`` (an unpinned install
resolved an older 5.14.2 here). Nothing is installed globally; ``benchmarks/.prism`` is ignored by git.
"""

import json
import shutil
import subprocess
from pathlib import Path

PRISM_VERSION = "5.16.0"
PRISM_DIR = Path(__file__).resolve().parent / ".prism"
PRISM_BIN = PRISM_DIR / "node_modules" / ".bin" / "prism"
INSTALL_TIMEOUT = 300


class PrismUnavailable(Exception):
    """Prism could not be installed or found; the message says why."""


def installed_version() -> str | None:
    package = PRISM_DIR / "node_modules" / "@stoplight" / "prism-cli" / "package.json"
    if not package.exists() or not PRISM_BIN.exists():
        return None
    version: str = json.loads(package.read_text(encoding="utf-8"))["version"]
    return version


def ensure_prism() -> Path:
    """The path of the pinned ``prism`` executable, installing it with npm first if needed."""
    if installed_version() == PRISM_VERSION:
        return PRISM_BIN
    npm = shutil.which("npm")
    if npm is None or shutil.which("node") is None:
        raise PrismUnavailable("npm/node not found on PATH")
    command = [
        npm,
        "install",
        "--prefix",
        str(PRISM_DIR),
        "--save-exact",
        "--no-audit",
        "--no-fund",
        "--loglevel=error",
        f"@stoplight/prism-cli@{PRISM_VERSION}",
    ]
    PRISM_DIR.mkdir(exist_ok=True)
    try:
        done = subprocess.run(command, capture_output=True, text=True, timeout=INSTALL_TIMEOUT, check=False)
    except subprocess.TimeoutExpired:
        raise PrismUnavailable(f"npm install did not finish within {INSTALL_TIMEOUT} s") from None
    if done.returncode != 0:
        tail = (done.stderr or done.stdout).strip().splitlines()[-1:] or ["no output"]
        raise PrismUnavailable(f"npm install failed ({done.returncode}): {tail[0][:200]}")
    if installed_version() != PRISM_VERSION:
        raise PrismUnavailable(f"npm installed prism-cli {installed_version()}, not {PRISM_VERSION}")
    return PRISM_BIN
