"""``cards``: print the day's insert cards to a PDF without the window.

Exit 0 when the PDF is written and its cards recorded as printed; 1 when nothing could be printed
(no parcels, no QR, a letter that does not fit without ``--allow-overflow``): then nothing is written
and the codes already reserved stay reserved for the next run.
"""

from __future__ import annotations

import sys
from pathlib import Path

from shopowner.i18n import translate


def register(sub) -> None:
    p = sub.add_parser("cards", help=translate("Cli", "make the insert cards for parcels as a PDF"))
    p.add_argument("--orders", default="to-ship", metavar="WHICH",
                   help=translate("Cli", "to-ship (paid, not shipped, no card yet; the default), today "
                                         "(imported today), all, FROM..TO (order dates) or order ids "
                                         "ID,ID,…"))
    p.add_argument("--layout", default=None, metavar="NAME",
                   help=translate("Cli", "a layout name (a4-4up-a6, a4-2up-a5, a4-10up-90x54, "
                                         "thermal-100x150, roll-76, roll-80, custom), a saved layout, "
                                         "or a layout file"))
    p.add_argument("--letter", default=None, metavar="NAME",
                   help=translate("Cli", "use this letter for every card instead of the letter rules"))
    p.add_argument("--start", type=int, default=1, metavar="N",
                   help=translate("Cli", "first free position on a part-used sheet (1 = top left)"))
    p.add_argument("--copies", type=int, default=1, metavar="N", help=translate("Cli", "copies of each card"))
    p.add_argument("--no-crop-marks", action="store_true", help=translate("Cli", "leave out crop marks"))
    p.add_argument("--reprint", metavar="CODE",
                   help=translate("Cli", "reprint one card by its code (same code, marked as a reprint)"))
    p.add_argument("--allow-overflow", action="store_true",
                   help=translate("Cli", "print cards whose letter does not fit with only what fits (a "
                                         "warning names them); without it such a run prints nothing and "
                                         "exits 1"))
    p.add_argument("--out", required=True, metavar="FILE.pdf", help=translate("Cli", "the PDF to write"))
    p.add_argument("--json", action="store_true", help=translate("Cli", "print the result as JSON"))
    p.set_defaults(handler=handle_cards)


def handle_cards(args, ctx) -> int:
    from shopowner.cards.batch import CardsError, make_cards, reprint_card
    from shopowner.cards.layouts import LayoutError, PrintOptions, get_layout
    from shopowner.cards.selection import SelectionError
    from shopowner.cli import print_json

    try:
        layout = get_layout(args.layout, ctx.data_dir)
        options = PrintOptions(start_position=args.start, copies=args.copies,
                               crop_marks=not args.no_crop_marks).validate(layout)
        out = Path(args.out).expanduser()
        if args.reprint:
            result = reprint_card(ctx.db, ctx.data_dir, args.reprint, layout, out, options,
                                  allow_overflow=args.allow_overflow)
        else:
            result = make_cards(ctx.db, ctx.data_dir, args.orders, layout, out, letter_name=args.letter,
                                options=options, allow_overflow=args.allow_overflow)
    except (CardsError, LayoutError, SelectionError) as exc:
        print(translate("Cli", "Error: {message}").format(message=exc), file=sys.stderr)
        return 1
    if args.json:
        print_json(result)
    else:
        print(translate("Cli", "%n card(s) written to {path} (pages: {pages}, {seconds} s).", "",
                        len(result["cards"])).format(pages=result["pages"], path=out, seconds=result["seconds"]))
    for path in result["recovered"]:
        print(translate("Cli", "Finished {path}, left by an earlier run that was stopped.").format(path=path),
              file=sys.stderr)
    for warning in result["warnings"]:
        print(translate("Cli", "Warning: {message}").format(message=warning), file=sys.stderr)
    return 0
