"""The device's life: one state machine for every status change (pure rules, no storage).

    IN_STOCK --contract--> SOLD / RENTED --(ticket, exchange, check-in, end, loss)--> ...
    RENTED -> AWAITING_RETURN (rental ended, R-51); AWAITING_RETURN -> RENTED (renewed, or its
    end corrected to a later day: the rental runs again)
    SOLD / RENTED / AWAITING_RETURN -> AT_CUSTOMER_EXCHANGE (standard exchange sent, R-46)
    AT_CUSTOMER_EXCHANGE -> IN_REPAIR (faulty unit received)
    SOLD / RENTED / AWAITING_RETURN -> IN_REPAIR (workshop reception R-72, or a damaged return)
    RENTED / AWAITING_RETURN -> TO_WIPE (a rental returned without damage, R-80)
    IN_REPAIR <-> AT_MANUFACTURER (R-60); IN_REPAIR -> TO_WIPE (repair done); IN_REPAIR ->
    SOLD / RENTED (a ticket's device given back to its customer: same data, no wipe)
    TO_WIPE -> IN_STOCK (only once the wipe is recorded, R-80)
    any customer state -> LOST / STOLEN / DESTROYED (R-62); LOST / STOLEN -> TO_WIPE (found)
    IN_STOCK / IN_REPAIR / TO_WIPE / DESTROYED / LOST / STOLEN -> SCRAPPED; SCRAPPED -> TO_WIPE
    (an administrator's correction)

The machine's own rules (cited like the RULES.md ids in every refusal):

* CYCLE-1 Every status change follows this table; anything else is refused, naming the ways
  out of the current status.
* CYCLE-2 A device with an open damage or fault is in the workshop (IN_REPAIR): it cannot go
  back to stock, nor to the wipe, before its repair is recorded or it is scrapped.
* CYCLE-3 A device that comes back (rental return, exchange, repair, found again) always
  passes TO_WIPE before the stock: IN_STOCK is reached only from TO_WIPE, with the wipe (R-80).
* CYCLE-4 Scrapping (and undoing it) needs the SCRAP permission (administrators).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from .accounts import Permission
from .calendar import format_date_fr
from .enums import ASSET_STATUS_LABELS, AssetStatus
from .errors import ValidationError

S = AssetStatus
P = Permission

#: States in which the device is in a customer's hands.
AT_CUSTOMER = frozenset({S.SOLD, S.RENTED, S.AWAITING_RETURN, S.AT_CUSTOMER_EXCHANGE})
#: States in which the device waits for something at the reseller's (the workshop queue).
WAITING = frozenset({S.IN_REPAIR, S.AT_MANUFACTURER, S.TO_WIPE})
#: End states of a loss declaration (R-62).
LOSS_STATES = frozenset({S.LOST, S.STOLEN, S.DESTROYED})


@dataclass(frozen=True)
class Transition:
    source: AssetStatus
    target: AssetStatus
    label: str  # French, what the desk does ("réparation terminée")
    rule: str
    permission: Permission
    needs_wipe: bool = False  # a wipe recorded since the device's last return
    #: The use case that makes this change (its screen), or "" for a workshop step the desk
    #: takes directly (the step dialog, the workshop queue).
    use_case: str = ""

    @property
    def manual(self) -> bool:
        return not self.use_case


#: Where the desk makes the changes that belong to a use case (French, shown in refusals).
USE_CASE_LABELS: dict[str, str] = {
    "contract": "le contrat (Nouveau contrat, Ctrl+Shift+K)",
    "ticket": "le dossier SAV de l'appareil (Ctrl+D)",
    "check_in": "le retour de location (Ctrl+R)",
    "loss": "la déclaration de sinistre (Ctrl+Shift+P)",
    "contract_end": "la fin de la location sur le contrat",
    "contract_renew": "le renouvellement ou la fin de la location sur le contrat (Ctrl+Shift+C)",
}


def _t(source: S, target: S, label: str, rule: str, permission: P, needs_wipe: bool = False,
       use_case: str = "") -> Transition:
    return Transition(source, target, label, rule, permission, needs_wipe, use_case)


TRANSITIONS: tuple[Transition, ...] = (
    # from the stock
    _t(S.IN_STOCK, S.SOLD, "vente (contrat de vente)", "R-55", P.EDIT_RECORDS, use_case="contract"),
    _t(S.IN_STOCK, S.RENTED, "location (contrat de location)", "R-54", P.EDIT_RECORDS, use_case="contract"),
    _t(S.IN_STOCK, S.IN_REPAIR, "défaut constaté en stock : à l'atelier", "CYCLE-2", P.REPAIR),
    _t(S.IN_STOCK, S.SCRAPPED, "mise au rebut", "CYCLE-4", P.SCRAP),
    # in the customer's hands
    _t(S.SOLD, S.IN_REPAIR, "reçu à l'atelier (accord de retour)", "R-72", P.CHECK_IN, use_case="ticket"),
    _t(S.SOLD, S.AT_CUSTOMER_EXCHANGE, "échange standard : remplacement expédié", "R-46", P.CHECK_IN, use_case="ticket"),
    _t(S.RENTED, S.IN_REPAIR, "reçu à l'atelier (retour avec dommage ou accord de retour)", "CYCLE-2", P.CHECK_IN,
       use_case="check_in"),
    _t(S.RENTED, S.TO_WIPE, "retour de location sans dommage", "R-80", P.CHECK_IN, use_case="check_in"),
    _t(S.RENTED, S.AT_CUSTOMER_EXCHANGE, "échange standard : remplacement expédié", "R-46", P.CHECK_IN, use_case="ticket"),
    _t(S.RENTED, S.AWAITING_RETURN, "fin de location : retour attendu", "R-51", P.EDIT_RECORDS, use_case="contract_end"),
    _t(S.AWAITING_RETURN, S.RENTED, "location renouvelée ou fin reportée : de nouveau loué", "R-51", P.EDIT_RECORDS,
       use_case="contract_renew"),
    _t(S.AWAITING_RETURN, S.IN_REPAIR, "retour de location avec dommage", "CYCLE-2", P.CHECK_IN, use_case="check_in"),
    _t(S.AWAITING_RETURN, S.TO_WIPE, "retour de location sans dommage", "R-80", P.CHECK_IN, use_case="check_in"),
    _t(S.AWAITING_RETURN, S.AT_CUSTOMER_EXCHANGE, "échange standard : remplacement expédié", "R-46", P.CHECK_IN, use_case="ticket"),
    _t(S.AT_CUSTOMER_EXCHANGE, S.IN_REPAIR, "appareil échangé reçu à l'atelier", "R-46", P.CHECK_IN, use_case="ticket"),
    # the workshop
    _t(S.IN_REPAIR, S.TO_WIPE, "réparation terminée : à effacer", "CYCLE-3", P.REPAIR),
    _t(S.IN_REPAIR, S.AT_MANUFACTURER, "envoyé chez le constructeur", "R-60", P.REPAIR),
    _t(S.IN_REPAIR, S.SOLD, "rendu au client (dossier SAV)", "R-60", P.CHECK_IN, use_case="ticket"),
    _t(S.IN_REPAIR, S.RENTED, "rendu au client (dossier SAV)", "R-60", P.CHECK_IN, use_case="ticket"),
    _t(S.IN_REPAIR, S.SCRAPPED, "non réparable : mise au rebut", "CYCLE-4", P.SCRAP),
    _t(S.AT_MANUFACTURER, S.IN_REPAIR, "revenu du constructeur", "R-60", P.REPAIR),
    _t(S.TO_WIPE, S.IN_STOCK, "effacement enregistré : remise en stock", "R-80", P.REPAIR, needs_wipe=True),
    _t(S.TO_WIPE, S.IN_REPAIR, "défaut constaté : retour à l'atelier", "CYCLE-2", P.REPAIR),
    _t(S.TO_WIPE, S.SCRAPPED, "mise au rebut", "CYCLE-4", P.SCRAP),
    # losses
    *(_t(src, dst, f"{ASSET_STATUS_LABELS[dst].lower()} déclaré(e)", "R-62", P.CHECK_IN, use_case="loss")
      for src in (S.SOLD, S.RENTED, S.AWAITING_RETURN, S.AT_CUSTOMER_EXCHANGE)
      for dst in (S.LOST, S.STOLEN, S.DESTROYED)),
    _t(S.LOST, S.TO_WIPE, "retrouvé : à effacer", "CYCLE-3", P.CHECK_IN),
    _t(S.STOLEN, S.TO_WIPE, "retrouvé : à effacer", "CYCLE-3", P.CHECK_IN),
    _t(S.LOST, S.SCRAPPED, "sorti du parc", "CYCLE-4", P.SCRAP),
    _t(S.STOLEN, S.SCRAPPED, "sorti du parc", "CYCLE-4", P.SCRAP),
    _t(S.DESTROYED, S.SCRAPPED, "épave mise au rebut", "CYCLE-4", P.SCRAP),
    _t(S.SCRAPPED, S.TO_WIPE, "mise au rebut annulée (correction) : à effacer", "CYCLE-4", P.SCRAP),
)

BY_PAIR: dict[tuple[AssetStatus, AssetStatus], Transition] = {(t.source, t.target): t for t in TRANSITIONS}


def exits(state: AssetStatus) -> tuple[Transition, ...]:
    """The ways out of a status, in table order."""
    return tuple(t for t in TRANSITIONS if t.source is AssetStatus(state))


def _label(state: AssetStatus) -> str:
    return ASSET_STATUS_LABELS[AssetStatus(state)]


def refusal_reason(source: AssetStatus, target: AssetStatus) -> tuple[str, str]:
    """Why the machine has no ``source -> target`` (French text, rule id)."""
    source, target = AssetStatus(source), AssetStatus(target)
    if source is S.IN_REPAIR and target is S.IN_STOCK:
        return ("ce matériel est à l'atelier (dommage ou panne ouverte) : enregistrez la réparation "
                "(il passe alors à l'effacement) ou mettez-le au rebut avant tout retour en stock"), "CYCLE-2"
    if target is S.IN_STOCK:
        return (f"un matériel « {_label(source)} » ne revient pas directement en stock : il passe "
                f"d'abord par « {_label(S.TO_WIPE)} » et l'effacement des données"), "CYCLE-3"
    ways = ", ".join(f"« {_label(t.target)} »" for t in exits(source)) or "aucun"
    return (f"passage de « {_label(source)} » à « {_label(target)} » impossible ; depuis « {_label(source)} » : "
            f"{ways}"), "CYCLE-1"


def find(source: AssetStatus, target: AssetStatus) -> Transition:
    """The transition ``source -> target``, or ValidationError (field ``status``, French, rule id)."""
    found = BY_PAIR.get((AssetStatus(source), AssetStatus(target)))
    if found is None:
        text, rule = refusal_reason(source, target)
        raise ValidationError.single("status", text, rule)
    return found


def wipe_refusal(
    transition: Transition, *, is_terminal: bool, wiped_since_return: bool, returned_on: date | None = None
) -> ValidationError | None:
    """R-80: a terminal leaves TO_WIPE for the stock only once its wipe is recorded."""
    if not transition.needs_wipe or not is_terminal or wiped_since_return:
        return None
    since = f" depuis son retour du {format_date_fr(returned_on)}" if returned_on is not None else ""
    return ValidationError.single(
        "status",
        "ce terminal peut contenir des données de facturation de patients : enregistrez l'effacement "
        f"des données (méthode, opérateur, date){since} avant de le remettre en stock",
        "R-80",
    )


def manual_refusal(transition: Transition) -> ValidationError | None:
    """A change that belongs to a use case is not taken as a bare status change (CYCLE-1)."""
    if transition.manual:
        return None
    return ValidationError.single(
        "status",
        f"« {transition.label} » se fait par {USE_CASE_LABELS.get(transition.use_case, transition.use_case)}, "
        "pas par un simple changement de statut",
        "CYCLE-1",
    )


__all__ = [
    "AT_CUSTOMER",
    "BY_PAIR",
    "LOSS_STATES",
    "TRANSITIONS",
    "Transition",
    "WAITING",
    "USE_CASE_LABELS",
    "exits",
    "find",
    "manual_refusal",
    "refusal_reason",
    "wipe_refusal",
]
