"""The vendor-neutral part of the mocks."""
