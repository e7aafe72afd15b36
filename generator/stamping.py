"""The provenance header on every generated file.

A reader of any generated file learns which spec (and which bytes of it) and
which generator made it, and that it must not be edited by hand.
"""

from pathlib import Path

import openapi_python_client

from . import GENERATOR_VERSION


def header_lines(spec_display_name: str, spec_sha256: str) -> list[str]:
    return [
        f"Generated from {spec_display_name} (sha256 {spec_sha256})",
        f"by typedsms generator {GENERATOR_VERSION} on openapi-python-client {openapi_python_client.__version__}.",
        "Do not edit: change the spec or generator/ and run `python -m generator generate`.",
    ]


def _comment(path: Path, lines: list[str]) -> str:
    if path.suffix == ".md":
        return "<!--\n" + "\n".join(lines) + "\n-->\n"
    return "".join(f"# {line}\n" for line in lines)


def stamp_tree(root: Path, spec_display_name: str, spec_sha256: str) -> None:
    """Prepend the header to every file below ``root``."""
    lines = header_lines(spec_display_name, spec_sha256)
    for path in sorted(p for p in root.rglob("*") if p.is_file()):
        text = path.read_text(encoding="utf-8")
        path.write_text(_comment(path, lines) + text, encoding="utf-8")
