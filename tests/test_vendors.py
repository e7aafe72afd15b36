"""The vendor registry the parametrized tests run over (``tests/support/vendors.py``) misses no spec."""

import pytest

from generator.naming import CLIENTS_DIR, package_name
from mocks.registry import available
from tests.support.vendors import SPECS, VENDORS, vendor


def test_every_spec_has_a_mock_and_a_client() -> None:
    """A spec without its mock module or its generated client would drop out of every vendor test."""
    stems = [path.stem for path in SPECS]
    assert len(stems) >= 4
    assert list(VENDORS) == stems, f"without a mock or a client: {sorted(set(stems) - set(VENDORS))}"
    assert sorted(available()) == sorted(stems)
    for stem in stems:
        assert (CLIENTS_DIR / stem / package_name(stem) / "__init__.py").is_file(), stem


@pytest.mark.parametrize("stem", VENDORS)
def test_a_vendor_knows_its_client_credentials_and_environment(stem: str) -> None:
    v = vendor(stem)
    assert v.package.__name__ == package_name(stem) and v.package.Client.__module__.startswith(v.package_name)
    assert v.config.env_prefix == v.env_prefix
    assert v.credential_fields and set(v.mock_credentials) == set(v.credential_fields)
    assert all(name.startswith(f"{v.env_prefix}_") for name in v.env_names)
    # The mock's defaults open it: a client built from them is let in (see tests/clients/test_contract.py).
    assert set(v.mock_credentials.values()) <= {"user", "secret", "token"}


def test_an_unknown_vendor_is_refused() -> None:
    with pytest.raises(KeyError, match="not a vendor"):
        vendor("no-such-api")
