"""The mocks as a distribution: ``pip install ./mocks`` gives the package, the specs, the
console script ``typedsms-mock`` and the pytest plugin (``pytest11`` entry point).

The wheel is built once from the checkout (hatchling, build isolation off when it is
installed here, else pip fetches it); its specs must equal specs/ byte for byte. The slow
check installs the wheel into a fresh venv (``TYPEDSMS_LONG=1`` or ``-m loopback`` runs
include it) and starts the console script.
"""

import configparser
import importlib.util
import os
import site
import subprocess
import sys
import time
import venv
import zipfile
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from tests.support.servers import free_port

ROOT = Path(__file__).resolve().parents[2]
LONG = bool(os.environ.get("TYPEDSMS_LONG"))


def _has_hatchling() -> bool:
    return importlib.util.find_spec("hatchling") is not None


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    out = tmp_path_factory.mktemp("wheel")
    command = [sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", str(out)]
    if _has_hatchling():  # else pip fetches hatchling into an isolated build environment
        command.append("--no-build-isolation")
    subprocess.run([*command, str(ROOT / "mocks")], check=True, cwd=ROOT, timeout=300)
    (built,) = out.glob("typedsms_mocks-*.whl")
    yield built


def test_wheel_carries_package_specs_and_entry_points(wheel: Path) -> None:
    with zipfile.ZipFile(wheel) as archive:
        names = set(archive.namelist())
        for module in (
            "__init__.py",
            "__main__.py",
            "registry.py",
            "testing.py",
            "pytest_plugin.py",
            "py.typed",
            "README.md",
        ):
            assert f"mocks/{module}" in names
        assert {n for n in names if n.startswith("mocks/core/")} >= {"mocks/core/app.py", "mocks/core/server.py"}
        assert not [n for n in names if "__pycache__" in n or n.endswith("pyproject.toml")]
        specs = sorted(ROOT.glob("specs/*.yaml"))
        assert specs
        for spec in specs:
            assert archive.read(f"mocks/specs/{spec.name}") == spec.read_bytes(), spec.name
        for spec in ROOT.glob("mocks/vendors/*.py"):
            assert f"mocks/vendors/{spec.name}" in names
        info = next(n for n in names if n.endswith(".dist-info/entry_points.txt"))
        entry_points = configparser.ConfigParser()
        entry_points.read_string(archive.read(info).decode())
        metadata = archive.read(next(n for n in names if n.endswith(".dist-info/METADATA"))).decode()
    assert entry_points["console_scripts"]["typedsms-mock"] == "mocks.__main__:main"
    assert entry_points["pytest11"]["mocks.pytest_plugin"] == "mocks.pytest_plugin"
    assert "## Control API" in metadata  # mocks/README.md is the distribution's description
    for requirement in ("starlette", "uvicorn", "httptools", "openapi-core", "ruamel-yaml", "httpx", "jsonschema-rs"):
        assert f"Requires-Dist: {requirement}" in metadata


def test_no_copy_of_the_specs_in_the_checkout() -> None:
    """The wheel copies specs/ at build time; a stale copy in mocks/specs/ would shadow specs/."""
    assert not (ROOT / "mocks" / "specs").exists()


@pytest.mark.loopback
def test_installed_console_script_serves_a_mock(wheel: Path, tmp_path: Path) -> None:
    """The wheel in a new venv: with its dependencies from the package index (``TYPEDSMS_LONG=1``), or,
    in the short run, with the running venv's packages underneath (``--no-deps``), which is quick."""
    env_dir = tmp_path / "venv"
    venv.EnvBuilder(with_pip=True).create(env_dir)
    python = env_dir / "bin" / "python"
    if not LONG:  # the running venv's packages underneath, after the venv's own (where the wheel goes)
        own = subprocess.run(
            [str(python), "-c", "import sysconfig; print(sysconfig.get_path('purelib'))"],
            capture_output=True,
            text=True,
            check=True,
        ).stdout.strip()
        Path(own, "zz_parent.pth").write_text("\n".join(site.getsitepackages()) + "\n", encoding="utf-8")
    install = [str(python), "-m", "pip", "install", "-q", "--disable-pip-version-check", str(wheel)]
    subprocess.run(install if LONG else [*install, "--no-deps"], check=True, timeout=600, cwd=tmp_path)
    port = free_port()
    mock = subprocess.Popen(
        [str(env_dir / "bin" / "typedsms-mock"), "retarus-sms4a", "--port", str(port)],
        cwd=tmp_path,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
    )
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                response = httpx.get(f"http://127.0.0.1:{port}/version", auth=("user", "secret"), timeout=1)
                break
            except httpx.TransportError:
                if time.monotonic() > deadline or mock.poll() is not None:
                    pytest.fail("the installed mock did not start")
                time.sleep(0.2)
        assert response.status_code == 200
        assert httpx.post(f"http://127.0.0.1:{port}/__mock/reset", timeout=5).json() == {"reset": True}
    finally:
        mock.terminate()
        mock.wait(timeout=10)
