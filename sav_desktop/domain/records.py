"""What a desk form submits, and its validation (every problem named by field at once)."""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass, field, replace
from datetime import date
from decimal import Decimal

from .catalogue import MODELS_BY_CODE
from .enums import AssetStatus, ContractKind, DepositState, OptionName
from .errors import Collector, ValidationError
from .validators import clean_text_into
from .identifiers import (
    normalize_serial,
    validate_adeli,
    validate_email,
    validate_finess,
    validate_iccid,
    validate_phone,
    validate_rpps,
    validate_siret,
)

MAX_TEXT = 300
MAX_NOTES = 10_000


def search_key(text: str) -> str:
    """Upper case without accents: what the as-you-type search compares."""
    decomposed = unicodedata.normalize("NFKD", text or "")
    return "".join(c for c in decomposed if not unicodedata.combining(c)).upper().strip()


def _text(col: Collector, fieldname: str, value: str, *, required: bool = False, limit: int = MAX_TEXT) -> str:
    # Notes are the only multi-line texts (tab and newline allowed there).
    return clean_text_into(col, value, fieldname, max_length=limit, required=required, multiline=limit >= MAX_NOTES)


def _ident(col: Collector, fieldname: str, value: str | None, validator) -> str | None:  # type: ignore[no-untyped-def]
    if value is None or not str(value).strip():
        return None
    try:
        return validator(value, fieldname)  # type: ignore[no-any-return]
    except ValidationError as exc:
        col.problems.extend(exc.problems)
        return None


@dataclass(frozen=True)
class PractitionerInput:
    full_name: str
    profession: str = ""
    rpps: str | None = None
    adeli: str | None = None


@dataclass(frozen=True)
class CustomerInput:
    practice_name: str
    siret: str | None = None
    finess: str | None = None
    address: str = ""
    postal_code: str = ""
    city: str = ""
    phone: str | None = None
    email: str | None = None
    notes: str = ""
    practitioners: tuple[PractitionerInput, ...] = ()


def validate_customer(data: CustomerInput) -> CustomerInput:
    """Normalised copy, or ValidationError naming every bad field (``practitioners[0].rpps``...)."""
    col = Collector()
    practitioners = []
    for i, p in enumerate(data.practitioners):
        base = f"practitioners[{i}]"
        name = _text(col, f"{base}.full_name", p.full_name, required=True, limit=200)
        rpps = _ident(col, f"{base}.rpps", p.rpps, validate_rpps)
        adeli = _ident(col, f"{base}.adeli", p.adeli, validate_adeli)
        if not (p.rpps or "").strip() and not (p.adeli or "").strip():
            col.add(f"{base}.rpps", "RPPS ou ADELI obligatoire pour un praticien")
        practitioners.append(
            PractitionerInput(name, _text(col, f"{base}.profession", p.profession, limit=100), rpps, adeli)
        )
    postal = (data.postal_code or "").strip()
    if postal and not (len(postal) == 5 and postal.isdigit()):
        col.add("postal_code", "code postal invalide (5 chiffres)")
    clean = replace(
        data,
        practice_name=_text(col, "practice_name", data.practice_name, required=True, limit=200),
        siret=_ident(col, "siret", data.siret, validate_siret),
        finess=_ident(col, "finess", data.finess, validate_finess),
        address=_text(col, "address", data.address),
        postal_code=postal,
        city=_text(col, "city", data.city, limit=100),
        phone=_ident(col, "phone", data.phone, validate_phone),
        email=_ident(col, "email", data.email, validate_email),
        notes=_text(col, "notes", data.notes, limit=MAX_NOTES),
        practitioners=tuple(practitioners),
    )
    col.check()
    return clean


@dataclass(frozen=True)
class AssetInput:
    model_code: str
    serial: str
    status: AssetStatus = AssetStatus.IN_STOCK
    in_service_on: date | None = None
    firmware_version: str = ""
    iccid: str | None = None
    notes: str = ""


def validate_asset(data: AssetInput) -> AssetInput:
    col = Collector()
    model = MODELS_BY_CODE.get(data.model_code)
    if model is None:
        col.add("model_code", f"modèle inconnu : {data.model_code!r}")
    serial = _ident(col, "serial", data.serial, normalize_serial)
    if serial is None and not (data.serial or "").strip():
        col.add("serial", "champ obligatoire")
    iccid = _ident(col, "iccid", data.iccid, validate_iccid)
    if iccid and model is not None and not model.has_sim:
        col.add("iccid", f"le modèle {model.label} n'a pas de carte SIM")
    try:
        status = AssetStatus(data.status)
    except ValueError:
        col.add("status", f"statut inconnu : {data.status!r}")
        status = AssetStatus.IN_STOCK
    clean = replace(
        data,
        serial=serial or "",
        iccid=iccid,
        status=status,
        firmware_version=_text(col, "firmware_version", data.firmware_version, limit=60),
        notes=_text(col, "notes", data.notes, limit=MAX_NOTES),
    )
    col.check()
    return clean


@dataclass(frozen=True)
class OptionInput:
    name: OptionName
    subscribed_on: date
    terminated_on: date | None = None
    asset_id: int | None = None


@dataclass(frozen=True)
class ContractInput:
    kind: ContractKind
    customer_id: int
    signed_on: date
    asset_ids: tuple[int, ...]
    delivered_on: date | None = None
    ended_on: date | None = None
    deposit_ht: Decimal = Decimal("0")
    software_service: str = ""
    insurer: str = ""
    policy_number: str = ""
    notes: str = ""
    options: tuple[OptionInput, ...] = field(default_factory=tuple)


def validate_contract(data: ContractInput, model_codes: tuple[str, ...] | None = None) -> ContractInput:
    """Normalised copy, or ValidationError naming every bad field.

    ``model_codes``: the models of the contract's devices, as the services know them; a
    terminal among them needs its associated software service (R-55). A rental always needs
    its deposit, the insurer and the policy number (R-54, R-50).
    """
    col = Collector()
    try:
        kind = ContractKind(data.kind)
    except ValueError:
        col.add("kind", "type de contrat inconnu (vente ou location)")
        kind = ContractKind.SALE
    if not data.asset_ids:
        col.add("asset_ids", "au moins un matériel est nécessaire")
    if len(set(data.asset_ids)) != len(data.asset_ids):
        col.add("asset_ids", "le même matériel figure deux fois")
    if data.delivered_on and data.delivered_on < data.signed_on:
        col.add("delivered_on", "la livraison ne peut précéder la signature")
    if data.ended_on and data.ended_on < data.signed_on:
        col.add("ended_on", "la fin ne peut précéder la signature")
    if isinstance(data.deposit_ht, float):
        col.add("deposit_ht", "montant invalide")
    elif data.deposit_ht < 0:
        col.add("deposit_ht", "le dépôt de garantie ne peut être négatif")
    elif kind is ContractKind.SALE and data.deposit_ht:
        col.add("deposit_ht", "pas de dépôt de garantie sur une vente", "R-50")
    if kind is ContractKind.RENTAL:
        if isinstance(data.deposit_ht, Decimal) and data.deposit_ht == 0:
            col.add("deposit_ht", "une location a un dépôt de garantie, versé à la signature", "R-50")
        if not (data.insurer or "").strip():
            col.add("insurer", "une location indique l'assureur du matériel", "R-54")
        if not (data.policy_number or "").strip():
            col.add("policy_number", "une location indique le n° de police d'assurance", "R-54")
    terminals = [c for c in (model_codes or ()) if c in MODELS_BY_CODE and MODELS_BY_CODE[c].is_terminal]
    if terminals and not (data.software_service or "").strip():
        col.add("software_service", "un terminal se vend ou se loue avec son service logiciel associé", "R-55")
    for i, opt in enumerate(data.options):
        base = f"options[{i}]"
        try:
            name = OptionName(opt.name)
        except ValueError:
            col.add(f"{base}.name", f"option inconnue : {opt.name!r}")
            continue
        if kind is ContractKind.RENTAL and name is not OptionName.SERENITE:
            col.add(f"{base}.name", "sur une location, seule SERENITE se souscrit", "R-41")
        if opt.subscribed_on < data.signed_on:
            col.add(f"{base}.subscribed_on", "souscription antérieure à la signature du contrat")
        if opt.terminated_on and opt.terminated_on < opt.subscribed_on:
            col.add(f"{base}.terminated_on", "résiliation antérieure à la souscription")
    clean = replace(
        data,
        kind=kind,
        software_service=_text(col, "software_service", data.software_service, limit=200),
        insurer=_text(col, "insurer", data.insurer, limit=200),
        policy_number=_text(col, "policy_number", data.policy_number, limit=100),
        notes=_text(col, "notes", data.notes, limit=MAX_NOTES),
    )
    col.check()
    return clean


def deposit_state_for(kind: ContractKind, deposit: Decimal) -> DepositState:
    if kind is ContractKind.RENTAL and deposit > 0:
        return DepositState.HELD
    return DepositState.NONE
