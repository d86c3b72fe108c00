"""``settings get|set|list``: set the shop up without the window."""

from __future__ import annotations

import sys

from shopowner.i18n import translate
from shopowner.shop_settings import SETTING_KEYS


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
    from shopowner.shop_settings import SettingError, change_setting

    try:
        stored, note = change_setting(ctx.db, ctx.data_dir, args.key, args.value)
    except SettingError as exc:
        print(translate("Cli", "Error: {message}").format(message=exc), file=sys.stderr)
        return 1
    if stored == "":
        print(translate("Cli", "{key} is cleared.").format(key=args.key))
    else:
        print(translate("Cli", "{key} = {value}").format(key=args.key, value=_shown(stored)))
    if note:
        print(note)
    return 0


def _shown(value) -> str:
    return ("on" if value else "off") if isinstance(value, bool) else str(value)


def handle_list(args, ctx) -> int:
    from shopowner.cli import print_json
    from shopowner.store.settings import all_settings

    print_json(all_settings(ctx.db))
    return 0
