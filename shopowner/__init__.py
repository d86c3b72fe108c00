"""掌柜私域 ShopOwner: the shop owner's private-domain customer book, insert cards and follow-ups."""

__version__ = "0.1.0"
APP_NAME = "ShopOwner"
APP_ORG = "ShopOwner"
