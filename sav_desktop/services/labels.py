"""Label use cases: which devices to label, the desk phone printed on them, recording prints."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from sqlalchemy import select, update

from ..domain.catalogue import MODELS_BY_CODE
from ..domain.errors import NotFoundError
from ..store.models import Asset, Setting
from .assets import add_timeline_event, find_by_scan
from .uow import UnitOfWork
from .permissions import use_case

DESK_PHONE_KEY = "desk_phone"  # settings table: the after-sales desk's number, printed on labels
LABEL_PRINT_ACTION = "label_print"


@dataclass(frozen=True)
class LabelAsset:
    """What a label needs to know about a device."""

    id: int
    tag: str
    serial: str
    model_code: str
    model_label: str
    maker: str
    label_printed_at: datetime | None


def _views(uow: UnitOfWork, ids: list[int]) -> list[LabelAsset]:
    if not ids:
        return []
    rows = uow.session.execute(
        select(Asset.id, Asset.asset_tag, Asset.serial, Asset.model_code, Asset.label_printed_at).where(
            Asset.id.in_(ids)
        )
    ).all()
    by_id = {}
    for r in rows:
        model = MODELS_BY_CODE.get(r.model_code)
        by_id[r.id] = LabelAsset(
            id=r.id, tag=r.asset_tag or "", serial=r.serial, model_code=r.model_code,
            model_label=model.label if model else r.model_code, maker=model.maker if model else "",
            label_printed_at=r.label_printed_at,
        )
    return [by_id[i] for i in ids if i in by_id]


@use_case("label.read")
def assets_for_labels(uow: UnitOfWork, refs: list[str]) -> list[LabelAsset]:
    """Devices designated by asset tag, maker serial or scanned label text, in the order given.

    Raises NotFoundError naming the first text that matches no device (or several).
    """
    ids: list[int] = []
    for ref in refs:
        found = find_by_scan(uow, ref)
        if found is None:
            raise NotFoundError("Matériel", ref)
        if found not in ids:
            ids.append(found)
    return _views(uow, ids)


@use_case("label.read")
def assets_by_ids(uow: UnitOfWork, asset_ids: list[int]) -> list[LabelAsset]:
    return _views(uow, list(dict.fromkeys(asset_ids)))


@use_case("label.read")
def assets_without_label(uow: UnitOfWork, limit: int | None = None) -> list[LabelAsset]:
    """Devices never labelled yet (no print recorded), oldest first."""
    stmt = (
        select(Asset.id)
        .where(Asset.label_printed_at.is_(None), Asset.asset_tag.is_not(None))
        .order_by(Asset.id)
    )
    if limit is not None:
        stmt = stmt.limit(limit)
    return _views(uow, list(uow.session.scalars(stmt)))


@use_case("label.read")
def assets_registered_on(uow: UnitOfWork, day: date) -> list[LabelAsset]:
    """Devices registered on a local calendar day (the batch "reçus aujourd'hui")."""
    start = datetime.combine(day, time.min).astimezone()
    end = start + timedelta(days=1)
    stmt = select(Asset.id).where(Asset.created_at >= start, Asset.created_at < end).order_by(Asset.id)
    return _views(uow, list(uow.session.scalars(stmt)))


@use_case("label.read")
def desk_phone(uow: UnitOfWork) -> str:
    value = uow.session.scalar(select(Setting.value).where(Setting.key == DESK_PHONE_KEY))
    return value or ""


@use_case("label.record_print")
def record_label_print(uow: UnitOfWork, asset_ids: list[int], template_name: str, output: str) -> None:
    """Mark the devices as labelled and put the print on each one's timeline.

    ``output`` says where it went, in French ("imprimante Brother QL", "fichier x.pdf").
    The asset's version is left alone (a Core UPDATE): printing a label must not make a
    form open on the same device stale.
    """
    ids = list(dict.fromkeys(asset_ids))
    if not ids:
        return
    now = uow.now()
    for asset_id in ids:
        add_timeline_event(
            uow, asset_id, LABEL_PRINT_ACTION, f"Étiquette imprimée (modèle {template_name}, {output})",
            {"template": template_name, "output": output},
        )
    uow.session.execute(
        update(Asset).where(Asset.id.in_(ids)).values(label_printed_at=now).execution_options(synchronize_session=False)
    )
