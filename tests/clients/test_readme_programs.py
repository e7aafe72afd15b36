"""Every client README opens with a complete program; it runs unchanged against the mock.

The program reads its credentials and base URL from the environment, as a user's program
would, so the test only sets ``<PREFIX>_<CREDENTIAL>`` and ``<PREFIX>_BASE_URL`` and runs it in a
fresh interpreter against the mock served on 127.0.0.1.
"""

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from generator.naming import CLIENTS_DIR, REPO_ROOT
from mocks.registry import create_app
from tests.support.servers import serve
from tests.support.vendors import VENDORS, vendor

PROGRAM = re.compile(r"```python\n(.*?)```", re.DOTALL)


def readme_program(name: str) -> str:
    match = PROGRAM.search((CLIENTS_DIR / name / "README.md").read_text(encoding="utf-8"))
    assert match, f"clients/{name}/README.md opens with no program"
    return match.group(1)


@pytest.mark.loopback
@pytest.mark.parametrize("name", VENDORS)
def test_readme_program_runs_against_the_mock(name: str, tmp_path: Path) -> None:
    program = readme_program(name)
    script = tmp_path / "program.py"
    script.write_text(program, encoding="utf-8")
    with serve(create_app(name)) as url:
        env = {**os.environ, **vendor(name).mock_environment, vendor(name).env_name("base_url"): url}
        done = subprocess.run(
            [sys.executable, str(script)], env=env, cwd=REPO_ROOT, capture_output=True, text=True, timeout=120
        )
    assert done.returncode == 0, done.stderr[-2000:]
    out = done.stdout
    assert out.strip(), "the program printed nothing"
    if "except NotFoundError" in program:
        assert "not found: 404" in out
    # The program's lines are few enough to read at a glance.
    assert len(program.strip().splitlines()) <= 45


@pytest.mark.parametrize("name", VENDORS)
def test_readme_program_is_typed(name: str, tmp_path: Path, mypy_cache: Path) -> None:
    """The program passes mypy --strict: the surface needs no casts or ignores."""
    script = tmp_path / f"readme_{name.replace('-', '_')}.py"
    script.write_text(readme_program(name), encoding="utf-8")
    done = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--cache-dir", str(mypy_cache), str(script)],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert done.returncode == 0, done.stdout[-2000:]
