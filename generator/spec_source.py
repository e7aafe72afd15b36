"""Kept for ``api_diff``, which imports ``parse_yaml`` from here until it moves to ``spec``.

Everything else reads specs through ``generator.spec``.
"""

from .spec import SpecSource, load_spec, locate, parse_yaml

__all__ = ["SpecSource", "load_spec", "locate", "parse_yaml"]
