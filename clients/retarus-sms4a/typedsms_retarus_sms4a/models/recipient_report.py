# Generated from specs/retarus-sms4a.yaml (sha256 a1d00f01cbfaf463f9df6b992a0130c747be0b110e35b54dae534b9cc7be93ec)
# by typedsms generator 0.1.0 on openapi-python-client 0.29.1.
# Do not edit: change the spec or generator/ and run `python -m generator generate`.
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _wire
from ..models.process_status import ProcessStatus
from ..models.sms_status import SmsStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="RecipientReport")


@_attrs_define
class RecipientReport:
    """The status report of one SMS."""

    sms_id: str
    """ An SMS id, `S.` followed by the SMS's timestamp and a random suffix. """
    dst: str
    """ The recipient's phone number. """
    process_status: ProcessStatus
    """ The processing state of an SMS: `OPEN` (pending, `status` empty, or
    retrying, any `status`), `DONE` (final, see `status`), `CANCELED`
    (`status` empty or `NOT_ACC_REC`), `RUNNING` and `KILL` (any `status`).
     """
    status: SmsStatus | str | Unset = UNSET
    """ The SMS's status: one of `SmsStatus` once final; empty while
    pending; while `OPEN` (retrying), `RUNNING` or `KILL` any value.
     """
    customer_ref: str | Unset = UNSET
    """ The customer's reference of the recipient. """
    reason: str | Unset = UNSET
    """ A free text explaining the status. """
    sent_ts: datetime.datetime | Unset = UNSET
    """ When the SMS was sent (iso-8601). """
    finished_ts: datetime.datetime | Unset = UNSET
    """ Timestamp indicating when the SMS received its final status (iso-8601). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        sms_id = self.sms_id

        dst = self.dst

        process_status = self.process_status.value

        status: str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        elif isinstance(self.status, SmsStatus):
            status = self.status.value
        else:
            status = self.status

        customer_ref = self.customer_ref

        reason = self.reason

        sent_ts: str | Unset = UNSET
        if not isinstance(self.sent_ts, Unset):
            sent_ts = _wire.format_datetime(self.sent_ts)

        finished_ts: str | Unset = UNSET
        if not isinstance(self.finished_ts, Unset):
            finished_ts = _wire.format_datetime(self.finished_ts)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "smsId": sms_id,
                "dst": dst,
                "processStatus": process_status,
            }
        )
        if status is not UNSET:
            field_dict["status"] = status
        if customer_ref is not UNSET:
            field_dict["customerRef"] = customer_ref
        if reason is not UNSET:
            field_dict["reason"] = reason
        if sent_ts is not UNSET:
            field_dict["sentTs"] = sent_ts
        if finished_ts is not UNSET:
            field_dict["finishedTs"] = finished_ts

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        sms_id = _wire.expect_str(d.pop("smsId"))

        dst = _wire.expect_str(d.pop("dst"))

        process_status = ProcessStatus(d.pop("processStatus"))

        def _parse_status(data: object) -> SmsStatus | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                status_type_0 = SmsStatus(data)

                return status_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, str):
                raise TypeError()
            status_type_1 = _wire.expect_str(data)

            return status_type_1

        status = _parse_status(d.pop("status", UNSET))

        _customer_ref = d.pop("customerRef", UNSET)
        customer_ref: str | Unset
        if isinstance(_customer_ref, Unset):
            customer_ref = UNSET
        else:
            customer_ref = _wire.expect_str(_customer_ref)

        _reason = d.pop("reason", UNSET)
        reason: str | Unset
        if isinstance(_reason, Unset):
            reason = UNSET
        else:
            reason = _wire.expect_str(_reason)

        _sent_ts = d.pop("sentTs", UNSET)
        sent_ts: datetime.datetime | Unset
        if isinstance(_sent_ts, Unset):
            sent_ts = UNSET
        else:
            sent_ts = _wire.parse_datetime(_sent_ts)

        _finished_ts = d.pop("finishedTs", UNSET)
        finished_ts: datetime.datetime | Unset
        if isinstance(_finished_ts, Unset):
            finished_ts = UNSET
        else:
            finished_ts = _wire.parse_datetime(_finished_ts)

        recipient_report = cls(
            sms_id=sms_id,
            dst=dst,
            process_status=process_status,
            status=status,
            customer_ref=customer_ref,
            reason=reason,
            sent_ts=sent_ts,
            finished_ts=finished_ts,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = _wire.as_any(prop_dict)

            additional_properties[prop_name] = additional

        recipient_report.additional_properties = additional_properties
        return recipient_report

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
