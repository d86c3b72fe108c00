"""掌柜私域 ShopOwner: the shop owner's private-domain customer book, insert cards and follow-ups."""

from shopowner.refcount_guard import keep_singletons_alive

__version__ = "0.1.0"
APP_NAME = "ShopOwner"
APP_ORG = "ShopOwner"

keep_singletons_alive()  # before any Qt import: PySide6 6.12.0 on Python 3.11 (see the module)
