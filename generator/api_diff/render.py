"""Reports as text (terminal), Markdown (a pull-request comment) and JSON (tools). Breaking first."""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

from .model import Change, Level, SpecReport, counts, sort_changes

FORMATS = ("text", "markdown", "json")


def render(reports: Sequence[SpecReport], fmt: str = "text") -> str:
    if fmt == "text":
        return render_text(reports)
    if fmt == "markdown":
        return render_markdown(reports)
    if fmt == "json":
        return render_json(reports)
    raise ValueError(f"unknown format {fmt!r}; expected one of {', '.join(FORMATS)}")


def _summary(changes: Sequence[Change]) -> str:
    n = counts(changes)
    return f"{n['breaking']} breaking, {n['non-breaking']} non-breaking, {n['docs']} docs"


def _status(report: SpecReport) -> str:
    return "" if report.status == "changed" else f" (spec {report.status})"


# -- text -----------------------------------------------------------------------------------------


def render_text(reports: Sequence[SpecReport]) -> str:
    if not reports:
        return "no spec changed\n"
    lines: list[str] = []
    for report in reports:
        changes = sort_changes(report.changes)
        lines.append(f"{report.name}{_status(report)}: {report.verdict} ({_summary(changes)})")
        for change in changes:
            lines.append(f"  {change.level.value:<12} {change.rule}: {change.location.where()}: {change.message}")
            place = change.location.line_column()
            at = f"{report.name}:{place}" if place and change.location.side == "new" else place
            lines.append(f"  {'':<12} at {change.location.pointer or '/'}" + (f" ({at})" if at else ""))
    return "\n".join(lines) + "\n"


# -- Markdown -------------------------------------------------------------------------------------

_LEVEL_CELL = {Level.BREAKING: "**breaking**", Level.NON_BREAKING: "non-breaking", Level.DOCS: "docs"}


def _cell(text: str) -> str:
    return text.replace("\\", "\\\\").replace("|", "\\|").replace("\n", " ")


def _code(text: str) -> str:
    return f"`{text}`" if "`" not in text else f"`` {text} ``"


def render_markdown(reports: Sequence[SpecReport]) -> str:
    if not reports:
        return "No spec changed.\n"
    out: list[str] = []
    for report in reports:
        changes = sort_changes(report.changes)
        level = _level(report)
        title = _LEVEL_CELL[level] if level is not None else "no change"
        out.append(f"### API changes in `{report.name}`{_status(report)}: {title}")
        out.append("")
        if not changes:
            out.append("No change for the users of the client.")
            out.append("")
            continue
        out.append(_summary(changes).replace(", ", " · "))
        out.append("")
        out.append("| Level | Rule | Where | Change |")
        out.append("|---|---|---|---|")
        for change in changes:
            where = f"{_cell(change.location.where(limit=5))}<br>{_code(change.location.pointer or '/')}"
            if change.location.line_column():
                where += f" line {change.location.line_column()}"
            out.append(f"| {_LEVEL_CELL[change.level]} | `{change.rule}` | {where} | {_cell(change.message)} |")
        out.append("")
    return "\n".join(out)


def _level(report: SpecReport) -> Level | None:
    return Level(report.verdict) if report.verdict != "none" else None


# -- JSON -----------------------------------------------------------------------------------------


def render_json(reports: Sequence[SpecReport]) -> str:
    ordered = [SpecReport(r.name, tuple(sort_changes(r.changes)), r.status) for r in reports]
    data: dict[str, Any] = {
        "breaking": any(r.breaking for r in ordered),
        "reports": [r.to_dict() for r in ordered],
    }
    return json.dumps(data, indent=2, ensure_ascii=False) + "\n"


def parse_json(text: str) -> list[SpecReport]:
    """The reports of ``render_json``'s output."""
    data = json.loads(text)
    return [SpecReport.from_dict(r) for r in data["reports"]]
