"""SAV Desktop: after-sales desk for SESAM-Vitale terminals and PC/SC card readers."""

__version__ = "0.1.0"
