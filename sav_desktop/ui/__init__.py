"""PySide6 only: windows, dialogs, Qt models. Calls services; never the ORM, never pyscard."""
