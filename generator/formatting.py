"""One ruff pass over every generated client, with the generator's own ruff config.

The config is passed explicitly so that the result never depends on a
``ruff.toml`` or ``pyproject.toml`` found around the output folder.
"""

import subprocess
from pathlib import Path

from ruff.__main__ import find_ruff_bin

from .naming import RUFF_CONFIG


class FormattingError(Exception):
    """ruff could not fix or format the generated code (a template produced invalid Python)."""


def _ruff(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    command = [str(find_ruff_bin()), *args, "--config", str(RUFF_CONFIG), "--no-cache", "--quiet", "."]
    return subprocess.run(command, cwd=cwd, capture_output=True, text=True, check=False)


def format_tree(root: Path) -> None:
    """Fix imports and pyupgrade rules, then format, every Python file below ``root``."""
    for step in (("check", "--fix-only"), ("format",)):
        result = _ruff(*step, cwd=root)
        if result.returncode != 0:
            raise FormattingError(f"ruff {' '.join(step)} failed in {root}:\n{result.stderr or result.stdout}")
