"""The Python names the reference page prints, all read from the client's typed views.

The page computes no name of its own: a method, argument, attribute, class, enum member,
server or credential is shown as ``views.py`` made it for the templates, so that the page and
the client cannot disagree. Where the views have no such name (a webhook, a cookie parameter,
a spec openapi-python-client cannot read) the page shows none.
"""

from dataclasses import dataclass

from ..spec import Operation
from ..views import ApiView


@dataclass(frozen=True)
class ClientNames:
    """Lookups from spec places to the client's names; every answer is None without a view."""

    api: ApiView | None
    package: str

    def call(self, operation: Operation) -> str | None:
        """``client.jobs.get(...)``: how the client calls ``operation``."""
        found = self.api.method_of(operation.operation_id or "") if self.api and not operation.webhook else None
        return f"client.{found[0].attr}.{found[1].name}(...)" if found else None

    def resource(self, operations: list[Operation]) -> str | None:
        """``client.jobs``: the resource of a tag, from the first of its operations the client has."""
        for operation in operations:
            found = self.api.method_of(operation.operation_id or "") if self.api else None
            if found:
                return f"client.{found[0].attr}"
        return None

    def parameter(self, operation: Operation, name: str, location: str) -> str | None:
        """The argument of the parameter ``name`` in ``location`` of ``operation``."""
        found = self.api.method_of(operation.operation_id or "") if self.api and not operation.webhook else None
        param = found[1].param_named(name, location) if found else None
        return param.name if param else None

    def attribute(self, schema: str, prop: str) -> str | None:
        """The attribute of the property ``prop`` of the model made from the component ``schema``."""
        model = self.api.model_of(schema) if self.api else None
        view = model.field_named(prop) if model else None
        return view.name if view else None

    def model_class(self, schema: str) -> str | None:
        """``typedsms_x.models.Job``: the model class of the component ``schema``."""
        model = self.api.model_of(schema) if self.api else None
        return f"{self.package}.models.{model.class_name}" if model and not model.is_dict else None

    def enum_class(self, schema: str) -> str | None:
        """``typedsms_x.models.Status``: the enum class of the component ``schema``."""
        enum = self.api.enum_of(schema) if self.api else None
        return f"{self.package}.models.{enum.class_name}" if enum else None

    def enum_member(self, schema: str, value: object) -> str | None:
        """The member of ``value`` in the enum of the component ``schema``."""
        enum = self.api.enum_of(schema) if self.api else None
        member = enum.member_of(value) if enum else None
        return member.name if member else None

    def servers(self) -> list[str]:
        """What ``server=`` takes for each of the spec's servers, in order (none when there is no choice)."""
        return [choice.name for choice in self.api.servers] if self.api and self.api.server_choice else []

    def server_of(self, url: str) -> str | None:
        """What ``server=`` takes for the spec's server at ``url``."""
        choices = self.api.servers if self.api else []
        return next((c.name for c in choices if c.url == (url.rstrip("/") or "/")), None)

    def server_variable(self, name: str) -> str | None:
        """The keyword argument that sets the server variable ``name``."""
        view = self.api.server_variable(name) if self.api else None
        return view.kwarg if view else None

    def credentials(self) -> list[str]:
        """The client's credential keyword arguments."""
        return [c.name for c in self.api.credentials] if self.api else []
