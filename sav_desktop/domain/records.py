"""What a desk form submits, and its validation (every problem named by field at once)."""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass, field, replace
from datetime import date
from decimal import Decimal

from .accounts import NAME_MAX_LENGTH
from .catalogue import MODELS_BY_CODE
from .coverage.facts import OPTION_BENEFITS
from .enums import AssetStatus, ContractKind, DepositState, OptionName
from .errors import Collector, ValidationError
from .validators import check_date_into, clean_text_into, parse_money_into
from .price_list import ITEM_CODE_MAX, ITEM_LABEL_MAX, TARIFF_NAME_MAX
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

#: The longest text each form field takes: the services refuse more, and the forms' widgets
#: take their maxLength from here (one number for both).
FIELD_MAX_LENGTHS: dict[str, int] = {
    "practice_name": 200, "siret": 20, "finess": 12, "address": MAX_TEXT, "postal_code": 10, "city": 100,
    "phone": 20, "email": 254, "full_name": 200, "profession": 100, "rpps": 14, "adeli": 12,
    "serial": 60, "firmware_version": 60, "iccid": 30,
    "software_service": 200, "insurer": 200, "policy_number": 100,
    # workflows (services.losses, services.wipes) and administration (domain.price_list)
    "letter_reference": 60, "complaint_reference": 60, "police_office": 200, "method": 200, "operator": 80,
    "code": ITEM_CODE_MAX, "libelle": ITEM_LABEL_MAX, "nom": TARIFF_NAME_MAX, "utilisateur": NAME_MAX_LENGTH,
}


def search_key(text: str) -> str:
    """Upper case without accents: what the as-you-type search compares."""
    decomposed = unicodedata.normalize("NFKD", text or "")
    return "".join(c for c in decomposed if not unicodedata.combining(c)).upper().strip()


def _text(col: Collector, fieldname: str, value: str, *, required: bool = False, limit: int = MAX_TEXT) -> str:
    # Notes are the only multi-line texts (tab and newline allowed there).
    return clean_text_into(col, value, fieldname, max_length=limit, required=required, multiline=limit >= MAX_NOTES)


def _date(col: Collector, fieldname: str, value: object, today: date | None, *, required: bool = True) -> date | None:
    """A date within the sane range when ``today`` is known; the value as given otherwise."""
    if today is None:
        return value if isinstance(value, date) or value is None else None
    return check_date_into(col, value, fieldname, today, required=required)


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
        name = _text(col, f"{base}.full_name", p.full_name, required=True, limit=FIELD_MAX_LENGTHS["full_name"])
        rpps = _ident(col, f"{base}.rpps", p.rpps, validate_rpps)
        adeli = _ident(col, f"{base}.adeli", p.adeli, validate_adeli)
        if not (p.rpps or "").strip() and not (p.adeli or "").strip():
            col.add(f"{base}.rpps", "RPPS ou ADELI obligatoire pour un praticien")
        practitioners.append(
            PractitionerInput(name, _text(col, f"{base}.profession", p.profession,
                                          limit=FIELD_MAX_LENGTHS["profession"]), rpps, adeli)
        )
    postal = (data.postal_code or "").strip()
    if postal and not (len(postal) == 5 and postal.isdigit()):
        col.add("postal_code", "code postal invalide (5 chiffres)")
    clean = replace(
        data,
        practice_name=_text(col, "practice_name", data.practice_name, required=True,
                            limit=FIELD_MAX_LENGTHS["practice_name"]),
        siret=_ident(col, "siret", data.siret, validate_siret),
        finess=_ident(col, "finess", data.finess, validate_finess),
        address=_text(col, "address", data.address, limit=FIELD_MAX_LENGTHS["address"]),
        postal_code=postal,
        city=_text(col, "city", data.city, limit=FIELD_MAX_LENGTHS["city"]),
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


def validate_asset(data: AssetInput, today: date | None = None) -> AssetInput:
    """``today`` given (the services): the commissioning date must be a sane one (1990 ..
    today + 10 years)."""
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
        in_service_on=_date(col, "in_service_on", data.in_service_on, today, required=False),
        firmware_version=_text(col, "firmware_version", data.firmware_version, limit=FIELD_MAX_LENGTHS["firmware_version"]),
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
    deposit: Decimal = Decimal("0")  # euros, no VAT
    software_service: str = ""
    insurer: str = ""
    policy_number: str = ""
    notes: str = ""
    options: tuple[OptionInput, ...] = field(default_factory=tuple)


def validate_contract(
    data: ContractInput, model_codes: tuple[str, ...] | None = None, today: date | None = None
) -> ContractInput:
    """Normalised copy, or ValidationError naming every bad field (every problem at once).

    ``model_codes``: the models of the contract's devices, as the services know them; a
    terminal among them needs its associated software service (R-55). A rental always needs
    its deposit, the insurer and the policy number (R-54, R-50). ``today`` given (the
    services): each date within 1990 .. today + 10 years; the deposit an amount in euros (no
    float, NaN, infinity, more than 2 decimals, absurd).
    """
    col = Collector()
    try:
        kind = ContractKind(data.kind)
    except ValueError:
        col.add("kind", "type de contrat inconnu (vente ou location)")
        kind = ContractKind.SALE
    asset_ids = data.asset_ids if isinstance(data.asset_ids, tuple) else tuple(data.asset_ids or ())
    if not asset_ids:
        col.add("asset_ids", "au moins un matériel est nécessaire")
    elif any(isinstance(a, bool) or not isinstance(a, int) or not 0 < a < 2**63 for a in asset_ids):
        col.add("asset_ids", "identifiant de matériel invalide")
    elif len(set(asset_ids)) != len(asset_ids):
        col.add("asset_ids", "le même matériel figure deux fois")
    signed_on = _date(col, "signed_on", data.signed_on, today)
    delivered_on = _date(col, "delivered_on", data.delivered_on, today, required=False)
    ended_on = _date(col, "ended_on", data.ended_on, today, required=False)
    if signed_on and delivered_on and delivered_on < signed_on:
        col.add("delivered_on", "la livraison ne peut précéder la signature", "R-90")
    if signed_on and ended_on and ended_on < signed_on:
        col.add("ended_on", "la fin ne peut précéder la signature", "R-90")
    deposit: Decimal | None = None
    if isinstance(data.deposit, float):
        col.add("deposit", "montant invalide : nombre décimal exact attendu")
    else:
        deposit = parse_money_into(col, data.deposit, "deposit")
    if deposit is not None:
        if deposit != deposit.quantize(Decimal("0.01")):
            col.add("deposit", "le dépôt de garantie est une somme en euros, au centime près (sans TVA)", "R-50")
        elif kind is ContractKind.SALE and deposit:
            col.add("deposit", "pas de dépôt de garantie sur une vente", "R-50")
    seen_options: set[OptionName] = set()
    options = []
    if kind is ContractKind.RENTAL:
        if deposit is not None and deposit == 0:
            col.add("deposit", "une location a un dépôt de garantie, versé à la signature", "R-50")
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
        if kind is ContractKind.RENTAL and not OPTION_BENEFITS[name].on_rental:
            col.add(f"{base}.name", "sur une location, seule SERENITE se souscrit", "R-41")
        if name in seen_options:
            col.add(f"{base}.name", "la même option figure deux fois", "R-90")
        seen_options.add(name)
        subscribed_on = _date(col, f"{base}.subscribed_on", opt.subscribed_on, today)
        terminated_on = _date(col, f"{base}.terminated_on", opt.terminated_on, today, required=False)
        if subscribed_on and signed_on and subscribed_on < signed_on:
            col.add(f"{base}.subscribed_on", "souscription antérieure à la signature du contrat")
        if terminated_on and subscribed_on and terminated_on < subscribed_on:
            col.add(f"{base}.terminated_on", "résiliation antérieure à la souscription")
        options.append(replace(opt, name=name))
    clean = replace(
        data,
        kind=kind,
        asset_ids=asset_ids,
        deposit=deposit if deposit is not None else Decimal("0"),
        software_service=_text(col, "software_service", data.software_service,
                               limit=FIELD_MAX_LENGTHS["software_service"]),
        insurer=_text(col, "insurer", data.insurer, limit=FIELD_MAX_LENGTHS["insurer"]),
        policy_number=_text(col, "policy_number", data.policy_number, limit=FIELD_MAX_LENGTHS["policy_number"]),
        notes=_text(col, "notes", data.notes, limit=MAX_NOTES),
        options=tuple(options),
    )
    col.check()
    return clean


def deposit_state_for(kind: ContractKind, deposit: Decimal) -> DepositState:
    if kind is ContractKind.RENTAL and deposit > 0:
        return DepositState.HELD
    return DepositState.NONE
