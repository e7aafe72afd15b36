# Generated from specs/retarus-sms4a.yaml (sha256 a1d00f01cbfaf463f9df6b992a0130c747be0b110e35b54dae534b9cc7be93ec)
# by typedsms generator 0.1.0 on openapi-python-client 0.29.1.
# Do not edit: change the spec or generator/ and run `python -m generator generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _wire
from ..types import UNSET, Unset

T = TypeVar("T", bound="ServerVersion")


@_attrs_define
class ServerVersion:
    """Server version information. Not documented for REST; these are the
    fields of the SOAP variant, and other keys are admitted.

    """

    build_number: int | Unset = UNSET
    """ The build number. """
    build_timestamp: str | Unset = UNSET
    """ When the server was built. """
    major_version: int | Unset = UNSET
    """ The major version. """
    minor_version: int | Unset = UNSET
    """ The minor version. """
    version_info: str | Unset = UNSET
    """ A version text. """
    message: str | Unset = UNSET
    """ An optional message. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        build_number = self.build_number

        build_timestamp = self.build_timestamp

        major_version = self.major_version

        minor_version = self.minor_version

        version_info = self.version_info

        message = self.message

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if build_number is not UNSET:
            field_dict["buildNumber"] = build_number
        if build_timestamp is not UNSET:
            field_dict["buildTimestamp"] = build_timestamp
        if major_version is not UNSET:
            field_dict["majorVersion"] = major_version
        if minor_version is not UNSET:
            field_dict["minorVersion"] = minor_version
        if version_info is not UNSET:
            field_dict["versionInfo"] = version_info
        if message is not UNSET:
            field_dict["message"] = message

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _build_number = d.pop("buildNumber", UNSET)
        build_number: int | Unset
        if isinstance(_build_number, Unset):
            build_number = UNSET
        else:
            build_number = _wire.expect_int(_build_number)

        _build_timestamp = d.pop("buildTimestamp", UNSET)
        build_timestamp: str | Unset
        if isinstance(_build_timestamp, Unset):
            build_timestamp = UNSET
        else:
            build_timestamp = _wire.expect_str(_build_timestamp)

        _major_version = d.pop("majorVersion", UNSET)
        major_version: int | Unset
        if isinstance(_major_version, Unset):
            major_version = UNSET
        else:
            major_version = _wire.expect_int(_major_version)

        _minor_version = d.pop("minorVersion", UNSET)
        minor_version: int | Unset
        if isinstance(_minor_version, Unset):
            minor_version = UNSET
        else:
            minor_version = _wire.expect_int(_minor_version)

        _version_info = d.pop("versionInfo", UNSET)
        version_info: str | Unset
        if isinstance(_version_info, Unset):
            version_info = UNSET
        else:
            version_info = _wire.expect_str(_version_info)

        _message = d.pop("message", UNSET)
        message: str | Unset
        if isinstance(_message, Unset):
            message = UNSET
        else:
            message = _wire.expect_str(_message)

        server_version = cls(
            build_number=build_number,
            build_timestamp=build_timestamp,
            major_version=major_version,
            minor_version=minor_version,
            version_info=version_info,
            message=message,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = _wire.as_any(prop_dict)

            additional_properties[prop_name] = additional

        server_version.additional_properties = additional_properties
        return server_version

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
