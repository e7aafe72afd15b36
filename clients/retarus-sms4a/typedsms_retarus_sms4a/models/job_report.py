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
from ..models.qos import Qos
from ..types import UNSET, Unset

T = TypeVar("T", bound="JobReport")


@_attrs_define
class JobReport:
    """The report of a job, with the job's options and the ids of its SMS."""

    job_id: str
    """ A job id, `J.` followed by 18 to 38 characters. """
    receipt_ts: datetime.datetime
    """ Timestamp indicating when the job was received by Retarus (iso-8601). """
    recipient_ids: list[str]
    """ The ids of the SMS of the job. """
    src: str | Unset = UNSET
    """ The sender of the job. """
    encoding: str | Unset = UNSET
    """ The encoding of the job (`STANDARD` or `UTF-16`; the vendor's own
    example writes it in lower case, `standard`).
     """
    billcode: str | Unset = UNSET
    """ The job's billing code. """
    status_requested: bool | Unset = UNSET
    """ Whether delivery notifications were requested. """
    flash: bool | Unset = UNSET
    """ Whether the SMS were sent as flash SMS. """
    validity_min: int | Unset = UNSET
    """ The validity of the SMS in minutes. """
    customer_ref: str | Unset = UNSET
    """ The customer's reference of the job. Recommended max. 64 characters. """
    qos: Qos | Unset = UNSET
    """ Quality of service, `EXPRESS` or `NORMAL` (the sources do not define them further). """
    finished_ts: datetime.datetime | Unset = UNSET
    """ Timestamp indicating when the job received its final status
    (iso-8601); absent while the job is open. (The vendor's text says
    "when the SMS received its final status" here too.)
     """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        job_id = self.job_id

        receipt_ts = _wire.format_datetime(self.receipt_ts)

        recipient_ids = self.recipient_ids

        src = self.src

        encoding = self.encoding

        billcode = self.billcode

        status_requested = self.status_requested

        flash = self.flash

        validity_min = self.validity_min

        customer_ref = self.customer_ref

        qos: str | Unset = UNSET
        if not isinstance(self.qos, Unset):
            qos = self.qos.value

        finished_ts: str | Unset = UNSET
        if not isinstance(self.finished_ts, Unset):
            finished_ts = _wire.format_datetime(self.finished_ts)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "jobId": job_id,
                "receiptTs": receipt_ts,
                "recipientIds": recipient_ids,
            }
        )
        if src is not UNSET:
            field_dict["src"] = src
        if encoding is not UNSET:
            field_dict["encoding"] = encoding
        if billcode is not UNSET:
            field_dict["billcode"] = billcode
        if status_requested is not UNSET:
            field_dict["statusRequested"] = status_requested
        if flash is not UNSET:
            field_dict["flash"] = flash
        if validity_min is not UNSET:
            field_dict["validityMin"] = validity_min
        if customer_ref is not UNSET:
            field_dict["customerRef"] = customer_ref
        if qos is not UNSET:
            field_dict["qos"] = qos
        if finished_ts is not UNSET:
            field_dict["finishedTs"] = finished_ts

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        job_id = _wire.expect_str(d.pop("jobId"))

        receipt_ts = _wire.parse_datetime(d.pop("receiptTs"))

        recipient_ids = []
        _recipient_ids = d.pop("recipientIds")
        for recipient_ids_item_data in _recipient_ids:
            recipient_ids_item = _wire.expect_str(recipient_ids_item_data)

            recipient_ids.append(recipient_ids_item)

        _src = d.pop("src", UNSET)
        src: str | Unset
        if isinstance(_src, Unset):
            src = UNSET
        else:
            src = _wire.expect_str(_src)

        _encoding = d.pop("encoding", UNSET)
        encoding: str | Unset
        if isinstance(_encoding, Unset):
            encoding = UNSET
        else:
            encoding = _wire.expect_str(_encoding)

        _billcode = d.pop("billcode", UNSET)
        billcode: str | Unset
        if isinstance(_billcode, Unset):
            billcode = UNSET
        else:
            billcode = _wire.expect_str(_billcode)

        _status_requested = d.pop("statusRequested", UNSET)
        status_requested: bool | Unset
        if isinstance(_status_requested, Unset):
            status_requested = UNSET
        else:
            status_requested = _wire.expect_bool(_status_requested)

        _flash = d.pop("flash", UNSET)
        flash: bool | Unset
        if isinstance(_flash, Unset):
            flash = UNSET
        else:
            flash = _wire.expect_bool(_flash)

        _validity_min = d.pop("validityMin", UNSET)
        validity_min: int | Unset
        if isinstance(_validity_min, Unset):
            validity_min = UNSET
        else:
            validity_min = _wire.expect_int(_validity_min)

        _customer_ref = d.pop("customerRef", UNSET)
        customer_ref: str | Unset
        if isinstance(_customer_ref, Unset):
            customer_ref = UNSET
        else:
            customer_ref = _wire.expect_str(_customer_ref)

        _qos = d.pop("qos", UNSET)
        qos: Qos | Unset
        if isinstance(_qos, Unset):
            qos = UNSET
        else:
            qos = Qos(_qos)

        _finished_ts = d.pop("finishedTs", UNSET)
        finished_ts: datetime.datetime | Unset
        if isinstance(_finished_ts, Unset):
            finished_ts = UNSET
        else:
            finished_ts = _wire.parse_datetime(_finished_ts)

        job_report = cls(
            job_id=job_id,
            receipt_ts=receipt_ts,
            recipient_ids=recipient_ids,
            src=src,
            encoding=encoding,
            billcode=billcode,
            status_requested=status_requested,
            flash=flash,
            validity_min=validity_min,
            customer_ref=customer_ref,
            qos=qos,
            finished_ts=finished_ts,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = _wire.as_any(prop_dict)

            additional_properties[prop_name] = additional

        job_report.additional_properties = additional_properties
        return job_report

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
