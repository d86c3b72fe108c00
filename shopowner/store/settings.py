"""Shop settings: small JSON values by key (shop name, founder, WeChat QR, language…)."""

from __future__ import annotations

import json
from typing import Any

from sqlite_utils import Database

# Every key the shop stores, in one place (the CLI names and rules: shopowner/shop_settings.py)
SHOP_NAME = "shop_name"
FOUNDER_NAME = "founder_name"
WECHAT_QR = "wechat_qr"
QR_OWNER_KEY = "wechat_qr_owner"           # whose WeChat the QR adds: "founder" | "staff" | "shop"
FOUNDER_WECHAT_ID_KEY = "founder_wechat_id"
DESIGN_KEY = "cards_design"               # the chosen card design's key
DESIGN_IMAGE_KEY = "cards_design_image"   # the logo/photo, relative to the data folder
SIGNATURE_IMAGE_KEY = "cards_signature_image"
ORDER_BARCODE_KEY = "cards_order_barcode"  # print the order number as a barcode too
ASK_LINE_KEY = "cards_ask_line"           # the line under the QR that asks for the card code
BANNED_PHRASES_KEY = "cards_banned_phrases"  # the owner's own phrases the letter checker flags
CARD_COSTS_KEY = "cards_costs"            # {layout key: fen one printed card costs (paper, ink)}
BAIT_COST_KEY = "cards_bait_cost"         # fen of the gift a card promises for adding WeChat (诱饵)


def get_setting(db: Database, key: str, default: Any = None) -> Any:
    row = db.execute("SELECT value FROM settings WHERE key = ?", [key]).fetchone()
    return default if row is None or row[0] is None else json.loads(row[0])


def set_setting(db: Database, key: str, value: Any) -> None:
    db.execute(
        "INSERT INTO settings (key, value) VALUES (?, ?) "
        "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
        [key, json.dumps(value, ensure_ascii=False)],
    )


def all_settings(db: Database) -> dict[str, Any]:
    return {k: json.loads(v) for k, v in db.execute("SELECT key, value FROM settings ORDER BY key")}


def shop_is_set_up(db: Database) -> bool:
    """True once the owner has started their shop or loaded the demo (the welcome is not shown)."""
    return bool(get_setting(db, SHOP_NAME))
