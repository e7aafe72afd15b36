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
from ..models.encoding import Encoding
from ..models.invalid_characters import InvalidCharacters
from ..models.qos import Qos
from ..types import UNSET, Unset

T = TypeVar("T", bound="JobOptions")


@_attrs_define
class JobOptions:
    """Options that apply to the whole job."""

    src: str | Unset = UNSET
    """ The sender: up to 20 digits with an optional leading `+`, or up to
    11 alphanumeric or punctuation characters.
     """
    encoding: Encoding | Unset = UNSET
    """ The encoding of the texts. `STANDARD` is the GSM 03.38 alphabet: 160
    characters in a single-part SMS, 153 per part of a multi-part SMS.
    `UTF-16`: 70 characters in a single part, 67 per part. The sources
    give no default; the mock treats an absent encoding as `STANDARD`.
     """
    billcode: str | Unset = UNSET
    """ A billing code, shown in the job report. """
    status_requested: bool | Unset = UNSET
    """ Whether a delivery notification is requested for each SMS. """
    flash: bool | Unset = UNSET
    """ Whether the SMS are sent as flash SMS (shown at once, not stored on the phone). """
    customer_ref: str | Unset = UNSET
    """ A reference of the customer's for the job, shown in the job report. Recommended max. 64 characters. """
    validity_min: int | Unset = UNSET
    """ How many minutes the network tries to deliver an SMS: 0 for the
    provider's default, else 5 to 2880.
     """
    max_parts: int | Unset = UNSET
    """ The largest number of parts a long text may be split into. """
    invalid_characters: InvalidCharacters | Unset = UNSET
    """ What to do with characters that the encoding cannot represent:
    `REFUSE` rejects the job with 422, `REPLACE` replaces them,
    `TO_UTF16` sends the text as UTF-16, `TRANSLITERATE` transliterates
    them (the last three explained from the names; the sources list the
    values only).
     """
    qos: Qos | Unset = UNSET
    """ Quality of service, `EXPRESS` or `NORMAL` (the sources do not define them further). """
    job_period: datetime.datetime | Unset = UNSET
    """ When the job is to start (ISO-8601). The sources do not say what absence means; the mock starts such a job
    at once. """
    duplicate_detection: bool | Unset = UNSET
    """ Whether an identical job body received within 10 minutes is
    rejected (409).
     """
    blackout_periods: list[str] | Unset = UNSET
    """ Periods in which no SMS of the job is delivered. A recipient's own periods replace these. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        src = self.src

        encoding: str | Unset = UNSET
        if not isinstance(self.encoding, Unset):
            encoding = self.encoding.value

        billcode = self.billcode

        status_requested = self.status_requested

        flash = self.flash

        customer_ref = self.customer_ref

        validity_min = self.validity_min

        max_parts = self.max_parts

        invalid_characters: str | Unset = UNSET
        if not isinstance(self.invalid_characters, Unset):
            invalid_characters = self.invalid_characters.value

        qos: str | Unset = UNSET
        if not isinstance(self.qos, Unset):
            qos = self.qos.value

        job_period: str | Unset = UNSET
        if not isinstance(self.job_period, Unset):
            job_period = _wire.format_datetime(self.job_period)

        duplicate_detection = self.duplicate_detection

        blackout_periods: list[str] | Unset = UNSET
        if not isinstance(self.blackout_periods, Unset):
            blackout_periods = self.blackout_periods

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
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
        if customer_ref is not UNSET:
            field_dict["customerRef"] = customer_ref
        if validity_min is not UNSET:
            field_dict["validityMin"] = validity_min
        if max_parts is not UNSET:
            field_dict["maxParts"] = max_parts
        if invalid_characters is not UNSET:
            field_dict["invalidCharacters"] = invalid_characters
        if qos is not UNSET:
            field_dict["qos"] = qos
        if job_period is not UNSET:
            field_dict["jobPeriod"] = job_period
        if duplicate_detection is not UNSET:
            field_dict["duplicateDetection"] = duplicate_detection
        if blackout_periods is not UNSET:
            field_dict["blackoutPeriods"] = blackout_periods

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _src = d.pop("src", UNSET)
        src: str | Unset
        if isinstance(_src, Unset):
            src = UNSET
        else:
            src = _wire.expect_str(_src)

        _encoding = d.pop("encoding", UNSET)
        encoding: Encoding | Unset
        if isinstance(_encoding, Unset):
            encoding = UNSET
        else:
            encoding = Encoding(_encoding)

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

        _customer_ref = d.pop("customerRef", UNSET)
        customer_ref: str | Unset
        if isinstance(_customer_ref, Unset):
            customer_ref = UNSET
        else:
            customer_ref = _wire.expect_str(_customer_ref)

        _validity_min = d.pop("validityMin", UNSET)
        validity_min: int | Unset
        if isinstance(_validity_min, Unset):
            validity_min = UNSET
        else:
            validity_min = _wire.expect_int(_validity_min)

        _max_parts = d.pop("maxParts", UNSET)
        max_parts: int | Unset
        if isinstance(_max_parts, Unset):
            max_parts = UNSET
        else:
            max_parts = _wire.expect_int(_max_parts)

        _invalid_characters = d.pop("invalidCharacters", UNSET)
        invalid_characters: InvalidCharacters | Unset
        if isinstance(_invalid_characters, Unset):
            invalid_characters = UNSET
        else:
            invalid_characters = InvalidCharacters(_invalid_characters)

        _qos = d.pop("qos", UNSET)
        qos: Qos | Unset
        if isinstance(_qos, Unset):
            qos = UNSET
        else:
            qos = Qos(_qos)

        _job_period = d.pop("jobPeriod", UNSET)
        job_period: datetime.datetime | Unset
        if isinstance(_job_period, Unset):
            job_period = UNSET
        else:
            job_period = _wire.parse_datetime(_job_period)

        _duplicate_detection = d.pop("duplicateDetection", UNSET)
        duplicate_detection: bool | Unset
        if isinstance(_duplicate_detection, Unset):
            duplicate_detection = UNSET
        else:
            duplicate_detection = _wire.expect_bool(_duplicate_detection)

        _blackout_periods = d.pop("blackoutPeriods", UNSET)
        blackout_periods: list[str] | Unset = UNSET
        if _blackout_periods is not UNSET:
            blackout_periods = []
            for blackout_periods_item_data in _blackout_periods:
                blackout_periods_item = _wire.expect_str(blackout_periods_item_data)

                blackout_periods.append(blackout_periods_item)

        job_options = cls(
            src=src,
            encoding=encoding,
            billcode=billcode,
            status_requested=status_requested,
            flash=flash,
            customer_ref=customer_ref,
            validity_min=validity_min,
            max_parts=max_parts,
            invalid_characters=invalid_characters,
            qos=qos,
            job_period=job_period,
            duplicate_detection=duplicate_detection,
            blackout_periods=blackout_periods,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = _wire.as_any(prop_dict)

            additional_properties[prop_name] = additional

        job_options.additional_properties = additional_properties
        return job_options

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
