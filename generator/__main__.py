"""Command line: ``generate [SPEC...]``, ``check`` and ``diff OLD NEW | --since REF``."""

import argparse
import sys
import time
from pathlib import Path

from .api_diff import cli as api_diff_cli
from .naming import CLIENTS_DIR, all_specs, relative_to_repo


def _specs(names: list[str]) -> list[Path]:
    if not names:
        return all_specs()
    return [Path(n) for n in names]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m generator", description=__doc__)
    sub = parser.add_subparsers(dest="command", required=True)
    gen = sub.add_parser("generate", help="regenerate clients/ from specs/ (all specs unless named)")
    gen.add_argument("specs", nargs="*", help="spec files (default: every specs/*.yaml)")
    chk = sub.add_parser("check", help="exit 1 and list the files when clients/ differs from a fresh generation")
    chk.add_argument("specs", nargs="*", help="spec files (default: every specs/*.yaml)")
    diff = sub.add_parser("diff", help="classify the changes between two versions of a spec (exit 1 if breaking)")
    api_diff_cli.add_arguments(diff)
    args = parser.parse_args(argv)
    if args.command == "diff":
        return api_diff_cli.run(args)
    from .pipeline import check, generate  # the generation stack, which ``diff`` does without

    # Imported here: `diff` must start without the generation stack (openapi-python-client, jinja2, ruff).
    from .readme_sections import readme_is_current, write_readme

    started = time.perf_counter()
    specs = _specs(args.specs)
    if args.command == "generate":
        result = generate(specs)
        if write_readme():
            print("updated README.md (the sections made from generator/extensions.py)")
        for problem in result.problems:
            print(problem, file=sys.stderr)
        for stem in result.built:
            print(f"generated {relative_to_repo(CLIENTS_DIR / stem)}")
        elapsed = time.perf_counter() - started
        print(f"{len(result.built)} of {len(specs)} clients generated in {elapsed:.2f} s")
        return 1 if result.problems else 0

    drift = check(specs)
    for problem in drift.problems:
        print(problem, file=sys.stderr)
    if not readme_is_current():
        drift.changed.append("README.md (the sections made from generator/extensions.py)")
    for label, files in (("changed", drift.changed), ("missing", drift.missing), ("not generated", drift.extra)):
        for f in files:
            print(f"{label}: {f}")
    if drift.clean:
        print(f"clients/ matches a fresh generation of {len(specs)} specs")
        return 0
    print("clients/ differs from a fresh generation: run `python -m generator generate`", file=sys.stderr)
    return 1


if __name__ == "__main__":
    sys.exit(main())
