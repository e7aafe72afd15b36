"""Benchmark 5: ``import`` time of each client package vs ``import httpx``, in fresh interpreters.

Measured in a clean virtualenv holding only what a user installs (the four clients, httpx and
), because in a development venv ``import httpx`` also imports rich and click for its
optional CLI, which inflates the baseline. If that venv cannot be built (no package index),
the running venv is used and the note says so.

Figure: the cumulative import time of the top-level module from ``python -X importtime``,
median of ``RUNS`` fresh processes, interleaved. The wall-clock cost (``python -c "import X"``
minus ``python -c pass``) is printed beside it.
"""

import re
import subprocess
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path

from .common import ROOT, Row, env_with_venv, fmt_time, median

RUNS = 21
CLIENTS = sorted(p for p in (ROOT / "clients").iterdir() if (p / "pyproject.toml").exists())
PINS = ["httpx==0.28.1"]
GOAL = 1.4  # a client may add at most 40 % to the import of httpx itself
LINE = re.compile(r"^import time:\s+(\d+)\s+\|\s+(\d+)\s+\|( *)(\S+)\s*$")


def _packages() -> list[str]:
    """The import name of each client."""
    return [next(p.name for p in client.iterdir() if (p / "__init__.py").exists()) for client in CLIENTS]


def _clean_python(folder: Path) -> Path:
    """A fresh venv in ``folder`` with only the clients and their runtime dependencies."""
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(folder)], check=True, timeout=120)
    python = folder / "bin" / "python"
    command = [sys.executable, "-m", "pip", "--python", str(python), "install", "-q", "--disable-pip-version-check"]
    subprocess.run(
        [*command, *PINS, *(str(c) for c in CLIENTS)], check=True, capture_output=True, timeout=300, cwd=folder
    )
    return python


def _importtime(python: Path, module: str) -> tuple[float, dict[str, float]]:
    """Seconds that importing ``module`` took in a fresh process (its cumulative -X importtime),
    and the self time of every imported module summed by top-level package."""
    done = subprocess.run(
        [str(python), "-X", "importtime", "-c", f"import {module}"],
        capture_output=True,
        text=True,
        check=True,
        env=env_with_venv(),
        cwd=tempfile.gettempdir(),
    )
    total = None
    groups: defaultdict[str, float] = defaultdict(float)
    for line in done.stderr.splitlines():
        match = LINE.match(line)
        if not match:
            continue
        groups[match.group(4).split(".")[0]] += int(match.group(1)) / 1e6
        if match.group(4) == module and len(match.group(3)) == 1:
            total = int(match.group(2)) / 1e6
    if total is None:
        raise RuntimeError(f"no importtime line for {module}")
    return total, groups


def _added(client: list[dict[str, float]], httpx: list[dict[str, float]], count: int = 4) -> str:
    """The packages whose import time the client adds to httpx's, largest first (mean self times)."""
    added: defaultdict[str, float] = defaultdict(float)
    for runs, sign in ((client, 1.0), (httpx, -1.0)):
        for groups in runs:
            for name, seconds in groups.items():
                added[name] += sign * seconds / len(runs)
    largest = sorted(added.items(), key=lambda item: item[1], reverse=True)[:count]
    return ", ".join(f"{name} {fmt_time(seconds)}" for name, seconds in largest)


def _wall(python: Path, code: str) -> float:
    start = time.perf_counter()
    subprocess.run([str(python), "-c", code], check=True, env=env_with_venv(), cwd=tempfile.gettempdir())
    return time.perf_counter() - start


def run() -> list[Row]:
    """Interleave every module's runs; compare each client's median with httpx's."""
    with tempfile.TemporaryDirectory(prefix="bench-import-") as tmp:
        where = "a clean venv (clients and httpx only)"
        try:
            python = _clean_python(Path(tmp) / "venv")
        except (subprocess.CalledProcessError, subprocess.TimeoutExpired) as exc:
            python = Path(sys.executable)
            where = f"the running venv (a clean one failed: {type(exc).__name__})"
        modules = ["httpx", *_packages()]
        cumulative: dict[str, list[float]] = {m: [] for m in modules}
        groups: dict[str, list[dict[str, float]]] = {m: [] for m in modules}
        wall: dict[str, list[float]] = {m: [] for m in ["pass", *modules]}
        for _ in range(2):  # warm the OS caches and write the bytecode
            for module in modules:
                _importtime(python, module)
        for i in range(RUNS):
            order = modules if i % 2 == 0 else list(reversed(modules))
            for module in order:
                seconds, by_package = _importtime(python, module)
                cumulative[module].append(seconds)
                groups[module].append(by_package)
            for name in ["pass", *order]:
                wall[name].append(_wall(python, "pass" if name == "pass" else f"import {name}"))
    startup = median(wall["pass"])
    print(f"  import time, in {where}; interpreter start-up {fmt_time(startup)}")
    base = median(cumulative["httpx"])
    rows = []
    for module in modules:
        extra = median(wall[module]) - startup
        print(f"    {module:26} importtime {fmt_time(median(cumulative[module]))}, wall-clock {fmt_time(extra)}")
        if module == "httpx":
            continue
        ours = median(cumulative[module])
        rows.append(
            Row(
                f"5. import {module}",
                fmt_time(ours),
                fmt_time(base),
                ours / base,
                f"<= {GOAL}x",
                ours / base <= GOAL,
                f"median of {RUNS} fresh processes (-X importtime) in {where}; "
                f"the client adds {fmt_time(ours - base)} to httpx, mostly {_added(groups[module], groups['httpx'])}",
            )
        )
    return rows
