"""What a person types to join a hub — ``192.168.1.5``, ``192.168.1.5:5433``, or a whole
``postgresql://…`` address — and the shop password, made into the hub's address."""

from __future__ import annotations

import re
from urllib.parse import quote, unquote, urlsplit, urlunsplit

from shopowner.i18n import translate
from shopowner.store.pg.server import DATABASE, PREFERRED_PORT, SHOP_ROLE

_HOST = re.compile(r"^(\[[0-9A-Fa-f:.]+\]|[A-Za-z0-9][A-Za-z0-9.-]*)(?::(\d{1,5}))?$")
_SCHEMES = ("postgresql://", "postgres://")


class AddressError(ValueError):
    """The address or password cannot be used; ``str()`` says what to type."""


def join_url(address: str, password: str) -> str:
    """The hub's address for ``address`` (host[:port], or a postgresql:// address) and the shop
    password (which a pasted address may already hold)."""
    address, password = address.strip(), password.strip()
    if not address:
        raise AddressError(translate("Team", "Type the hub's address, as the hub's PC shows it under "
                                             "文件 → 团队模式 (for example 192.168.1.5:5432)."))
    if address.lower().startswith(_SCHEMES):
        return _full(address, password)
    match = _HOST.match(address)
    port = int(match.group(2)) if match and match.group(2) else PREFERRED_PORT
    if match is None or not 0 < port < 65536:
        raise AddressError(translate("Team", "“{address}” is not an address: type it as the hub's PC shows "
                                             "it, for example 192.168.1.5:5432.").format(address=address))
    if not password:
        raise AddressError(_no_password())
    return f"postgresql://{SHOP_ROLE}:{quote(password, safe='')}@{match.group(1)}:{port}/{DATABASE}"


def _full(address: str, password: str) -> str:
    parts = urlsplit(address)
    try:
        parts.port  # noqa: B018 - raises on a port that is no number
    except ValueError:
        parts = None  # type: ignore[assignment]
    if parts is None or not parts.hostname:
        raise AddressError(translate("Team", "“{address}” is not a hub address: it looks like "
                                             "postgresql://shop:password@192.168.1.5:5432/shop.")
                           .format(address=_hidden(address)))
    if parts.password:
        return address
    if not password:
        raise AddressError(_no_password())
    user = parts.username or SHOP_ROLE
    netloc = f"{quote(unquote(user), safe='')}:{quote(password, safe='')}@{parts.netloc.rsplit('@', 1)[-1]}"
    return urlunsplit(parts._replace(netloc=netloc, path=parts.path or f"/{DATABASE}"))


def _no_password() -> str:
    return translate("Team", "Type the shop password, as the hub's PC shows it under 文件 → 团队模式 "
                             "(“Show”).")


def _hidden(text: str) -> str:
    """A pasted address with any password in it replaced by ***."""
    return re.sub(r"(://[^:/@]*:)[^@]*@", r"\1***@", text)
