"""Stateful mock servers of the vendor APIs, driven by the same specs as the clients.

``mocks.core`` is vendor-neutral: it routes requests by the spec, enforces the
spec's security schemes, validates requests with openapi-core and answers
errors in the vendor's own format. ``mocks.vendors.<spec stem>`` holds each
vendor's state and business rules. ``python -m mocks <spec stem>`` serves one.
"""
