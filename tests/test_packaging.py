"""The app as it ships: a wheel installed in a fresh environment, and the PyInstaller bundle.

The wheel check builds the wheel, installs it (without its dependencies, which the fresh
environment borrows from the test environment read-only) and runs `--version`, `db upgrade`,
`demo` and `screenshots` from outside the checkout: migrations, label templates and
translations must come from inside the installed package.

The bundle check runs `scripts/bundle.sh` (PyInstaller, packaging/sav-desktop.spec) and then
`--version`, `demo`, `screenshots`, `labels` and `audit verify` from the bundle's console
executable. It takes minutes: it runs as root on Debian (CI) or with SAV_TEST_BUNDLE=1.
"""

from __future__ import annotations

import os
import site
import subprocess
import sys
import sysconfig
from pathlib import Path

import pytest

from sav_desktop.store.db import newest_migration_id

ROOT = Path(__file__).resolve().parents[1]
PASSWORD = "Paquet-Test-2026!"


def _env(**extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("SAV_", "PYTHON"))}
    env.update(QT_QPA_PLATFORM="offscreen", SAV_NO_AUTO_BACKUP="1", **extra)
    return env


def _run(cmd: list[str], cwd: Path, env: dict[str, str], timeout: int = 600) -> subprocess.CompletedProcess[str]:
    done = subprocess.run(cmd, cwd=cwd, env=env, capture_output=True, text=True, timeout=timeout)
    assert done.returncode == 0, f"{cmd}\n--- stdout\n{done.stdout}\n--- stderr\n{done.stderr}"
    return done


def _version_checks(out: str) -> None:
    assert out.startswith("SAV Desktop ")
    assert f"schéma de la base : révision {newest_migration_id()}" in out
    assert "PySide6 6." in out and "SQLAlchemy 2." in out and "Qt 6." in out


def _admin(exe: list[str], url: str, cwd: Path, env: dict[str, str]) -> None:
    """The first administrator of a new base (the commands that read data need a sign-in)."""
    _run(exe + ["--database", url, "users", "add", "--admin", "Alice Martin"], cwd, env)


@pytest.fixture(scope="module")
def wheel_env(tmp_path_factory: pytest.TempPathFactory) -> Path:
    work = tmp_path_factory.mktemp("wheel")
    _run([sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", str(work / "dist"), str(ROOT)], ROOT, _env())
    wheels = list((work / "dist").glob("sav_desktop-*.whl"))
    assert len(wheels) == 1, wheels
    venv = work / "venv"
    _run([sys.executable, "-m", "venv", str(venv)], work, _env())
    python = venv / "bin" / "python"
    _run([str(python), "-m", "pip", "install", "-q", "--no-deps", "--no-index", str(wheels[0])], work, _env())
    # The dependencies: the test environment's, appended after the fresh site-packages.
    fresh_site = Path(
        subprocess.run(
            [str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
            capture_output=True, text=True, check=True,
        ).stdout.strip()
    )
    ours = sysconfig.get_paths()["purelib"]
    (fresh_site / "zz_test_dependencies.pth").write_text(ours + "\n" + "\n".join(site.getsitepackages()) + "\n")
    return venv


def test_wheel_ships_its_data_and_runs(wheel_env: Path, tmp_path: Path) -> None:
    exe = [str(wheel_env / "bin" / "sav-desktop")]
    env = _env(SAV_PASSWORD=PASSWORD, SAV_NEW_PASSWORD=PASSWORD)
    where = _run(
        [str(wheel_env / "bin" / "python"), "-c", "import sav_desktop, sys; print(sav_desktop.__file__)"], tmp_path, env
    ).stdout.strip()
    assert str(wheel_env) in where, f"the installed package, not the checkout: {where}"
    migrations = Path(where).parent / "migrations" / "versions"
    assert sorted(p.name for p in migrations.glob("[0-9]*.py")), "migrations inside the wheel"
    assert list((Path(where).parent / "resources" / "labels").glob("*.json")), "label templates inside the wheel"

    _version_checks(_run(exe + ["--version"], tmp_path, env).stdout)
    url = f"sqlite:///{tmp_path / 'roue.sqlite3'}"
    _run(exe + ["--database", url, "db", "upgrade"], tmp_path, env)
    _run(exe + ["--database", url, "demo", "--assets", "60"], tmp_path, env)
    _admin(exe, url, tmp_path, env)
    shots = tmp_path / "shots"
    _run(exe + ["--database", url, "--user", "Alice Martin", "screenshots", "--out", str(shots)], tmp_path, env)
    assert len(list(shots.glob("*.png"))) >= 10


def _bundle_enabled() -> str | None:
    if os.environ.get("SAV_TEST_BUNDLE") == "1":
        return None
    if os.geteuid() == 0 and Path("/etc/debian_version").exists():
        return None
    return "le bundle PyInstaller se construit en CI (root sur Debian) ou avec SAV_TEST_BUNDLE=1"


@pytest.fixture(scope="module")
def bundle() -> Path:
    built = os.environ.get("SAV_TEST_BUNDLE_DIR")  # a bundle built already (a developer's)
    if built:
        return Path(built)
    reason = _bundle_enabled()
    if reason:
        pytest.skip(reason)
    env = _env(SAV_VENV=sys.prefix)  # the test environment builds the bundle
    done = _run(["bash", "scripts/bundle.sh"], ROOT, env, timeout=1500)
    print(done.stdout.strip().splitlines()[-1])  # "Bundle : dist/sav-desktop (N Mo)"
    folder = ROOT / "dist" / "sav-desktop"
    assert (folder / "sav-desktop").exists() and (folder / "SAV Desktop").exists()
    return folder


def test_bundle_runs_the_desk_commands(bundle: Path, tmp_path: Path) -> None:
    exe = [str(bundle / "sav-desktop")]
    env = _env(SAV_PASSWORD=PASSWORD, SAV_NEW_PASSWORD=PASSWORD)
    _version_checks(_run(exe + ["--version"], tmp_path, env).stdout)
    url = f"sqlite:///{tmp_path / 'bundle.sqlite3'}"
    _run(exe + ["--database", url, "demo", "--assets", "60"], tmp_path, env)
    _admin(exe, url, tmp_path, env)
    user = ["--user", "Alice Martin"]
    shots = tmp_path / "shots"
    _run(exe + ["--database", url, *user, "screenshots", "--out", str(shots)], tmp_path, env)
    assert len(list(shots.glob("*.png"))) >= 10
    assert (shots / "61-etiquette-enregistrer-pdf.png").exists()
    import sqlite3

    with sqlite3.connect(tmp_path / "bundle.sqlite3") as conn:
        (tag,) = conn.execute("SELECT asset_tag FROM assets WHERE asset_tag IS NOT NULL LIMIT 1").fetchone()
    pdf = tmp_path / "etiquette.pdf"
    _run(exe + ["--database", url, *user, "labels", "--template", "brother-ql-62x29", "--asset", tag, "--out", str(pdf)],
         tmp_path, env)
    assert pdf.read_bytes().startswith(b"%PDF")
    out = _run(exe + ["--database", url, *user, "audit", "verify"], tmp_path, env).stdout
    assert "intact" in out


def test_version_from_source(capsys: pytest.CaptureFixture[str]) -> None:
    from sav_desktop.cli import main

    assert main(["--version"]) == 0
    _version_checks(capsys.readouterr().out)
