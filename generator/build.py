"""Rendering one spec's client package with this folder's templates.

``render_client`` validates and lints the spec, takes its typed view from ``parsing.py``
(openapi-python-client's parse plus the extra context of ``context.py``), and renders the
package with the templates, which only loop and branch over that view. It writes to the
folder it is given (a temporary one); formatting, stamping and swapping in are
``pipeline.py``'s.
"""

from pathlib import Path

from jinja2 import Environment, FileSystemLoader, StrictUndefined, Undefined

from . import context, escaping
from .naming import TEMPLATES_DIR, package_name
from .parsing import api_view
from .problems import SpecError
from .readme_program import readme_program
from .runtime import RUNTIME_MODULES
from .spec import SpecSource
from .spec_checks import check_spec
from .versioning import CHANGELOG, SNAPSHOT, SURFACE, Release
from .views import ApiView, identifier_problems

RUNTIME_DIR = Path(__file__).resolve().parent / "runtime"


def _pyrepr(value: object) -> str:
    """A Python literal of ``value`` (``escaping.python_literal``); a name the view does not have fails."""
    if isinstance(value, Undefined):
        value._fail_with_undefined_error()
    return escaping.python_literal(value)


def _environment() -> Environment:
    env = Environment(
        loader=FileSystemLoader(str(TEMPLATES_DIR)),
        keep_trailing_newline=True,
        trim_blocks=True,
        lstrip_blocks=True,
        undefined=StrictUndefined,
        autoescape=False,
    )
    # The only ways a template prints spec text; each is a function of escaping.py.
    env.filters.update(
        pyrepr=_pyrepr,
        doc=context.docstring_text,
        tomlstr=escaping.toml_string,
        one_line=escaping.one_line,
    )
    return env


_ENVIRONMENT = _environment()


def _write(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")


def _render_package(api: ApiView, out: Path) -> None:
    env = _ENVIRONMENT
    package = out / api.package
    for name in RUNTIME_MODULES:
        _write(package / name, (RUNTIME_DIR / name).read_text(encoding="utf-8"))
    for name in ("__init__.py", "_config.py", "_client.py", "params.py"):
        _write(package / name, env.get_template(f"{name}.jinja").render(api=api))
    _write(package / "py.typed", "")
    _write(package / "models" / "__init__.py", env.get_template("models/__init__.py.jinja").render(api=api))
    model_template = env.get_template("models/model.py.jinja")
    for model in api.models:
        if not model.is_dict:
            _write(package / "models" / f"{model.module}.py", model_template.render(model=model))
    enum_template = env.get_template("models/enum.py.jinja")
    for enum in api.enums:
        _write(package / "models" / f"{enum.module}.py", enum_template.render(enum=enum))
    _write(package / "resources" / "__init__.py", env.get_template("resources/__init__.py.jinja").render(api=api))
    resource_template = env.get_template("resources/resource.py.jinja")
    for resource in api.resources:
        _write(package / "resources" / f"{resource.module}.py", resource_template.render(resource=resource))
    _write(out / "pyproject.toml", env.get_template("pyproject.toml.jinja").render(api=api, surface=SURFACE))
    _write(out / ".gitignore", "__pycache__/\n*.egg-info/\ndist/\nbuild/\n")


def render_client(src: SpecSource, output_dir: Path, release: Release) -> ApiView:
    """Render the client of ``src`` as ``release`` into ``output_dir``; raise SpecError naming every problem.

    Returns the typed view it rendered, from which the reference page is rendered too.
    """
    check_spec(src)
    try:
        api = api_view(src, package=package_name(src.stem), version=release.version)
        problems = identifier_problems(src, api)
        if problems:
            raise SpecError(problems)
        _render_package(api, output_dir)
        _write(output_dir / "README.md", readme_program(api, src))
    except escaping.EscapeError as exc:
        # A backstop: the checks refuse such values at their place first.
        raise SpecError([src.problem([], f"a spec value cannot be written into the client: {exc}")]) from exc
    (output_dir / CHANGELOG).write_text(release.changelog, encoding="utf-8")
    (output_dir / SNAPSHOT).write_bytes(src.raw)
    return api
