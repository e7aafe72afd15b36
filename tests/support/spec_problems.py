"""What ``check`` says of a spec file a test wrote: its problems as text, and where a line stands."""

from pathlib import Path

import pytest

from generator.problems import SpecError
from generator.spec import load_spec
from generator.spec_checks import check_spec


def problems_of(path: Path) -> list[str]:
    """The problems ``check`` reports for the spec at ``path`` (it must report some)."""
    with pytest.raises(SpecError) as raised:
        check_spec(load_spec(path))
    return [str(p) for p in raised.value.problems]


def line_of(path: Path, fragment: str) -> int:
    """The 1-based number of the first line of ``path`` that holds ``fragment``."""
    lines = path.read_text(encoding="utf-8").splitlines()
    return next(i for i, line in enumerate(lines, 1) if fragment in line)
