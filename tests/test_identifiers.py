"""Identifiers of the trade: check keys catch typing mistakes."""

from __future__ import annotations

import random

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from sav_desktop.domain.errors import ValidationError
from sav_desktop.domain.identifiers import (
    LA_POSTE_SIREN,
    TAG_ALPHABET,
    asset_tag_for_id,
    is_valid_tag,
    label_text,
    luhn_check_digit,
    luhn_ok,
    parse_scan,
    validate_adeli,
    validate_finess,
    validate_iccid,
    validate_rpps,
    validate_siret,
    validate_tag,
)
from sav_desktop.services.demo import _siret as demo_siret
from tests.conftest import valid_iccid, valid_rpps, valid_siret

ids = st.integers(min_value=1, max_value=(1 << 30) - 1)


@given(ids)
def test_generated_tags_are_short_and_valid(asset_id):
    tag = asset_tag_for_id(asset_id)
    assert len(tag) == 7 and is_valid_tag(tag)


@given(ids, st.integers(0, 6), st.sampled_from(TAG_ALPHABET))
def test_any_single_mistyped_character_is_caught(asset_id, pos, char):
    tag = asset_tag_for_id(asset_id)
    typo = tag[:pos] + char + tag[pos + 1 :]
    if typo != tag:
        assert not is_valid_tag(typo)


@given(ids, st.integers(0, 5))
def test_swapping_two_neighbours_is_caught(asset_id, pos):
    tag = asset_tag_for_id(asset_id)
    swapped = tag[:pos] + tag[pos + 1] + tag[pos] + tag[pos + 2 :]
    if swapped != tag and {tag[pos], tag[pos + 1]} != {"0", "Z"}:  # Luhn mod N's blind spot (see identifiers)
        assert not is_valid_tag(swapped)


def test_the_one_neighbour_swap_the_check_misses_is_0_and_Z():
    tag = asset_tag_for_id(937)  # E0ZPQM6
    assert tag[1:3] == "0Z" and is_valid_tag(tag[0] + "Z0" + tag[3:])


def test_tags_are_unique_for_distinct_ids():
    tags = {asset_tag_for_id(i) for i in range(1, 200_001)}
    assert len(tags) == 200_000


def test_tag_input_is_forgiving_about_case_and_lookalikes():
    tag = asset_tag_for_id(12345)
    assert validate_tag(tag.lower()) == tag
    with pytest.raises(ValidationError) as err:
        validate_tag(tag[:-1] + ("0" if tag[-1] != "0" else "1"))
    assert err.value.fields == ["asset_tag"]


def test_label_text_round_trips_and_azerty_colon_is_accepted():
    tag = asset_tag_for_id(77)
    assert parse_scan(label_text(tag, "24071CT123")) == (tag, "24071CT123")
    assert parse_scan(f"SAV1/{tag}/24071ct123") == (tag, "24071CT123")
    assert parse_scan(tag) == (tag, None)
    assert parse_scan("  sn 123 ") == (None, "SN123")
    assert parse_scan("") == (None, None)


@given(st.integers(0, 10**9 - 1), st.integers(1, 9))
def test_rpps_key_catches_a_changed_digit(n, delta):
    good = valid_rpps(n % 10**9)
    assert validate_rpps(good) == good
    bad = good[:5] + str((int(good[5]) + delta) % 10) + good[6:]
    with pytest.raises(ValidationError):
        validate_rpps(bad)


def test_siret_and_iccid_keys():
    assert validate_siret(valid_siret(5)) == valid_siret(5)
    assert validate_siret("732 829 320 00074") == "73282932000074"
    good = valid_iccid(4)
    assert validate_iccid(good) == good
    with pytest.raises(ValidationError) as err:
        validate_iccid(good[:-1] + str((int(good[-1]) + 3) % 10))
    assert err.value.fields == ["iccid"]


# --- SIRET against python-stdnum (issue 13) ---------------------------------------------------

digits14 = st.text(alphabet="0123456789", min_size=14, max_size=14)


def _ours(value: str) -> bool:
    try:
        validate_siret(value)
    except ValidationError:
        return False
    return True


@st.composite
def near_valid_sirets(draw: st.DrawFn) -> str:
    """A valid SIREN with any NIC, or a valid SIRET with one digit changed: hits both keys."""
    siren_body = draw(st.text(alphabet="0123456789", min_size=8, max_size=8))
    siren = siren_body + luhn_check_digit(siren_body)
    body = siren + draw(st.text(alphabet="0123456789", min_size=4, max_size=4))
    value = body + (luhn_check_digit(body) if draw(st.booleans()) else draw(st.sampled_from("0123456789")))
    if draw(st.booleans()):
        i = draw(st.integers(0, 13))
        value = value[:i] + draw(st.sampled_from("0123456789")) + value[i + 1:]
    return value


@given(st.one_of(digits14, near_valid_sirets()))
def test_siret_check_agrees_with_stdnum_except_la_poste(value: str) -> None:
    from stdnum.fr import siret

    assume(not value.startswith(LA_POSTE_SIREN))
    assert _ours(value) == siret.is_valid(value), value


@given(st.text(alphabet="0123456789", min_size=5, max_size=5))
def test_la_poste_establishments_sum_of_digits_multiple_of_5(nic: str) -> None:
    value = LA_POSTE_SIREN + nic
    expected = value == LA_POSTE_SIREN + "00048" or sum(map(int, value)) % 5 == 0
    if value == LA_POSTE_SIREN + "00048":
        expected = luhn_ok(value)
    assert _ours(value) == expected


def test_siret_whose_siren_key_fails_is_refused_naming_the_field() -> None:
    # 37964596586168 passes the Luhn key over 14 digits but its SIREN 379645965 does not.
    assert luhn_ok("37964596586168") and not luhn_ok("379645965")
    with pytest.raises(ValidationError) as err:
        validate_siret("37964596586168")
    assert err.value.fields == ["siret"] and "SIREN 379645965" in str(err.value)
    assert validate_siret("356 000 000 49837") == "35600000049837"  # La Poste: digit sum 45


@given(st.integers(0, 10**7 - 1))
def test_fixture_sirets_pass_the_strict_check(n: int) -> None:
    assert validate_siret(valid_siret(n)) == valid_siret(n)


@given(st.integers(0, 2**32))
def test_demo_sirets_pass_the_strict_check(seed: int) -> None:
    value = demo_siret(random.Random(seed))
    assert validate_siret(value) == value


# --- the project's own checks (stdnum has none): RPPS above, ADELI, FINESS, ICCID ------------


@given(st.integers(0, 10**12 - 1), st.integers(1, 9), st.integers(0, 18))
def test_iccid_key_catches_a_changed_digit(n: int, delta: int, i: int) -> None:
    good = valid_iccid(n)
    assert validate_iccid(good) == good
    assume(i >= 2)  # the "89" prefix is checked separately
    bad = good[:i] + str((int(good[i]) + delta) % 10) + good[i + 1:]
    with pytest.raises(ValidationError):
        validate_iccid(bad)


@given(st.text(alphabet="0123456789", min_size=0, max_size=12))
def test_adeli_is_nine_digits(value: str) -> None:
    if len(value) == 9:
        assert validate_adeli(value) == value
    else:
        with pytest.raises(ValidationError):
            validate_adeli(value)


@given(st.sampled_from(["75", "2A", "2B", "13", "97"]), st.text(alphabet="0123456789", min_size=7, max_size=7))
def test_finess_department_then_seven_digits(department: str, rest: str) -> None:
    assert validate_finess((department + rest).lower()) == department + rest
    with pytest.raises(ValidationError):
        validate_finess(department + rest[:-1])
