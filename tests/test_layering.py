"""Layers import only downward (STYLE.md); the non-GUI core works without Qt."""

from __future__ import annotations

import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_import_linter_contracts_hold():
    exe = shutil.which("lint-imports", path=str(Path(sys.executable).parent)) or shutil.which("lint-imports")
    assert exe, "import-linter is part of the test extra"
    proc = subprocess.run([exe], cwd=ROOT, capture_output=True, text=True)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert "0 broken" in proc.stdout


def test_core_runs_with_pyside6_absent(tmp_path):
    """Domain, store, services and the coverage command import and work with no Qt at all."""
    script = textwrap.dedent(
        f"""
        import sys
        class NoQt:
            def find_spec(self, name, path=None, target=None):
                if name == "PySide6" or name.startswith("PySide6."):
                    raise ImportError("PySide6 blocked for this test")
                return None
        sys.meta_path.insert(0, NoQt())
        from sav_desktop.services.desk import Desk
        from sav_desktop.store.db import open_database
        from sav_desktop.domain.records import AssetInput
        from sav_desktop.cli import main
        db = open_database(r"sqlite:///{tmp_path / 'noqt.sqlite3'}")
        ref = Desk.trusted(db, "test").register_asset(AssetInput("NEO", "NEO42"))
        assert Desk.trusted(db, "test").find_by_scan(ref.asset_tag) == ref.id
        db.dispose()
        assert "PySide6" not in sys.modules
        print("OK")
        """
    )
    proc = subprocess.run([sys.executable, "-c", script], cwd=ROOT, capture_output=True, text=True)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.strip().endswith("OK")


def test_mypy_strict_on_domain_and_services():
    proc = subprocess.run(
        [sys.executable, "-m", "mypy", "sav_desktop/domain", "sav_desktop/services"],
        cwd=ROOT, capture_output=True, text=True,
    )
    assert proc.returncode == 0, proc.stdout[-3000:]
