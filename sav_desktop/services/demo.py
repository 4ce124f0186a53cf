"""A realistic, deterministic demo database: customers, sales, rentals, options, ended rentals.

Same ``assets``, ``seed`` and ``today`` -> the same rows. Written with bulk inserts so that
100,000 devices take seconds, through the same tables and validation rules as the desk.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta, timezone
from decimal import Decimal
from typing import Any

from dateutil.relativedelta import relativedelta
from sqlalchemy import func, insert, select

from ..store.models_contracts import DepositEntry

from ..domain.catalogue import MODELS_BY_CODE
from ..domain.enums import ASSET_STATUS_LABELS, AssetStatus, ContractKind, DepositState, ItemKind, OptionName, Role
from ..domain.errors import ValidationError
from ..domain.identifiers import asset_tag_for_id, luhn_check_digit
from ..domain.records import search_key
from ..store.audit_chain import begin_append, seal_rows
from ..store.db import Database
from ..store.models import (
    Asset,
    AssetAccessory,
    AuditEntry,
    CatalogueItem,
    Contract,
    ContractLine,
    ContractLineAccessory,
    Customer,
    OptionSubscription,
    Practitioner,
    User,
)

LAST_NAMES = (
    "Martin Bernard Thomas Petit Robert Richard Durand Dubois Moreau Laurent Simon Michel Lefebvre "
    "Leroy Roux David Bertrand Morel Fournier Girard Bonnet Dupont Lambert Fontaine Rousseau Vincent "
    "Muller Lefèvre Faure André Mercier Blanc Guérin Boyer Garnier Chevalier François Legrand Gauthier "
    "Garcia Perrin Robin Clément Morin Nicolas Henry Roussel Mathieu Gautier Masson Marchand Duval "
    "Denis Dumont Marie Lemaire Noël Meyer Dufour Meunier Brun Blanchard Giraud Joly Rivière Lucas "
    "Brunet Gaillard Barbier Arnaud Martinez Gérard Roche Renard Schmitt Roy Leroux Colin Vidal Caron "
    "Picard Roger Fabre Aubert Lemoine Renaud Dumas Lacroix Olivier Philippe Bourgeois Pierre Benoît "
    "Rey Leclerc Payet Rolland Leclercq Guillaume Lecomte Lopez Jean Dupuy Guillot Hubert Berger Carpentier"
).split()
FIRST_NAMES = (
    "Marie Jean Pierre Michel Philippe Nathalie Isabelle Sylvie Catherine Anne Christophe Stéphane "
    "Sophie Julien Nicolas Céline Camille Léa Manon Thomas Hugo Chloé Inès Louis Emma Lucas Sarah "
    "Claire Hélène Antoine Mathilde Paul Élise Benoît Aurélie Laure Vincent Agnès Yann Morgane"
).split()
CITIES = (
    ("Paris", "75011"), ("Lyon", "69003"), ("Marseille", "13006"), ("Toulouse", "31000"),
    ("Nantes", "44000"), ("Bordeaux", "33000"), ("Lille", "59000"), ("Rennes", "35000"),
    ("Strasbourg", "67000"), ("Metz", "57000"), ("Montpellier", "34000"), ("Nice", "06000"),
    ("Grenoble", "38000"), ("Dijon", "21000"), ("Angers", "49000"), ("Reims", "51100"),
    ("Tours", "37000"), ("Limoges", "87000"), ("Brest", "29200"), ("Annecy", "74000"),
)
STREETS = ("rue de la République", "avenue Jean Jaurès", "boulevard Pasteur", "rue Victor Hugo",
           "place de la Mairie", "rue des Écoles", "avenue du Général Leclerc", "rue Nationale")
PROFESSIONS = (
    ("Médecin généraliste", "Cabinet du Dr {n}"), ("Masseur-kinésithérapeute", "Cabinet de kinésithérapie {n}"),
    ("Infirmier(ère)", "Cabinet infirmier {n}"), ("Chirurgien-dentiste", "Cabinet dentaire {n}"),
    ("Orthophoniste", "Cabinet d'orthophonie {n}"), ("Pédicure-podologue", "Cabinet de podologie {n}"),
    ("Sage-femme", "Cabinet de sage-femme {n}"), ("Médecin généraliste", "Maison de santé {c}"),
)
SOFTWARE = ("Logiciel de facturation SESAM-Vitale — abonnement annuel", "Suite de télétransmission FSE")
# (code, weight, serial prefix)
MODEL_MIX = (
    ("MOVE5000_4G", 14, "M5G"), ("MOVE5000_WIFI", 10, "M5W"), ("IWL250", 12, "IWL"),
    ("IWL250_3G_CLESS", 6, "IW3"), ("VITALACT_3S", 14, "VA3"), ("TLT_TOUCH", 6, "TLT"),
    ("UBINECT_TOUCH", 3, "UBT"), ("SYLYCA", 3, "SYL"), ("NEO", 6, "NEO"), ("PCSC_READER", 16, "DSC"),
    ("SOCLE_MOVE5000", 4, "SM5"), ("SOCLE_IWL250", 3, "SIW"), ("SET2", 2, "ST2"), ("OTHER_HW", 1, "HW"),
)
ACCESSORIES = (
    ("BATT_MOVE5000", "Batterie MOVE/5000", ItemKind.CONSUMABLE, "39.000"),
    ("PSU_TPE", "Bloc d'alimentation terminal", ItemKind.ACCESSORY, "29.000"),
    ("USB_CABLE", "Câble USB", ItemKind.ACCESSORY, "9.500"),
    ("PAPER_ROLL_10", "Rouleaux papier thermique (x10)", ItemKind.CONSUMABLE, "12.000"),
    ("SOCLE_CHARGE", "Socle de charge", ItemKind.ACCESSORY, "79.000"),
)
DEMO_USERS = (("Marie Lefort", Role.ADMIN), ("Karim Benali", Role.TECHNICIEN), ("Julie Moreau", Role.ACCUEIL))


@dataclass(frozen=True)
class DemoSummary:
    customers: int
    assets: int
    contracts: int
    seconds: float


def _rpps(rng: random.Random) -> str:
    body = "1" + "".join(rng.choice("0123456789") for _ in range(9))
    return body + luhn_check_digit(body)


def _siret(rng: random.Random) -> str:
    """A SIRET that passes both keys: SIREN (8 digits + Luhn key), then NIC (4 digits + key)."""
    siren_body = rng.choice("123456789") + "".join(rng.choice("0123456789") for _ in range(7))
    siren = siren_body + luhn_check_digit(siren_body)
    body = siren + "".join(rng.choice("0123456789") for _ in range(4))
    return body + luhn_check_digit(body)


def _iccid(rng: random.Random) -> str:
    body = "893320" + "".join(rng.choice("0123456789") for _ in range(12))
    return body + luhn_check_digit(body)


def _unique_iccid(rng: random.Random, used: set[str]) -> str:
    iccid = _iccid(rng)
    while iccid in used:
        iccid = _iccid(rng)
    used.add(iccid)
    return iccid


def _at(day: date, hour: int = 10) -> datetime:
    return datetime.combine(day, time(hour, 0), tzinfo=timezone.utc)


def build_demo(
    db: Database,
    assets: int = 2000,
    seed: int = 2025,
    today: date | None = None,
    progress: Callable[..., None] | None = None,
) -> DemoSummary:
    """Fill an empty database with demo data. Refuses a database that already holds devices."""
    import time as _time

    started = _time.perf_counter()
    if assets < 1 or assets > 2_000_000:
        raise ValidationError.single("assets", "nombre de matériels entre 1 et 2 000 000")
    today = today or date.today()
    rng = random.Random(seed)
    with db.engine.begin() as conn:
        if conn.scalar(select(func.count(Asset.id))):
            raise ValidationError.single(
                "database", "la base contient déjà des matériels : la démonstration se crée dans une base vide"
            )
        now = _at(today, 8)
        users = [{"name": n, "role": r.value, "active": True, "created_at": now} for n, r in DEMO_USERS]
        conn.execute(insert(User), users)
        names = [u["name"] for u in users]

        items = [
            {"id": i + 1, "code": c, "label": lbl, "kind": k.value, "price_ht": Decimal(p), "active": True}
            for i, (c, lbl, k, p) in enumerate(ACCESSORIES)
        ]
        conn.execute(insert(CatalogueItem), items)

        # Customers --------------------------------------------------------------------
        n_customers = max(10, assets // 4)
        customers: list[dict[str, Any]] = []
        practitioners: list[dict[str, Any]] = []
        used_siret: set[str] = set()
        for cid in range(1, n_customers + 1):
            last = rng.choice(LAST_NAMES)
            first = rng.choice(FIRST_NAMES)
            city, cp = rng.choice(CITIES)
            profession, pattern = rng.choice(PROFESSIONS)
            practice = pattern.format(n=last, c=city)
            siret = _siret(rng) if rng.random() < 0.7 else None
            if siret in used_siret:
                siret = None
            if siret:
                used_siret.add(siret)
            customers.append({
                "id": cid, "practice_name": practice, "search_name": search_key(practice),
                "siret": siret, "finess": None,
                "address": f"{rng.randint(1, 180)} {rng.choice(STREETS)}", "postal_code": cp, "city": city,
                "phone": f"0{rng.randint(1, 5)} {rng.randint(10, 99)} {rng.randint(10, 99)} {rng.randint(10, 99)} {rng.randint(10, 99)}",
                "email": f"contact.{search_key(last).lower().replace(' ', '')}{cid}@exemple.fr",
                "notes": "", "created_at": now, "version": 1,
            })
            for k in range(1 if rng.random() < 0.8 else 2):
                pf = first if k == 0 else rng.choice(FIRST_NAMES)
                use_adeli = rng.random() < 0.15
                practitioners.append({
                    "customer_id": cid, "full_name": f"{pf} {last}", "profession": profession,
                    "rpps": None if use_adeli else _rpps(rng),
                    "adeli": "".join(rng.choice("0123456789") for _ in range(9)) if use_adeli else None,
                })
        conn.execute(insert(Customer), customers)
        conn.execute(insert(Practitioner), practitioners)

        # Assets -----------------------------------------------------------------------
        codes = [m[0] for m in MODEL_MIX]
        weights = [m[1] for m in MODEL_MIX]
        prefixes = {m[0]: m[2] for m in MODEL_MIX}
        asset_rows: list[dict[str, Any]] = []
        audit_rows: list[dict[str, Any]] = []
        used_iccid: set[str] = set()  # unique in the database (migration 0007)
        for aid in range(1, assets + 1):
            code = rng.choices(codes, weights)[0]
            model = MODELS_BY_CODE[code]
            in_service = today - timedelta(days=rng.randint(20, 5 * 365))
            serial = f"{prefixes[code]}{in_service:%y%m}{aid:07d}"
            asset_rows.append({
                "id": aid, "asset_tag": asset_tag_for_id(aid), "model_code": code, "serial": serial,
                "status": AssetStatus.IN_STOCK.value, "in_service_on": in_service,
                "firmware_version": f"{rng.randint(2, 9)}.{rng.randint(0, 40)}.{rng.randint(0, 9)}" if model.is_terminal else "",
                "iccid": _unique_iccid(rng, used_iccid) if model.has_sim else None, "notes": "",
                "label_printed_at": _at(in_service) if rng.random() < 0.9 else None,
                "created_at": _at(in_service, 9), "version": 1,
            })
            audit_rows.append({
                "at": _at(in_service, 9), "user_name": names[2], "entity": "asset", "entity_id": str(aid),
                "action": "create", "summary": f"Matériel enregistré : {model.label}, n° de série {serial}, étiquette {asset_tag_for_id(aid)}",
                "before_json": None, "after_json": None, "asset_id": aid,
            })
            if progress and aid % 5000 == 0:
                progress(aid, assets)  # (done, total[, stage]): devices made, then each table written

        # Contracts: consecutive devices go to the same customer ----------------------------
        contracts: list[dict[str, Any]] = []
        lines: list[dict[str, Any]] = []
        line_acc: list[dict[str, Any]] = []
        options: list[dict[str, Any]] = []
        acc_rows: list[dict[str, Any]] = []
        kid = 0
        line_id = 0
        i = 0
        status_of: dict[int, AssetStatus] = {}
        while i < assets:
            group = rng.randint(1, 3)
            members = list(range(i + 1, min(assets, i + group) + 1))
            i += group
            roll = rng.random()
            if roll < 0.14:
                continue  # stays in stock
            kid += 1
            kind = ContractKind.SALE if roll < 0.55 else ContractKind.RENTAL
            customer_id = rng.randint(1, n_customers)
            first_service: date = min(asset_rows[m - 1]["in_service_on"] for m in members)
            signed = first_service - timedelta(days=rng.randint(0, 10))
            delivered = signed + timedelta(days=rng.randint(1, 14))
            ended: date | None = None
            deposit = Decimal("0")
            dep_state = DepositState.NONE
            if kind is ContractKind.RENTAL:
                deposit = Decimal(rng.choice(("150.00", "200.00", "300.00")))  # euros
                dep_state = DepositState.HELD
                if rng.random() < 0.12:
                    ended = max(delivered, today - timedelta(days=rng.randint(1, 60)))
            number = f"{'V' if kind is ContractKind.SALE else 'L'}{signed.year}-{kid:06d}"
            contracts.append({
                "id": kid, "number": number, "kind": kind.value, "customer_id": customer_id,
                "signed_on": signed, "delivered_on": delivered, "ended_on": ended,
                "deposit": deposit, "deposit_state": dep_state.value,
                "software_service": rng.choice(SOFTWARE),
                "insurer": rng.choice(("MACSF", "MMA", "AXA", "Groupama")) if kind is ContractKind.RENTAL else "",
                "policy_number": f"POL-{rng.randint(100000, 999999)}" if kind is ContractKind.RENTAL else "",
                "notes": "", "created_at": _at(signed), "version": 1,
            })
            customer_name = customers[customer_id - 1]["practice_name"]
            for m in members:
                line_id += 1
                returned_on = ended + timedelta(days=rng.randint(1, 20)) if ended and rng.random() < 0.5 else None
                returned = returned_on is not None
                lines.append({"id": line_id, "contract_id": kid, "asset_id": m, "added_on": delivered,
                              "removed_on": returned_on})
                code = asset_rows[m - 1]["model_code"]
                if code.startswith("MOVE5000"):
                    line_acc.append({"line_id": line_id, "item_id": 5, "quantity": 1})
                    acc_rows.append({"asset_id": m, "item_id": 1, "quantity": 1, "received_on": delivered})
                if MODELS_BY_CODE[code].is_terminal:
                    line_acc.append({"line_id": line_id, "item_id": 2, "quantity": 1})
                    acc_rows.append({"asset_id": m, "item_id": 2, "quantity": 1, "received_on": delivered})
                if kind is ContractKind.SALE:
                    status = AssetStatus.SOLD
                elif ended is None:
                    status = AssetStatus.RENTED
                else:
                    status = AssetStatus.IN_STOCK if returned else AssetStatus.AWAITING_RETURN
                    if (returned_on is not None and 0 <= (today - returned_on).days <= 30
                            and MODELS_BY_CODE[code].is_terminal):
                        status = AssetStatus.TO_WIPE  # back recently: its data wipe comes first
                r = rng.random()
                if status in (AssetStatus.SOLD, AssetStatus.RENTED) and r < 0.03:
                    status = rng.choice((AssetStatus.IN_REPAIR, AssetStatus.AT_MANUFACTURER,
                                         AssetStatus.AT_CUSTOMER_EXCHANGE, AssetStatus.LOST))
                status_of[m] = status
                label = "Vente" if kind is ContractKind.SALE else "Location"
                opt_text = ""
                if kind is ContractKind.SALE and rng.random() < 0.5:
                    name = rng.choice((OptionName.ECHANGE_STANDARD, OptionName.CONFORT, OptionName.SERENITE))
                    sub = signed if rng.random() < 0.7 else signed + timedelta(days=rng.randint(1, 85))
                    term = sub + relativedelta(months=rng.randint(13, 36)) if rng.random() < 0.1 else None
                    if term and term > today:
                        term = None
                    options.append({"contract_id": kid, "asset_id": m, "name": name.value,
                                    "subscribed_on": sub, "terminated_on": term})
                    opt_text = f", option {name.value}"
                elif kind is ContractKind.RENTAL and m == members[0] and rng.random() < 0.4:
                    # A rental's SERENITE covers the whole contract: one subscription.
                    sub = signed if rng.random() < 0.6 else signed + timedelta(days=rng.randint(1, 360))
                    options.append({"contract_id": kid, "asset_id": None, "name": OptionName.SERENITE.value,
                                    "subscribed_on": min(sub, today), "terminated_on": None})
                    opt_text = ", option SERENITE"
                elif kind is ContractKind.RENTAL and options and options[-1]["contract_id"] == kid:
                    opt_text = ", option SERENITE"
                audit_rows.append({
                    "at": _at(delivered, 11), "user_name": names[rng.randint(0, 2)], "entity": "asset",
                    "entity_id": str(m), "action": "contract",
                    "summary": f"{label} {number} à {customer_name}{opt_text}",
                    "before_json": None, "after_json": None, "asset_id": m,
                })
                if ended is not None:
                    audit_rows.append({
                        "at": _at(ended, 16), "user_name": names[0], "entity": "asset", "entity_id": str(m),
                        "action": "status", "summary": f"Fin de location {number} — statut : {ASSET_STATUS_LABELS[status]}",
                        "before_json": None, "after_json": None, "asset_id": m,
                    })
        for aid, st in status_of.items():
            asset_rows[aid - 1]["status"] = st.value
        def write(model: Any, rows: list[dict[str, Any]], stage: str) -> None:
            """Bulk insert (Core executemany) in chunks, saying how far it is."""
            step = 50_000
            for start in range(0, len(rows), step):
                conn.execute(insert(model), rows[start:start + step])
                if progress and stage:
                    progress(min(len(rows), start + step), len(rows), stage)

        write(Asset, asset_rows, "écriture des matériels")
        write(Contract, contracts, "écriture des contrats")
        write(ContractLine, lines, "")
        write(ContractLineAccessory, line_acc, "")
        write(AssetAccessory, acc_rows, "")
        if options:
            write(OptionSubscription, options, "")
        paid = [{"contract_id": c["id"], "kind": "PAID", "amount": c["deposit"], "entry_on": c["signed_on"],
                 "note": "versé à la signature (R-50)", "recorded_at": c["created_at"], "recorded_by": names[0]}
                for c in contracts if c["kind"] == ContractKind.RENTAL.value and c["deposit"] > 0]
        if paid:  # the deposit ledger (issue 11): what each rental's customer paid at signature
            conn.execute(insert(DepositEntry), paid)
        audit_rows.sort(key=lambda r: r["at"])
        # The hash chain (keyed with the station's audit key) holds for demo data too.
        seal_rows(begin_append(conn, db.audit_key).head, audit_rows, db.audit_key)
        write(AuditEntry, audit_rows, "écriture du journal d'audit")
        if db.engine.dialect.name == "postgresql":
            for table in ("users", "catalogue_items", "customers", "practitioners", "assets", "contracts",
                          "contract_lines", "contract_line_accessories", "asset_accessories",
                          "option_subscriptions", "audit_log"):
                conn.exec_driver_sql(
                    f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), COALESCE((SELECT max(id) FROM {table}), 0) + 1, false)"
                )
        # Same transaction: a demo killed at any point leaves the base as it was (empty), and
        # ``demo`` accepts it again.
        _add_desk_workflows(conn, today, db.audit_key)
    if progress:
        progress(assets, assets, "terminé")
    if db.is_sqlite:
        with db.engine.connect() as conn:
            conn.exec_driver_sql("ANALYZE")
    return DemoSummary(n_customers, assets, kid, _time.perf_counter() - started)


def _add_desk_workflows(conn: Any, today: date, key: bytes | None = None) -> None:
    """Issue 6: a few open tickets and recently ended rentals so that today's desk has something
    of each kind: standard exchanges past their J+2 (R-46), devices at the maker for more than
    3 months (R-60) and recently, rentals ended whose R-51 window closes soon or has closed.
    Deterministic: devices are taken in id order from what build_demo made."""
    from sqlalchemy import update

    from ..domain.calendar import exchange_deadline, is_business_day
    from ..domain.tickets import TicketState
    from ..store.models_workflow import Ticket

    rented_lines = conn.execute(
        select(ContractLine.asset_id, Contract.id)
        .join(Contract, Contract.id == ContractLine.contract_id)
        .join(Asset, Asset.id == ContractLine.asset_id)
        .where(Contract.kind == ContractKind.RENTAL.value, Contract.ended_on.is_(None),
               ContractLine.removed_on.is_(None), Asset.status == AssetStatus.RENTED.value)
        .order_by(ContractLine.asset_id).limit(40)
    ).all()
    rented: list[tuple[int, int]] = []  # one device per contract
    for asset_id, contract_id in rented_lines:
        if all(contract_id != c for _, c in rented):
            rented.append((int(asset_id), int(contract_id)))
    at_maker = conn.execute(
        select(ContractLine.asset_id, ContractLine.contract_id)
        .join(Asset, Asset.id == ContractLine.asset_id)
        .where(ContractLine.removed_on.is_(None), Asset.status == AssetStatus.AT_MANUFACTURER.value)
        .order_by(ContractLine.asset_id).limit(6)
    ).all()
    tickets: list[dict[str, Any]] = []
    audit: list[dict[str, Any]] = []

    def ticket(asset_id: int, contract_id: int, reported: datetime, state: TicketState, problem: str,
               **extra: Any) -> dict[str, Any]:
        tid = len(tickets) + 1
        row: dict[str, Any] = {
            "id": tid, "number": f"SAV{reported.year}-{tid:06d}", "asset_id": asset_id,
            "contract_id": contract_id, "state": state.value, "problem": problem, "reported_at": reported,
            "hardware_fault": True, "exchange_covered": False, "diagnosis_notes": "", "exchange_deadline": None,
            "replacement_asset_id": None, "shipped_on": None, "rma_number": None, "received_on": None,
            "exclusions": "", "seal_intact": None, "manufacturing_defect": False, "repairable": True,
            "inspection_notes": "", "decision": None, "decision_why": "", "decision_rules": "",
            "tariff_name": "", "total_ht": None, "sent_to_maker_on": None,
            "opened_at": _at(reported.date(), 9), "closed_at": None, "version": 1,
        }
        row.update(extra)
        tickets.append(row)
        audit.append({
            "at": _at(reported.date(), 9), "user_name": DEMO_USERS[2][0], "entity": "ticket",
            "entity_id": str(tid), "action": "ticket_open",
            "summary": f"Dossier SAV {row['number']} ouvert : appel du {reported:%d/%m/%Y} à {reported:%H:%M} — "
                       f"{problem}",
            "before_json": None, "after_json": None, "asset_id": asset_id,
        })
        return row

    # Standard exchanges (rentals always have the benefit, R-41): three past J+2, one on time.
    for n, (asset_id, contract_id) in enumerate(rented[:4]):
        day, back = today, (6 - n if n < 3 else 0)
        while back:  # `back` business days before today
            day -= timedelta(days=1)
            back -= is_business_day(day)
        reported = datetime.combine(day, time(9, 15))
        deadline = exchange_deadline(reported)
        ticket(asset_id, contract_id, reported, TicketState.REMOTE_DIAGNOSIS, "Le terminal ne s'allume plus",
               exchange_covered=True, exchange_deadline=deadline, decision="COVERED_EXCHANGE",
               decision_rules="R-41,R-46", tariff_name="01/2025", diagnosis_notes="Panne matérielle confirmée",
               decision_why=f"Matériel loué : échange standard, livraison au plus tard le {deadline:%d/%m/%Y} "
                            "(R-41, R-46).")
    # Workshop: devices at the maker, four for more than 3 months, two recently (rented devices
    # are sent there when the demo is too small to hold six).
    makers = [(int(a), int(c)) for a, c in at_maker] + rented[8:8 + max(0, 6 - len(at_maker))]
    for asset_id, _ in makers[len(at_maker):]:
        conn.execute(update(Asset).where(Asset.id == asset_id).values(status=AssetStatus.AT_MANUFACTURER.value))
    for n, (asset_id, contract_id) in enumerate(makers):
        sent = today - timedelta(days=(100 + 12 * n) if n < 4 else (10 + 5 * n))
        reported = datetime.combine(sent - timedelta(days=9), time(10, 30))
        row = ticket(asset_id, contract_id, reported, TicketState.SENT_TO_MAKER, "Lecteur de carte défaillant",
                     received_on=sent - timedelta(days=5), seal_intact=True, manufacturing_defect=True,
                     decision="BILLED_REPAIR_NO_QUOTE", decision_rules="R-48", tariff_name="01/2025",
                     decision_why="Démonstration : réparation chez le constructeur.", sent_to_maker_on=sent)
        row["rma_number"] = f"RMA{reported.year}-{row['id']:06d}"
    # Rentals that ended recently and whose device is not back yet.
    for n, (asset_id, contract_id) in enumerate(rented[4:8]):
        ended = today - timedelta(days=(24, 29, 33, 45)[n])
        conn.execute(update(Contract).where(Contract.id == contract_id).values(ended_on=ended))
        conn.execute(update(Asset).where(Asset.id.in_(
            select(ContractLine.asset_id).where(ContractLine.contract_id == contract_id,
                                                ContractLine.removed_on.is_(None))
        )).values(status=AssetStatus.AWAITING_RETURN.value))
        audit.append({
            "at": _at(ended, 16), "user_name": DEMO_USERS[0][0], "entity": "asset", "entity_id": str(asset_id),
            "action": "status", "summary": "Fin de location — statut : Retour attendu",
            "before_json": None, "after_json": None, "asset_id": asset_id,
        })
    if not tickets and not audit:
        return
    if tickets:
        conn.execute(insert(Ticket), tickets)
        seal_rows(begin_append(conn, key).head, audit, key)
    conn.execute(insert(AuditEntry), audit)
    if conn.dialect.name == "postgresql":
        conn.exec_driver_sql(
            "SELECT setval(pg_get_serial_sequence('tickets', 'id'), COALESCE((SELECT max(id) FROM tickets), 0) + 1, false)"
        )
