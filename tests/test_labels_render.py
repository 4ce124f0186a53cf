"""Labels read back: page size, the QR decoded from a rasterised page, the PDF text, the ZPL."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
import qrcode
from hypothesis import given, settings
from hypothesis import strategies as st
from qrcode.constants import ERROR_CORRECT_M

from sav_desktop.domain.identifiers import TAG_ALPHABET, asset_tag_for_id, label_text, parse_scan
from sav_desktop.labels.content import LabelData, demo_label
from sav_desktop.labels.qr import _qr_matrix_cached, qr_matrix
from sav_desktop.labels.templates import load_templates
from sav_desktop.labels.zpl import ZplError, label_zpl, to_zpl
from tests.support import need

pypdf = pytest.importorskip("pypdf")
zxingcpp = pytest.importorskip("zxingcpp")

MM_TO_PT = 72 / 25.4
TEMPLATES = load_templates()
SINGLE = [name for name, t in TEMPLATES.items() if t.sheet is None]
LABEL = LabelData(
    tag=asset_tag_for_id(4242), serial="18274CT41028735", model="Terminal MOVE/5000 3G/4G",
    maker="Ingenico", phone="01 23 45 67 89",
)


def rasterise(pdf: Path, page: int = 1, dpi: int = 200) -> Path:
    need(shutil.which("pdftoppm") is not None, "pdftoppm absent (paquet Debian poppler-utils)")
    out = pdf.with_name(f"{pdf.stem}-p{page}")
    subprocess.run(
        ["pdftoppm", "-r", str(dpi), "-png", "-singlefile", "-f", str(page), "-l", str(page), str(pdf), str(out)],
        check=True, capture_output=True,
    )
    return out.with_name(out.name + ".png")


def decode_qr(png: Path) -> list[str]:
    from PySide6.QtGui import QImage

    image = QImage(str(png))
    assert not image.isNull(), png
    found = zxingcpp.read_barcodes(image, formats=zxingcpp.BarcodeFormat.QRCode)
    return [b.text for b in found]


@pytest.mark.gui
@pytest.mark.parametrize("name", sorted(TEMPLATES))
def test_label_pdf_reads_back(name: str, tmp_path: Path, qapp) -> None:  # type: ignore[no-untyped-def]
    from sav_desktop.labels.render import write_pdf

    t = TEMPLATES[name]
    labels = [LABEL] if t.sheet is None else [LABEL, demo_label()]
    pdf = tmp_path / f"{name}.pdf"
    assert write_pdf(pdf, t, labels) == 1

    reader = pypdf.PdfReader(str(pdf))
    assert len(reader.pages) == 1
    box = reader.pages[0].mediabox
    w_mm, h_mm = t.page_size_mm
    assert float(box.width) == pytest.approx(w_mm * MM_TO_PT, abs=0.5)
    assert float(box.height) == pytest.approx(h_mm * MM_TO_PT, abs=0.5)

    text = reader.pages[0].extract_text()
    assert LABEL.tag in text and LABEL.serial in text

    decoded = decode_qr(rasterise(pdf))
    assert sorted(decoded) == sorted(label.qr_text for label in labels)
    assert LABEL.qr_text == "SAV1:" + LABEL.tag + ":18274CT41028735"
    assert parse_scan(LABEL.qr_text) == (LABEL.tag, LABEL.serial)


@pytest.mark.gui
def test_qr_is_vector_and_one_page_per_label(tmp_path: Path, qapp) -> None:  # type: ignore[no-untyped-def]
    from sav_desktop.labels.render import write_pdf

    labels = [LabelData(asset_tag_for_id(i + 1), f"SN{i:06d}", "Socle IWL250") for i in range(5)]
    pdf = tmp_path / "five.pdf"
    write_pdf(pdf, TEMPLATES["brother-ql-62x29"], labels)
    reader = pypdf.PdfReader(str(pdf))
    assert len(reader.pages) == 5
    page = reader.pages[3]
    assert "/XObject" not in page["/Resources"] or not any(
        x.get_object().get("/Subtype") == "/Image" for x in page["/Resources"]["/XObject"].values()
    )
    assert decode_qr(rasterise(pdf, page=4)) == [labels[3].qr_text]


@pytest.mark.gui
def test_sheet_fills_pages_row_by_row(tmp_path: Path, qapp) -> None:  # type: ignore[no-untyped-def]
    from sav_desktop.labels.render import write_pdf

    t = TEMPLATES["a4-3x7-63.5x38.1"]
    labels = [LabelData(asset_tag_for_id(i + 1), f"SN{i:06d}") for i in range(23)]
    pdf = tmp_path / "sheet.pdf"
    assert write_pdf(pdf, t, labels) == 2
    assert sorted(decode_qr(rasterise(pdf, page=2, dpi=150))) == sorted(x.qr_text for x in labels[21:])


@pytest.mark.gui
def test_long_texts_still_fit_and_read_back(tmp_path: Path, qapp) -> None:  # type: ignore[no-untyped-def]
    from sav_desktop.labels.render import write_pdf

    long_serial = "ABCDEFGHIJ-0123456789/ABCDEFGHIJ01234567"  # 40 characters, the longest allowed
    model = "Lecteur PC/SC fixe bi-fente (Vitale + CPS)"
    for name in SINGLE:
        for serial in ("SNS-2024-0001234567", long_serial):
            label = LabelData(asset_tag_for_id(7), serial, model, phone="")
            pdf = tmp_path / f"long-{name}.pdf"
            write_pdf(pdf, TEMPLATES[name], [label])
            assert decode_qr(rasterise(pdf, dpi=300)) == [label.qr_text], name
            text = pypdf.PdfReader(str(pdf)).pages[0].extract_text()
            assert "SAV" not in text, name  # no phone: no phone line
            if serial != long_serial:  # a 40-character serial may be cut on the label (the QR has it whole)
                assert serial in text, name


@pytest.mark.gui
def test_preview_image_has_the_qr(qapp) -> None:  # type: ignore[no-untyped-def]
    from sav_desktop.labels.render import render_page_image

    image = render_page_image(TEMPLATES["dymo-57x32"], [LABEL], dpi=200)
    assert (image.width(), image.height()) == (round(57 / 25.4 * 200), round(32 / 25.4 * 200))
    found = zxingcpp.read_barcodes(image, formats=zxingcpp.BarcodeFormat.QRCode)
    assert [b.text for b in found] == [LABEL.qr_text]


@pytest.mark.parametrize("name", SINGLE)
def test_zpl_has_a_bq_field_with_the_label_text(name: str) -> None:
    zpl = label_zpl(TEMPLATES[name], LABEL)
    assert zpl.startswith("^XA") and zpl.rstrip().endswith("^XZ")
    assert "^BQN,2," in zpl
    assert f"^FDMA,{LABEL.qr_text}^FS" in zpl
    assert f"^FD{LABEL.tag}^FS" in zpl
    assert "^CI28" in zpl


def test_zpl_dpi_and_escaping() -> None:
    zebra = TEMPLATES["zebra-2x1"]
    zpl = label_zpl(zebra, LabelData("X9EH1W6", "SN123", model="Modèle ^spécial~"))
    assert "^PW406\n^LL203" in zpl  # 2 x 1 inch at 203 dpi
    assert "Modèle \\5Especial\\7E".replace("\\5Especial", "\\5Espécial") in zpl
    assert to_zpl(zebra, [LABEL, LABEL]).count("^XA") == 2
    with pytest.raises(ZplError, match="planche A4"):
        label_zpl(TEMPLATES["a4-3x8-63.5x33.9"], LABEL)


label_texts = st.builds(
    label_text,
    st.integers(1, 2**30 - 1).map(asset_tag_for_id),
    st.text(alphabet="ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-/", min_size=3, max_size=40),
)


@settings(max_examples=150, deadline=None)
@given(text=st.one_of(label_texts, st.text(min_size=1, max_size=80)))
def test_fast_mask_choice_matches_qrcode(text: str) -> None:
    """The matrix is exactly what qrcode builds with its own (slow) mask choice."""
    ref = qrcode.QRCode(error_correction=ERROR_CORRECT_M, border=0)
    ref.add_data(text)
    ref.make(fit=True)
    assert _qr_matrix_cached.__wrapped__(text) == tuple(tuple(bool(m) for m in row) for row in ref.modules)


def test_label_text_fits_a_small_qr() -> None:
    # Upper-case label texts use QR's alphanumeric mode: at most version 3 (29 modules).
    longest = label_text("".join(TAG_ALPHABET[-7:]), "A" * 40)
    assert len(qr_matrix(longest)) <= 29
