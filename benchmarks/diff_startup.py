"""Benchmark 6: ``python -m generator diff`` start-up vs a bare ``python -c "import ruamel.yaml"``.

The API diff runs in pull-request checks and pre-commit hooks, so its start-up counts. It must not
import the generation stack (openapi-python-client, jinja2, jsonschema): the goal is at most 3x
the start-up of an interpreter that only imports ruamel.yaml, which the diff needs anyway.

Measured as whole fresh processes, interleaved, median of ``RUNS``: ``diff --help`` (every module
of the diff imported, no work) and a whole diff of the Retarus spec with itself (two parses and a
comparison, no change). Bytecode is written first (the environment may set PYTHONDONTWRITEBYTECODE),
as it is after ``pip install``. The modules a ``diff`` imports are checked too: none of the
generation stack may be among them.
"""

import functools
import os
import subprocess
import sys
import time

from .common import ROOT, Row, alternate, fmt_time, median

RUNS = 21
GOAL = 3.0
SPEC = "specs/retarus-sms4a.yaml"
GENERATION_STACK = ("openapi_python_client", "jinja2", "jsonschema", "ruff", "httpx")
COMMANDS = {
    "ruamel": [sys.executable, "-c", "import ruamel.yaml"],
    "help": [sys.executable, "-m", "generator", "diff", "--help"],
    "same": [sys.executable, "-m", "generator", "diff", SPEC, SPEC],
}


def _env() -> dict[str, str]:
    env = dict(os.environ)
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    return env


def _timed(command: list[str]) -> float:
    start = time.perf_counter()
    subprocess.run(command, cwd=ROOT, env=_env(), stdout=subprocess.DEVNULL, check=True)
    return time.perf_counter() - start


def _stack_imported() -> list[str]:
    """The generation-stack packages a diff imports (must be none)."""
    code = (
        "import sys, runpy; sys.argv = ['generator', 'diff', '--help']\n"
        "try:\n    runpy.run_module('generator', run_name='__main__')\nexcept SystemExit:\n    pass\n"
        "loaded = {m.split('.')[0] for m in sys.modules}\n"
        f"print('stack:', *sorted(loaded & set({GENERATION_STACK!r})), file=sys.stderr)"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, env=_env(), capture_output=True, text=True, check=True
    )
    line = next(line for line in done.stderr.splitlines() if line.startswith("stack:"))
    return line.split()[1:]


def run() -> list[Row]:
    for command in COMMANDS.values():  # write the bytecode, warm the OS caches
        _timed(command)
    times = alternate(RUNS, {name: functools.partial(_timed, command) for name, command in COMMANDS.items()})
    base = median(times["ruamel"])
    stack = _stack_imported()
    imported = "imports none of " + ", ".join(GENERATION_STACK) if not stack else "IMPORTS " + ", ".join(stack)
    rows = []
    for name, label in (("help", "start-up (`diff --help`)"), ("same", f"whole diff of {SPEC} with itself")):
        ours = median(times[name])
        rows.append(
            Row(
                f"6. generator diff: {label}",
                fmt_time(ours),
                fmt_time(base),
                ours / base,
                f"<= {GOAL}x" if name == "help" else "none set",
                (ours / base <= GOAL and not stack) if name == "help" else None,
                f'median of {RUNS} fresh processes, interleaved, vs `python -c "import ruamel.yaml"`; {imported}',
            )
        )
    return rows
