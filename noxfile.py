"""Sessions: generate, check, lint, typecheck, tests (everything), mock, api-diff, bench, soak, reliability,
vendor-sdk.

Every session installs what it needs from pyproject.toml's dependency groups,
so a fresh machine needs only Python 3.11 and ``pip install nox``.
"""

import os
import socket
import subprocess
import threading
import time
from pathlib import Path

import nox

# uv creates the session venvs and installs into them when it is there (.ci/run installs it beside nox:
# seconds instead of a minute of pip); plain venv and pip otherwise.
nox.options.default_venv_backend = "uv|venv"
nox.options.reuse_existing_virtualenvs = True
nox.options.sessions = ["tests"]

ROOT = Path(__file__).parent
PYPROJECT = nox.project.load_toml("pyproject.toml")
CLIENTS = sorted(p for p in (ROOT / "clients").iterdir() if (p / "pyproject.toml").exists())


def install_group(session: nox.Session, group: str) -> None:
    session.install(*nox.project.dependency_groups(PYPROJECT, group))


def install_clients(session: nox.Session) -> None:
    """Install every generated client as a user would: ``pip install ./clients/<name>``."""
    session.install(*(str(p) for p in CLIENTS))


@nox.session(python="3.11")
def generate(session: nox.Session) -> None:
    """Regenerate every client in clients/ from specs/ (or the specs given after --)."""
    install_group(session, "generate")
    session.run("python", "-m", "generator", "generate", *session.posargs)


@nox.session(python="3.11")
def check(session: nox.Session) -> None:
    """Fail when clients/ differs from a fresh generation."""
    install_group(session, "generate")
    session.run("python", "-m", "generator", "check")


@nox.session(python="3.11")
def lint(session: nox.Session) -> None:
    """ruff lint and format check of the hand-written code."""
    install_group(session, "lint")
    session.run("ruff", "check", ".")
    session.run("ruff", "format", "--check", ".")


def typecheck_command() -> list[str]:
    """One mypy run over the hand-written code and every client package: each module is analysed once
    (the tests import the clients), with the same strictness (pyproject.toml: ``strict``,
    ``warn_unreachable``) as ``mypy --strict -p <client>`` would give each client on its own."""
    clients = [next(p for p in client.iterdir() if (p / "__init__.py").exists()).name for client in CLIENTS]
    packages = ["generator", "mocks", "tests", *clients]
    return ["mypy", "--strict", *(f"-p{name}" for name in packages), "-m", "noxfile"]


def run_typecheck(session: nox.Session) -> None:
    session.run(*typecheck_command())


def run_concurrently(session: nox.Session, *sequences: list[list[str]]) -> None:
    """Run each sequence of commands in its own process chain, at the same time (one per core); print each
    command's output whole when its sequence ends, and fail when any command failed."""
    env = {**os.environ, "PATH": f"{session.bin}{os.pathsep}{os.environ.get('PATH', '')}"}
    env["VIRTUAL_ENV"] = str(Path(session.bin).parent)
    results: list[list[tuple[list[str], subprocess.CompletedProcess[str]]]] = [[] for _ in sequences]

    def run(index: int) -> None:
        for command in sequences[index]:
            done = subprocess.run(command, cwd=ROOT, env=env, capture_output=True, text=True, check=False)
            results[index].append((command, done))
            if done.returncode:
                return

    threads = [threading.Thread(target=run, args=(i,)) for i in range(len(sequences))]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    failed = []
    for sequence in results:
        for command, done in sequence:
            session.log(" ".join(command))
            print(done.stdout + done.stderr, end="", flush=True)
            if done.returncode:
                failed.append(f"{' '.join(command)} (exit {done.returncode})")
    if failed:
        session.error("failed: " + "; ".join(failed))


@nox.session(python="3.11")
def typecheck(session: nox.Session) -> None:
    """mypy --strict on generator/, mocks/, tests/ and every installed client package."""
    install_group(session, "typecheck")
    install_clients(session)
    run_typecheck(session)


@nox.session(python="3.11")
def tests(session: nox.Session) -> None:
    """Everything: drift check, lint, types, then the test suite (specs, generator, clients, mocks, schemathesis)."""
    install_group(session, "typecheck")
    install_clients(session)
    # Two cores: mypy (the longest) beside the drift check and the linters, then pytest -n auto.
    run_concurrently(
        session,
        [["python", "-m", "generator", "check"], ["ruff", "check", "."], ["ruff", "format", "--check", "."]],
        [typecheck_command()],
    )
    # Bytecode, and pytest's rewritten test modules, are written once and then read (a shell may say not to).
    session.run("pytest", *session.posargs, env={"PYTHONDONTWRITEBYTECODE": ""})


@nox.session(python="3.11", name="api-diff")
def api_diff(session: nox.Session) -> None:
    """Classify the spec changes since a git ref: ``nox -s api-diff -- origin/main [--format markdown]``."""
    install_group(session, "generate")
    ref, *rest = session.posargs or ["HEAD"]
    session.run("python", "-m", "generator", "diff", "--since", ref, *rest)


@nox.session(python="3.11")
def mock(session: nox.Session) -> None:
    """Serve a mock: ``nox -s mock -- retarus-sms4a --port 8080``."""
    install_group(session, "mock")
    session.run("python", "-m", "mocks", *(session.posargs or ["retarus-sms4a"]))


@nox.session(python="3.11")
def bench(session: nox.Session) -> None:
    """Benchmarks side by side with the alternatives, one run, one table (see BENCHMARKS.md)."""
    install_group(session, "test")
    install_clients(session)
    session.run("python", "-m", "benchmarks", *session.posargs)


@nox.session(python="3.11")
def soak(session: nox.Session) -> None:
    """schemathesis with all checks and the stateful phase, ~20,000 cases per vendor, 0 failures."""
    install_group(session, "test")
    install_clients(session)
    session.run(
        "pytest",
        "-p",
        "no:cacheprovider",
        "tests/reliability/test_soak.py",
        *session.posargs,
        env={"TYPEDSMS_LONG": "1"},
    )


@nox.session(python="3.11")
def reliability(session: nox.Session) -> None:
    """The long variants: 10,000 malformed responses per client, concurrency, broken specs, 2,000 sends
    per vendor through the fault-injecting proxy; the mocks: 12,000 requests of the fast-path
    differential, 4,000 damaged requests, the wheel in a fresh venv."""
    install_group(session, "test")
    install_clients(session)
    session.run(
        "pytest",
        "-p",
        "no:cacheprovider",
        "tests/reliability/test_malformed_responses.py",
        "tests/reliability/test_concurrency.py",
        "tests/generator/test_broken_spec_corpus.py",
        "tests/reliability/test_fault_soak.py",
        "tests/mocks/test_fast_validation.py",
        "tests/mocks/test_mock_bad_inputs.py",
        "tests/mocks/test_mock_distribution.py",
        *session.posargs,
        env={"TYPEDSMS_LONG": "1"},
    )


#: The vendor's own published Retarus SDK and the pydantic it works with (it fails under pydantic 2).
VENDOR_SDK = ("retarus-sms==1.0.1", "pydantic<2")


@nox.session(python="3.11", name="vendor-sdk")
def vendor_sdk(session: nox.Session) -> None:
    """The vendor's Retarus Python SDK (PyPI ``retarus-sms``, own venv) sends, gets, lists and asks the
    version against the Retarus mock on 127.0.0.1; prints both sides (see tools/vendor_sdk/)."""
    install_group(session, "mock")
    sdk_venv = Path(session.create_tmp()) / "retarus-sdk-venv"
    session.run("python", "-m", "venv", "--clear", str(sdk_venv))
    sdk_python = str(sdk_venv / "bin" / "python")
    session.run(sdk_python, "-m", "pip", "install", "--quiet", *VENDOR_SDK, external=True)
    session.run(sdk_python, "-m", "pip", "list", "--format=freeze", external=True)
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    mock_python = str(Path(session.bin) / "python")
    server = subprocess.Popen(
        [mock_python, "-m", "tools.vendor_sdk.serve_retarus", "--port", str(port)],
        cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )
    try:
        for _ in range(100):
            with socket.socket() as probe:
                if probe.connect_ex(("127.0.0.1", port)) == 0:
                    break
            time.sleep(0.1)
        session.run(
            sdk_python,
            str(ROOT / "tools" / "vendor_sdk" / "retarus_sdk_run.py"),
            f"http://127.0.0.1:{port}",
            external=True,
        )
    finally:
        server.terminate()
        server.wait(timeout=10)
