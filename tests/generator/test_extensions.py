"""The extension registry (``generator/extensions.py``): one declaration per extension, used by
``check`` (unknown, misplaced and malformed extensions refused at their place), by the API diff
(every extension change rated by the registry) and by the README's "Adding a vendor" table.
"""

import copy
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import yaml

from generator.api_diff import compare
from generator.api_diff.rules import RULES
from generator.extension_checks import spec_objects
from generator.extensions import ABSENT, BY_NAME, EXTENSIONS, diff_rules, is_ours
from generator.naming import REPO_ROOT, all_specs, enum_member_names
from generator.problems import SpecError
from generator.readme_sections import BEGIN, END, adding_a_vendor, readme_is_current, updated_readme
from generator.spec import load_spec, parse_yaml
from generator.spec_checks import check_spec
from tests.support.spec_problems import line_of, problems_of

RETARUS = REPO_ROOT / "specs" / "retarus-sms4a.yaml"


def _problems(tmp_path: Path, edit: str, replacement: str) -> list[str]:
    text = RETARUS.read_text(encoding="utf-8")
    assert edit in text
    path = tmp_path / "edited.yaml"
    path.write_text(text.replace(edit, replacement, 1), encoding="utf-8")
    return problems_of(path)


def _line_of(tmp_path: Path, fragment: str) -> int:
    return line_of(tmp_path / "edited.yaml", fragment)


def test_every_extension_in_the_specs_is_declared_and_in_its_place() -> None:
    used: set[str] = set()
    for path in all_specs():
        for place, _, node in spec_objects(parse_yaml(path.read_bytes())):
            for key in node:
                if isinstance(key, str) and key.startswith("x-"):
                    assert key in BY_NAME, f"{path.name}: {key} is not declared"
                    assert place in BY_NAME[key].places, f"{path.name}: {key} on a {place}"
                    used.add(key)
    # Every declared extension but one is used by a vendor's spec, so each is exercised end to end;
    # x-sdk-method is needed by none (the operationIds give good names): the hostile-spec corpus
    # and the generator tests exercise it.
    assert used | {"x-sdk-method"} == set(BY_NAME)


def test_unknown_sdk_extension_is_refused_at_its_place(tmp_path: Path) -> None:
    problems = _problems(tmp_path, "x-sdk-idempotent: false", "x-sdk-idempotnt: false")
    (problem,) = [p for p in problems if "x-sdk-idempotnt" in p]
    assert f"edited.yaml:{_line_of(tmp_path, 'x-sdk-idempotnt')}:7:" in problem
    assert "unknown extension x-sdk-idempotnt" in problem and "x-sdk-idempotent" in problem


def test_misplaced_extension_is_refused(tmp_path: Path) -> None:
    problems = _problems(tmp_path, "x-sdk-name: primary", "x-sdk-name: primary\n    x-sdk-idempotent: true")
    assert any("x-sdk-idempotent belongs on an operation, not on a server" in p for p in problems), problems


@pytest.mark.parametrize(
    ("edit", "replacement", "expected"),
    [
        ("x-sdk-idempotent: false", "x-sdk-idempotent: 'no'", "x-sdk-idempotent: 'no' is not of type 'boolean'"),
        ("x-sdk-name: primary", "x-sdk-name: ''", "x-sdk-name: '' should be non-empty"),
        ("statuses: [404, 5XX]", "statuses: [999, 5XX]", "x-sdk-failover['statuses'][0]: 999 is not valid under any"),
        ("statuses: [404, 5XX]", "statuses: [404, 4XX]", "x-sdk-failover['statuses'][1]: '4XX' is not valid under any"),
        ("        offset: offset\n", "        offst: offset\n", "'offset' is a required property"),
        (
            "x-sdk-failover:\n",
            "x-sdk-failover: everywhere\n      x-failover-before:\n",
            "x-sdk-failover: 'everywhere' is not of type",
        ),
    ],
)
def test_malformed_extension_value_is_refused(tmp_path: Path, edit: str, replacement: str, expected: str) -> None:
    problems = _problems(tmp_path, edit, replacement)
    assert any(expected in p for p in problems), problems
    assert all("Traceback" not in p for p in problems)


def test_every_extension_rule_is_in_the_diff_catalog_with_its_level() -> None:
    for rule, level in diff_rules().items():
        assert RULES[rule].level.value == level
    rated = {e.name for e in EXTENSIONS if e.diff is not None}
    unrated = {e.name: e.diff_note for e in EXTENSIONS if e.diff is None}
    assert rated | set(unrated) == set(BY_NAME)
    assert all(unrated.values()), "an extension the diff does not rate must say which rule covers it"


def _changes(edits: list[tuple[list[Any], Any]]) -> list[tuple[str, str]]:
    """The (rule, level) of each change that ``edits`` make to the Retarus spec."""
    return _diff("retarus-sms4a", [], edits)


def test_diff_rates_extension_changes_by_the_registry() -> None:
    post = ["paths", "/jobs", "post"]
    assert _changes([([*post, "x-sdk-method"], "send")]) == [("sdk-method-changed", "breaking")]
    assert _changes([([*post, "x-sdk-failover"], None)]) == [("sdk-failover-removed", "breaking")]
    assert _changes([(["paths", "/version", "get", "x-sdk-failover"], {"servers": ["primary"]})]) == [
        ("sdk-failover-added", "non-breaking")
    ]
    # Writing out what the method implies already changes nothing in the client.
    assert _changes([(["paths", "/jobs", "get", "x-sdk-idempotent"], True)]) == [("extension-changed", "docs")]
    assert _changes([([*post, "x-sdk-idempotent"], None)]) == [("extension-changed", "docs")]
    assert _changes([([*post, "x-sdk-idempotent"], True)]) == [("sdk-idempotent-changed", "breaking")]
    assert _changes([(["info", "x-sdk-env-prefix"], "SMS4A")]) == [("sdk-env-prefix-changed", "breaking")]
    assert _changes([(["info", "x-vendor-note"], "hello")]) == [("extension-changed", "docs")]


def test_readme_section_is_made_from_the_registry() -> None:
    readme = (REPO_ROOT / "README.md").read_text(encoding="utf-8")
    assert readme_is_current(), "run `python -m generator generate`"
    section = readme[readme.index(BEGIN) : readme.index(END)]
    for extension in EXTENSIONS:
        assert extension.usage in section
    assert section.count("\n   | `x-") == len(EXTENSIONS)
    stale = readme.replace(EXTENSIONS[0].effect, "something else", 1)
    assert updated_readme(stale) == readme
    assert adding_a_vendor() in readme


def test_check_reports_a_stale_readme(tmp_path: Path) -> None:
    from generator import readme_sections

    stale = tmp_path / "README.md"
    stale.write_text(f"# x\n{BEGIN}\nold table\n{END}\n", encoding="utf-8")
    assert not readme_sections.readme_is_current(stale)
    assert readme_sections.write_readme(stale)
    assert readme_sections.readme_is_current(stale)
    assert not readme_sections.write_readme(stale)


def test_diff_does_not_import_the_generation_stack() -> None:
    code = (
        "import sys, runpy\n"
        f"sys.argv = ['generator', 'diff', {str(RETARUS)!r}, {str(RETARUS)!r}]\n"
        "try:\n    runpy.run_module('generator', run_name='__main__')\nexcept SystemExit as exit:\n"
        "    assert exit.code == 0, exit.code\n"
        "heavy = {m.split('.')[0] for m in sys.modules} & {'openapi_python_client', 'jinja2', 'jsonschema', 'httpx'}\n"
        "print('heavy:', sorted(heavy), file=sys.stderr)\n"
    )
    done = subprocess.run([sys.executable, "-c", code], cwd=REPO_ROOT, capture_output=True, text=True, check=True)
    assert "heavy: []" in done.stderr, done.stderr


def test_only_declared_sdk_keys_count_as_ours() -> None:
    assert is_ours("x-sdk-anything") and not is_ours("x-enum-varnames") and not is_ours(3)
    assert all(yaml.safe_dump(dict(e.schema)) for e in EXTENSIONS)  # plain data, serialisable


def test_a_description_about_the_mock_is_refused(tmp_path: Path) -> None:
    problems = _problems(
        tmp_path, "        give no default.\n", "        give no default; the mock\n        treats it as STANDARD.\n"
    )
    (problem,) = [p for p in problems if "talks about the mock" in p]
    assert "/components/schemas/Encoding/description" in problem and "x-mock-note" in problem


def test_no_client_docstring_talks_about_the_mock() -> None:
    import re

    talk = re.compile(r"\b(?:the|this spec's|our)\s+mock\b(?!\s+server)|\bmock's\b", re.IGNORECASE)
    found = []
    for path in sorted((REPO_ROOT / "clients").glob("*/typedsms_*/**/*.py")):
        text = " ".join(path.read_text(encoding="utf-8").split())
        found += [f"{path.relative_to(REPO_ROOT)}: {m.group(0)}" for m in talk.finditer(text)]
    assert found == []
    # The notes are still in the specs, beside what they concern.
    assert sum(path.read_text(encoding="utf-8").count("x-mock-note:") for path in all_specs()) >= 7


def test_extensions_are_checked_in_every_place_they_can_stand(tmp_path: Path) -> None:
    """Path items, operation servers and callbacks are walked too: a typo there is no silent no-op."""
    text = RETARUS.read_text(encoding="utf-8")
    text = text.replace("  /jobs:\n", "  /jobs:\n    x-sdk-bogus: 1\n", 1)
    # An operation's own server gets a misspelt x-sdk-name.
    mock_server = "          description: The vendor's mock server.\n"
    text = text.replace(mock_server, mock_server + "          x-sdk-nmae: m\n", 1)
    callback = (
        "      callbacks:\n        done:\n          '{$request.body#/url}':\n            post:\n"
        "              x-sdk-bogus: 2\n              responses:\n                '200':\n"
        "                  description: Taken.\n"
    )
    text = text.replace("      x-sdk-idempotent: false\n", "      x-sdk-idempotent: false\n" + callback, 1)
    path = tmp_path / "edited.yaml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(SpecError) as raised:
        check_spec(load_spec(path))
    pointers = {p.pointer for p in raised.value.problems if "unknown extension" in p.message}
    assert "/paths/~1jobs/x-sdk-bogus" in pointers
    assert any(p.startswith("/paths/") and "/servers/" in p and p.endswith("/x-sdk-nmae") for p in pointers), pointers
    assert any("/callbacks/done/" in p and p.endswith("/post/x-sdk-bogus") for p in pointers), pointers


def test_texts_that_reach_the_client_may_not_talk_about_the_mock(tmp_path: Path) -> None:
    text = RETARUS.read_text(encoding="utf-8")
    edited = text.replace(
        "    description: Send SMS jobs and read job reports.",
        "    description: Our mock server keeps jobs for a day.",
        1,
    )
    path = tmp_path / "edited.yaml"
    path.write_text(edited, encoding="utf-8")
    with pytest.raises(SpecError) as raised:
        check_spec(load_spec(path))
    assert any(
        p.pointer == "/tags/0/description" and "talks about the mock" in p.message for p in raised.value.problems
    )


def _diff(stem: str, base: list[tuple[list[Any], Any]], edits: list[tuple[list[Any], Any]]) -> list[tuple[str, str]]:
    """The (rule, level) of each change from ``stem``'s spec with ``base`` applied to that with ``edits`` too."""

    def apply(data: Any, changes: list[tuple[list[Any], Any]]) -> Any:
        for path, value in changes:
            node = data
            for key in path[:-1]:
                node = node[key]
            if value is None:
                del node[path[-1]]
            else:
                node[path[-1]] = copy.deepcopy(value)
        return data

    text = (REPO_ROOT / "specs" / f"{stem}.yaml").read_bytes()
    old = apply(parse_yaml(text), base)
    new = apply(apply(parse_yaml(text), base), edits)
    return sorted((c.rule, c.level.value) for c in compare(old, new))


def test_failover_is_rated_by_what_the_client_does() -> None:
    get_job = ["paths", "/jobs/{jobId}", "get", "x-sdk-failover", "statuses"]
    assert _diff("retarus-sms4a", [], [(get_job, ["5XX", 404])]) == [("extension-changed", "docs")]
    # A failover with statuses re-sends a request that reached a server: not a mere addition.
    version = ["paths", "/version", "get", "x-sdk-failover"]
    with_statuses = {"servers": ["primary", "secondary"], "statuses": [503]}
    assert _diff("retarus-sms4a", [], [(version, with_statuses)]) == [("sdk-failover-changed", "breaking")]


def test_operation_id_under_a_pinned_method_renames_inline_classes() -> None:
    post = ["paths", "/jobs", "post"]
    pinned = [([*post, "x-sdk-method"], "create")]
    renamed = [([*post, "operationId"], "submitJob")]
    assert _diff("retarus-sms4a", pinned, renamed) == [("operation-id-changed-method-pinned", "docs")]
    inline = {"type": "object", "properties": {"jobId": {"type": "string", "description": "Id."}}}
    answer = [*post, "responses", "201", "content", "application/json", "schema"]
    assert ("operation-id-changed", "breaking") in _diff("retarus-sms4a", [*pinned, (answer, inline)], renamed)


def test_writing_out_the_derived_method_name_changes_nothing() -> None:
    """``x-sdk-method`` equal to the name the client already has (createJob in jobs: ``create``) is no
    rename, added or removed; a different name is; the names come from the generator's own naming."""
    post = ["paths", "/jobs", "post"]
    written = [([*post, "x-sdk-method"], "create")]
    assert _diff("retarus-sms4a", [], written) == [("extension-changed", "docs")]
    assert _diff("retarus-sms4a", written, [([*post, "x-sdk-method"], None)]) == [("extension-changed", "docs")]
    assert _diff("retarus-sms4a", written, [([*post, "x-sdk-method"], "submit")]) == [
        ("sdk-method-changed", "breaking")
    ]
    assert _diff("retarus-sms4a", [], [([*post, "x-sdk-method"], "create_job")]) == [("sdk-method-changed", "breaking")]
    # x-sdk-method: null, which the generator skips, names the method as no x-sdk-method does.
    rating = BY_NAME["x-sdk-method"].diff
    assert rating is not None and rating.effective is not None
    operation = {"operationId": "createJob", "tags": ["jobs"]}
    assert rating.effective(None, (), operation) == rating.effective(ABSENT, (), operation) == "create"


def test_an_operation_id_that_derives_the_same_method_keeps_the_method() -> None:
    post = ["paths", "/jobs", "post", "operationId"]
    assert _diff("retarus-sms4a", [], [(post, "create_job")]) == [("operation-id-changed-method-pinned", "docs")]
    assert _diff("retarus-sms4a", [], [(post, "submitJob")]) == [("operation-id-changed", "breaking")]
    # The new operationId gives another name, but x-sdk-method written on the new side keeps the old one.
    kept = [(post, "submitJob"), (["paths", "/jobs", "post", "x-sdk-method"], "create")]
    assert sorted(_diff("retarus-sms4a", [], kept)) == [
        ("extension-changed", "docs"),  # x-sdk-method added with the name the method already had
        ("operation-id-changed-method-pinned", "docs"),
    ]


def test_the_derived_method_names_are_the_clients() -> None:
    """``default_method_name`` (what the diff uses) names every operation as the generated clients do."""
    import importlib

    from generator.naming import default_method_name, package_name
    from generator.spec import operations
    from generator.views import snake

    checked = 0
    for path in all_specs():
        data = parse_yaml(path.read_bytes())
        package = package_name(path.stem)
        for operation in operations(data):
            if operation.webhook or "x-sdk-method" in operation.op or not operation.operation_id:
                continue
            tag = (operation.op.get("tags") or ["default"])[0]
            resource = importlib.import_module(f"{package}.resources.{snake(tag)}")
            classes = [c for c in vars(resource).values() if isinstance(c, type) and c.__module__ == resource.__name__]
            name = default_method_name(operation.operation_id, tag)
            assert any(callable(getattr(c, name, None)) for c in classes), (path.stem, operation.title, name)
            checked += 1
    assert checked >= 15


def test_writing_out_the_enum_member_names_changes_nothing() -> None:
    encoding = ["components", "schemas", "Encoding", "x-enum-varnames"]
    assert _diff("retarus-sms4a", [], [(encoding, ["STANDARD", "UTF_16"])]) == [("extension-changed", "docs")]
    assert _diff("retarus-sms4a", [], [(encoding, ["standard", "utf_16"])]) == [("extension-changed", "docs")]
    assert _diff("retarus-sms4a", [(encoding, ["STANDARD", "UTF_16"])], [(encoding, None)]) == [
        ("extension-changed", "docs")
    ]
    assert _diff("retarus-sms4a", [], [(encoding, ["GSM", "UNICODE"])]) == [("enum-varnames-changed", "breaking")]
    assert enum_member_names([1, 1], []) is None  # one member for two values: no names to compare by value
    assert enum_member_names([1, None, 2], []) == ("VALUE_1", "VALUE_2")


def test_the_derived_enum_member_names_are_the_clients() -> None:
    """``enum_member_names`` (what the diff uses) names the members of every enum class of the four clients."""
    import enum
    import importlib

    from generator.naming import enum_member_names, package_name

    checked = 0
    for path in all_specs():
        data = parse_yaml(path.read_bytes())
        models = importlib.import_module(f"{package_name(path.stem)}.models")
        classes = [c for c in vars(models).values() if isinstance(c, type) and issubclass(c, enum.Enum)]
        for name, schema in ((data.get("components") or {}).get("schemas") or {}).items():
            if not isinstance(schema, dict) or not isinstance(schema.get("enum"), list) or None in schema["enum"]:
                continue
            (cls,) = [c for c in classes if c.__name__ == name]
            names = enum_member_names(schema["enum"], schema.get("x-enum-varnames") or [])
            assert names == tuple(cls.__members__), (path.stem, name)
            checked += 1
    assert checked >= 8


def test_a_one_value_enum_gaining_values_changes_the_type() -> None:
    unset = ["components", "schemas", "UnsetDate", "enum"]
    changes = _diff("callr", [], [(unset, ["0000-00-00 00:00:00", "never"])])
    assert changes and {rule for rule, _ in changes} == {"response-type-changed"}


def test_closing_an_object_without_properties_changes_its_type() -> None:
    extra = ["components", "schemas", "JobReport", "properties", "extra"]
    open_map = {"type": "object", "additionalProperties": {"type": "string"}, "description": "Extra."}
    closed = ["components", "schemas", "JobReport", "properties", "extra", "additionalProperties"]
    assert _diff("retarus-sms4a", [(extra, open_map)], [(closed, False)]) == [("response-type-changed", "breaking")]
