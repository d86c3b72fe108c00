"""Where the shop's book is: the shop file in the data folder, or — in team mode — the hub.

One PC on its own keeps its book in ``shopowner.db`` in the data folder. A PC of a team reads and
writes the hub instead, and says so in one of three ways, the first that is set winning:

1. ``--database-url postgresql://…`` for one run (the CLI's and the window's option:
   :func:`choose_hub` for this process);
2. ``$SHOPOWNER_DATABASE_URL``;
3. ``team.json`` in the data folder, written when the PC joins a hub (:func:`join_hub`) and
   removed when it leaves (:func:`leave_hub`). It holds the hub's address with the shop password,
   so only the PC's user may read it, as the shop file itself.

Everything that opens the book (:func:`shopowner.store.db.open_database`,
:func:`~shopowner.store.db.own_connection`) asks :func:`hub_url` first; the rest of the
program only ever sees the ``Database`` or ``HubBook`` it is handed.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

ENV = "SHOPOWNER_DATABASE_URL"
TEAM_FILE = "team.json"

_chosen: str | None = None


def choose_hub(url: str | None) -> None:
    """Use the hub at ``url`` for the rest of this process (``None``: as configured again)."""
    global _chosen
    _chosen = url or None


def hub_url(data_dir: Path | str) -> str | None:
    """The hub's address when this PC works on one, else ``None`` (the shop file)."""
    if _chosen:
        return _chosen
    url = os.environ.get(ENV)
    if url:
        return url
    return joined_hub(data_dir)


def joined_hub(data_dir: Path | str) -> str | None:
    """The hub the data folder records having joined (``team.json``), if any."""
    path = Path(data_dir) / TEAM_FILE
    try:
        url = json.loads(path.read_text(encoding="utf-8")).get("database_url")
    except (OSError, ValueError, AttributeError):
        return None
    return url if isinstance(url, str) and url else None


def join_hub(data_dir: Path | str, url: str) -> None:
    """Record that this PC works on the hub at ``url`` (readable by this user only)."""
    path = Path(data_dir) / TEAM_FILE
    temp = path.with_suffix(".tmp")
    fd = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as fh:
        json.dump({"database_url": url}, fh)
    os.replace(temp, path)


def leave_hub(data_dir: Path | str) -> None:
    """Back to the shop file of the data folder."""
    (Path(data_dir) / TEAM_FILE).unlink(missing_ok=True)
