"""``settings get|set|list``: set the shop up without the window."""

from __future__ import annotations

import sys

from shopowner.i18n import translate

# CLI key → stored key. Later features add theirs here.
SETTING_KEYS = {
    "shop-name": "shop_name",
    "founder-name": "founder_name",
    "wechat-qr": "wechat_qr",  # an image saved from WeChat (decoded) or the link/text itself
    # the printed card (see shopowner/cards/card_settings.py)
    "card-design": "cards_design",          # letter_paper | simple | portrait
    "card-image": "cards_design_image",     # the logo or founder's photo: an image file, or "none"
    "signature-image": "cards_signature_image",  # a scanned signature image, or "none" (typed)
    "order-barcode": "cards_order_barcode",  # on | off
}


def register(sub) -> None:
    p = sub.add_parser("settings", help=translate("Cli", "show or change the shop's settings"))
    ssub = p.add_subparsers(dest="settings_command", required=True)
    g = ssub.add_parser("get", help=translate("Cli", "print one setting"))
    g.add_argument("key", choices=sorted(SETTING_KEYS))
    g.set_defaults(handler=handle_get)
    s = ssub.add_parser("set", help=translate("Cli", "change one setting"))
    s.add_argument("key", choices=sorted(SETTING_KEYS))
    s.add_argument("value")
    s.set_defaults(handler=handle_set)
    ls = ssub.add_parser("list", help=translate("Cli", "print every setting as JSON"))
    ls.set_defaults(handler=handle_list)


def handle_get(args, ctx) -> int:
    from shopowner.store.settings import get_setting

    value = get_setting(ctx.db, SETTING_KEYS[args.key])
    if value is None:
        print(translate("Cli", "{key} is not set.").format(key=args.key), file=sys.stderr)
        return 1
    print(_shown(value))
    return 0


def handle_set(args, ctx) -> int:
    from shopowner.store.settings import set_setting

    value = args.value.strip()
    if not value:
        print(translate("Cli", "The value is empty; nothing was changed."), file=sys.stderr)
        return 1
    if args.key == "wechat-qr":
        from shopowner.cards.qr_source import QrSourceError, setting_from_input

        try:
            stored, note = setting_from_input(value, ctx.data_dir)
        except QrSourceError as exc:
            print(translate("Cli", "Error: {message}").format(message=exc), file=sys.stderr)
            return 1
        set_setting(ctx.db, SETTING_KEYS[args.key], stored)
        print(translate("Cli", "{key} = {value}").format(key=args.key, value=stored))
        print(note)
        return 0
    if args.key in CARD_KEYS:
        from shopowner.cards.card_settings import CardImageError

        try:
            value = _card_setting(args.key, value, ctx)
        except (CardImageError, ValueError) as exc:
            print(translate("Cli", "Error: {message}").format(message=exc), file=sys.stderr)
            return 1
    set_setting(ctx.db, SETTING_KEYS[args.key], value)
    if value == "":
        print(translate("Cli", "{key} is cleared.").format(key=args.key))
    else:
        print(translate("Cli", "{key} = {value}").format(key=args.key, value=_shown(value)))
    return 0


def _shown(value) -> str:
    return ("on" if value else "off") if isinstance(value, bool) else str(value)


CARD_KEYS = ("card-design", "card-image", "signature-image", "order-barcode")


def _card_setting(key: str, value: str, ctx):
    """The value to store for a card setting; pictures are copied into the data folder."""
    from shopowner.cards.card_settings import DESIGN_IMAGE_FILE, SIGNATURE_FILE, import_card_image
    from shopowner.cards.designs import DESIGNS, design_title

    if key == "card-design":
        if value not in DESIGNS:
            names = ", ".join(f"{k} ({design_title(k)})" for k in DESIGNS)
            raise ValueError(translate("Cli", "There is no card design called “{value}”. Use one of: "
                                              "{names}.").format(value=value, names=names))
        return value
    if key == "order-barcode":
        if value.lower() not in ("on", "off"):
            raise ValueError(translate("Cli", "Use on or off."))
        return value.lower() == "on"
    if value.lower() == "none":
        return ""
    return import_card_image(value, ctx.data_dir, SIGNATURE_FILE if key == "signature-image" else DESIGN_IMAGE_FILE,
                             clear_white=key == "signature-image")


def handle_list(args, ctx) -> int:
    from shopowner.cli import print_json
    from shopowner.store.settings import all_settings

    print_json(all_settings(ctx.db))
    return 0
