"""Problems found in a spec, each naming the file and the place in it."""

from collections.abc import Sequence
from dataclasses import dataclass


@dataclass(frozen=True)
class SpecProblem:
    """One problem: ``file:line:column: at <json pointer>: message``."""

    file: str
    message: str
    pointer: str = ""
    line: int | None = None
    column: int | None = None

    def __str__(self) -> str:
        where = self.file
        if self.line is not None:
            where += f":{self.line}"
            if self.column is not None:
                where += f":{self.column}"
        return f"{where}: at {self.pointer or '/'}: {self.message}"


class SpecError(Exception):
    """A spec cannot be turned into a client. Carries every problem found."""

    def __init__(self, problems: Sequence[SpecProblem]) -> None:
        self.problems = tuple(problems)
        super().__init__("\n".join(str(p) for p in self.problems))
