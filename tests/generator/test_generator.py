"""The generator: golden drift check, provenance headers, and broken specs that touch nothing."""

import shutil
from pathlib import Path

import pytest

from generator.naming import CLIENTS_DIR, all_specs
from generator.pipeline import check, generate, generated_files

BROKEN = Path(__file__).parent / "broken_specs"
BROKEN_SPECS = sorted(BROKEN.glob("*.yaml"))


def test_committed_clients_match_a_fresh_generation() -> None:
    drift = check(all_specs())
    assert drift.problems == []
    assert (drift.changed, drift.missing, drift.extra) == ([], [], [])


def test_drift_is_detected_and_listed(tmp_path: Path) -> None:
    clients = tmp_path / "clients"
    shutil.copytree(CLIENTS_DIR, clients)
    target = next(clients.glob("retarus-sms4a/*/_client.py"))
    target.write_text(target.read_text() + "\n# a hand edit\n")
    (clients / "retarus-sms4a" / "stray.py").write_text("")
    drift = check(all_specs(), clients_dir=clients)
    assert [Path(p).name for p in drift.changed] == ["_client.py"]
    assert [Path(p).name for p in drift.extra] == ["stray.py"]


def test_every_generated_file_carries_the_provenance_header() -> None:
    files = [CLIENTS_DIR / name for name in generated_files(CLIENTS_DIR)]
    assert len(files) > 50
    for path in files:
        head = path.read_text(encoding="utf-8")[:400]
        assert "Generated from specs/" in head and "sha256 " in head and "Do not edit" in head, path
        assert "openapi-python-client 0.29.1" in head


@pytest.mark.parametrize("broken", BROKEN_SPECS, ids=[p.stem for p in BROKEN_SPECS])
def test_broken_spec_gets_a_located_error_and_touches_nothing(broken: Path, tmp_path: Path) -> None:
    clients = tmp_path / "clients"
    committed = clients / broken.stem
    committed.mkdir(parents=True)
    (committed / "sentinel.py").write_text("# the committed client\n")
    result = generate([broken], clients_dir=clients)
    assert result.built == {}
    assert result.problems, "a broken spec must be reported"
    for problem in result.problems:
        assert problem.file.endswith(f"{broken.name}")
        assert problem.line is not None or problem.pointer, str(problem)
    assert sorted(p.name for p in committed.iterdir()) == ["sentinel.py"]


def test_one_broken_spec_does_not_stop_the_others(tmp_path: Path) -> None:
    clients = tmp_path / "clients"
    result = generate([BROKEN / "bad-example.yaml", *all_specs()], clients_dir=clients)
    assert sorted(result.built) == sorted(p.stem for p in all_specs())
    assert len({p.file for p in result.problems}) == 1
    assert check(all_specs(), clients_dir=clients).clean


def test_cli_check_exits_1_and_lists_files(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from generator.__main__ import main

    assert main(["check"]) == 0
    assert "matches a fresh generation" in capsys.readouterr().out
    assert main(["generate", str(BROKEN / "house-rules.yaml")]) == 1
    err = capsys.readouterr().err
    assert "house-rules.yaml:7:5: at /paths/~1things/get: operation GET /things has no operationId" in err


def test_a_valid_spec_without_error_bodies_makes_an_importable_typed_client(tmp_path: Path) -> None:
    # No error response documents a body: errors.ErrorBody must still be a usable type.
    import subprocess
    import sys

    from generator.naming import package_name

    path = Path(__file__).parent / "edge_specs" / "no-error-responses.yaml"
    clients = tmp_path / "clients"
    result = generate([path], clients_dir=clients, docs_dir=tmp_path / "docs")
    assert result.problems == [] and list(result.built) == [path.stem]
    imported = subprocess.run(
        [sys.executable, "-c", f"import {package_name(path.stem)}, {package_name(path.stem)}.resources"],
        cwd=clients / path.stem,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert imported.returncode == 0, imported.stderr[-600:]
