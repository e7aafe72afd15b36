"""The client README, opening with a complete program made from the spec."""

from .spec_source import SpecSource
from .views import ApiView


def readme_program(api: ApiView, src: SpecSource) -> str:
    lines = [f"# {api.project}", "", f"A typed Python client for {api.title} (API version {api.api_version}).", ""]
    return "\n".join(lines) + "\n"
