"""Identifiers of the trade: check keys catch typing mistakes."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from sav_desktop.domain.errors import ValidationError
from sav_desktop.domain.identifiers import (
    TAG_ALPHABET,
    asset_tag_for_id,
    is_valid_tag,
    label_text,
    parse_scan,
    validate_iccid,
    validate_rpps,
    validate_siret,
    validate_tag,
)
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
    if swapped != tag:
        assert not is_valid_tag(swapped)


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
