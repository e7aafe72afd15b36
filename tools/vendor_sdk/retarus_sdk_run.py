"""Run the vendor's own Retarus Python SDK (``retarus-sms`` 1.0.1, pydantic 1) against the Retarus mock.

Started by ``nox -s vendor-sdk`` in a virtualenv of its own (the SDK needs ``pydantic<2``), with the
mock's base URL as the only argument. It sends a job, gets its report, lists jobs and asks the version,
the SDK's four calls, and checks what came back; then it reads the report with the SDK's own
``JobReport`` model. Prints what it saw; exits 1 if a call failed.
"""

import sys
import traceback
from typing import Any

from retarus.commons.config import Configuration
from retarus.commons.region import Region, RegionUri
from retarus.sms.model import JobReport, Messages, Options, Recipient, SmsJob
from retarus.sms.sync import SyncSmsClient

FAILURES: list[str] = []


def check(label: str, condition: bool, seen: Any) -> None:
    print(f"{'ok  ' if condition else 'FAIL'} {label}: {seen!r}"[:400], flush=True)
    if not condition:
        FAILURES.append(label)


def main(base_url: str) -> int:
    Configuration.set_auth("user", "secret")
    Configuration.set_region(Region.Europe)
    client = SyncSmsClient([RegionUri(Region.Europe, base_url, [base_url])])

    minimal = SmsJob.minimal("+4917600000000", "Hello from the vendor's SDK")
    sent = client.send_sms(minimal)
    check("send (minimal job)", isinstance(sent, dict) and str(sent.get("jobId", "")).startswith("J."), sent)
    job_id = str(sent.get("jobId")) if isinstance(sent, dict) else ""

    # pydantic 1 with an alias generator: fields are set by their camelCase aliases only (snake-case
    # keyword arguments are dropped silently), and the SDK writes the body without aliases, in snake case.
    dropped = Options(status_requested=True, src="retarus")
    print(f"note Options(status_requested=True) keeps status_requested={dropped.status_requested!r}")
    options = Options(statusRequested=True, customerRef="sdk-run", src="retarus", encoding="STANDARD", validityMin=60)
    recipient = Recipient(dst="+4917600000001", customerRef="recipient-1")
    job = SmsJob(options=options, messages=[Messages(text="With options", recipients=[recipient])])
    check("send body as the SDK writes it", True, job.exclude_optional_dict())
    with_options = client.send_sms(job)
    check("send (options, snake-case keys)", isinstance(with_options, dict) and "jobId" in with_options, with_options)

    explicit_null = SmsJob(options=None, messages=minimal.messages)
    check("send body with options=None", True, explicit_null.exclude_optional_dict())
    check("send (options: null)", isinstance(client.send_sms(explicit_null), dict), "jobId answered")

    report = client.get_sms_job(job_id)
    check("get", isinstance(report, dict) and report.get("jobId") == job_id, report)
    try:  # the SDK never applies its model itself (get_sms_job returns the dict): a note, not a check
        print(f"note the SDK's JobReport model reads the report: {JobReport.parse_obj(report)!r}"[:400])
    except Exception as exc:
        print(f"note the SDK's JobReport model refuses the report: {' '.join(str(exc).split())}"[:400])

    listed = client.filter_sms_jobs(
        job_ids_only=True, from_ts="2018-06-13T00:00+02:00", to_ts="2018-06-20T00:00+02:00", open=False
    )
    check("list (docstring's timestamps, no seconds)", isinstance(listed, list), listed)
    listed_all = client.filter_sms_jobs(job_ids_only=True, offset=0, limit=100)
    ids = [item.get("jobId") for item in listed_all] if isinstance(listed_all, list) else []
    check("list (all jobs) holds the job", job_id in ids, ids)

    version = client.server_version()
    check("version", isinstance(version, dict), version)
    print(f"{len(FAILURES)} failed: {FAILURES}" if FAILURES else "all SDK calls succeeded", flush=True)
    return 1 if FAILURES else 0


if __name__ == "__main__":
    try:
        sys.exit(main(sys.argv[1]))
    except Exception:
        traceback.print_exc()
        sys.exit(1)
