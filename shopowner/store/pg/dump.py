"""The hub's book as PostgreSQL's own dump (``pg_dump --format=custom``), where its programs are.

The shop-file backups (``store/pg/backup.py``) stay the ones every PC makes. A dump needs
PostgreSQL's programs (``pg_dump``, ``pg_restore``, ``psql``) at least as new as the server, which
the hub's own PC has (``hub init`` ran on them); it is the server's own copy of everything it
holds, restored by the server in one transaction.

Writing one: the row counts of every table are read in a snapshot that ``pg_dump`` then dumps
(``--snapshot``), into a temporary name beside the target; the dump is read back whole
(``pg_restore --list`` must name every table's data, and the rows of each table's data are
counted and compared), and only then renamed into place.

Restoring one: the dump is read back whole first (a truncated or damaged dump is refused before
the book is touched); then, in ONE transaction (``psql --single-transaction``), the book's own
tables and functions are dropped, the script ``pg_restore --clean --if-exists --no-owner`` makes
of the dump is run, and every table's rows are counted against the dump's. Any failure rolls all
of it back: the book stays as it was. (``pg_restore --single-transaction`` alone could not drop
what a newer ShopOwner added to the book since the dump, nor check the counts before committing.)
The extension ``pg_trgm`` belongs to the server's superuser: it is not dropped nor made again.

No password on a command line (a child's environment gets it: ``PGPASSWORD``, or the ``passfile``
of the address) and no console window on Windows.
"""

from __future__ import annotations

import contextlib
import os
import re
import shutil
import subprocess
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

import psycopg

from shopowner.i18n import translate
from shopowner.store.backup import fsync_folder
from shopowner.store.pg.hub import APPLICATION, HubError, book_tables, connect_hub, lost_hub, one
from shopowner.store.pg.server import _EXE, _NO_WINDOW, _candidate_bindirs, _server_error

PROGRAMS = ("pg_dump", "pg_restore", "psql")
TEMP_SUFFIX = ".tmp"
_TABLE_DATA = re.compile(r"^\d+; \d+ \d+ TABLE DATA public (\S+)(?: |$)")
_EXTENSION = re.compile(r"^\d+; \d+ \d+ (?:EXTENSION|COMMENT) - (?:EXTENSION )?\S+")
_COPY = re.compile(rb'^COPY public\.(?:"((?:[^"]|"")+)"|([^ "]+)) .*FROM stdin;\r?\n?$')
_ERROR = re.compile(r"\b(?:ERROR|FATAL|error|fatal):")
_PSQL_WHERE = re.compile(r"^psql:.*?:\d+: ")
_VERSION = re.compile(rb"\(PostgreSQL\)\s+(\d+)")


@dataclass
class DumpContents:
    """What a dump holds, read back whole: rows per table (the book's and ``hub_*``)."""

    rows: dict[str, int] = field(default_factory=dict)
    made_by: str = ""  # "15.18 (Debian 15.18-0+deb12u1)": the pg_dump that wrote it
    listed: list[str] = field(default_factory=list)  # the tables whose data its listing names

    @property
    def total(self) -> int:
        return sum(self.rows.values())


@dataclass
class DumpReport:
    path: Path
    contents: DumpContents
    server: int    # the hub's PostgreSQL major version
    programs: int  # the major version of the pg_dump / pg_restore used


# the programs ------------------------------------------------------------------------------------
def program_major(bindir: Path, program: str = "pg_dump") -> int:
    """The major version of ``program`` in ``bindir`` (0 when it does not say)."""
    try:
        done = subprocess.run([str(bindir / f"{program}{_EXE}"), "--version"], check=False,
                              capture_output=True, timeout=30, stdin=subprocess.DEVNULL, creationflags=_NO_WINDOW)
    except (OSError, subprocess.SubprocessError):
        return 0
    match = _VERSION.search(done.stdout)
    return int(match.group(1)) if match else 0


def dump_bindir(server: int, bindir: Path | None = None) -> tuple[Path, int]:
    """The folder of a ``pg_dump``, ``pg_restore`` and ``psql`` not older than the server's major
    version ``server`` (``bindir`` when given, else the installed one nearest to it), and its
    version; a HubError saying what to install when there is none."""
    if bindir is not None:
        found = {program_major(Path(bindir)): Path(bindir)}
    else:
        dirs = _candidate_bindirs(PROGRAMS)
        on_path = shutil.which("pg_dump")  # a wrapper choosing a version (Debian): the versioned folders first
        dirs.sort(key=lambda d: on_path is not None and Path(on_path).parent == d)
        found = {}
        for candidate in dirs:
            found.setdefault(program_major(candidate), candidate)
    usable = [v for v in found if v >= server]
    if not usable:
        older = max(found, default=0)
        if older:
            raise HubError("not_installed", translate(
                "Store", "The hub runs PostgreSQL {server}, but this PC's pg_dump is from PostgreSQL {older}, "
                         "which cannot dump a newer server. Install PostgreSQL {server} or newer on this PC "
                         "(its programs are enough; on Debian or Ubuntu: sudo apt install postgresql-client-"
                         "{server}). The shop-file backups need none of this.").format(server=server, older=older))
        raise HubError("not_installed", translate(
            "Store", "A dump of the hub needs PostgreSQL's programs (pg_dump), which this PC does not have. "
                     "Install PostgreSQL {server} or newer on this PC (its programs are enough; on Debian or "
                     "Ubuntu: sudo apt install postgresql-client-{server}). The shop-file backups need none "
                     "of this.").format(server=server))
    best = min(usable)
    return found[best], best


def _child(url: str) -> tuple[str, dict[str, str]]:
    """The address without its password (for a command line) and the environment carrying it."""
    from psycopg.conninfo import conninfo_to_dict, make_conninfo

    params = conninfo_to_dict(url)
    password = params.pop("password", None)
    env = {k: v for k, v in os.environ.items() if k not in ("PGPASSWORD", "PGOPTIONS", "PGSERVICE")}
    env.update(PGAPPNAME=APPLICATION, PGCONNECT_TIMEOUT="10", PGCLIENTENCODING="UTF8")
    if password:
        env["PGPASSWORD"] = str(password)
    return make_conninfo("", **{k: str(v) for k, v in params.items()}), env


def _run(bindir: Path, program: str, *args: str | Path, env: dict[str, str] | None = None,
         timeout: float = 6 * 3600) -> subprocess.CompletedProcess:
    """Run one of the programs as this PC's user (they refuse nothing as root, unlike the server)."""
    try:
        done = subprocess.run([str(bindir / f"{program}{_EXE}"), *map(str, args)], check=False,
                              capture_output=True, timeout=timeout, env=env, stdin=subprocess.DEVNULL,
                              creationflags=_NO_WINDOW)
    except (OSError, subprocess.SubprocessError) as exc:
        raise _server_error(program, str(exc)) from exc
    if done.returncode != 0:
        reason = _last_words(done.stderr or done.stdout, done.returncode)
        raise ProgramFailed(reason, _server_error(program, reason))
    return done


class ProgramFailed(HubError):
    """One of the programs ended with an error: ``reason`` is its last words."""

    def __init__(self, reason: str, error: HubError):
        super().__init__(error.kind, str(error))
        self.reason = reason


def _last_words(said: bytes, code: int) -> str:
    """The program's last error line, without psql's script name and line (its DETAIL and CONTEXT
    lines, which may quote the shop's rows, are left out)."""
    lines = [line for line in said.decode("utf-8", errors="replace").splitlines() if line.strip()]
    errors = [line for line in lines if _ERROR.search(line)]
    return _PSQL_WHERE.sub("", (errors or lines or [f"exit code {code}"])[-1]).strip()


def _server_major(conn: psycopg.Connection) -> int:
    return int(one(conn, "SHOW server_version_num")[0]) // 10000


# reading a dump back -----------------------------------------------------------------------------
def _listing(bindir: Path, dump: Path) -> list[str]:
    return _run(bindir, "pg_restore", "--list", dump).stdout.decode("utf-8", errors="replace").splitlines()


def read_dump(dump: Path, bindir: Path) -> DumpContents:
    """Read a dump back whole: the tables its listing names (``pg_restore --list``) and the rows of
    each (every line of their data, ``pg_restore --data-only``); a dump cut short or damaged ends
    as a HubError."""
    dump = Path(dump)
    try:
        listing = _listing(bindir, dump)
    except ProgramFailed as exc:
        raise _unreadable(dump, exc.reason) from exc
    named = [m.group(1) for m in map(_TABLE_DATA.match, listing) if m]
    made_by = next((line.split(":", 1)[1].strip() for line in listing if "Dumped by pg_dump version:" in line), "")
    rows: dict[str, int] = {}
    with tempfile.TemporaryFile() as errors:
        reader = subprocess.Popen([str(bindir / f"pg_restore{_EXE}"), "--data-only", "--file=-", str(dump)],
                                  stdout=subprocess.PIPE, stderr=errors, stdin=subprocess.DEVNULL,
                                  creationflags=_NO_WINDOW)
        assert reader.stdout is not None
        table: str | None = None
        try:
            for line in reader.stdout:
                if table is None:
                    match = _COPY.match(line)
                    if match:
                        quoted, plain = match.groups()
                        table = quoted.decode().replace('""', '"') if quoted else plain.decode()
                        rows[table] = 0
                elif line.rstrip(b"\r\n") == b"\\.":
                    table = None
                else:
                    rows[table] += 1
        finally:
            reader.stdout.close()
            code = reader.wait()
        errors.seek(0)
        said = errors.read()
    if code != 0 or table is not None:
        raise _unreadable(dump, _last_words(said, code) if code else "the data ends inside a table")
    missing = [t for t in named if t not in rows]
    if missing:
        raise _unreadable(dump, "no data for " + ", ".join(missing))
    return DumpContents(rows, made_by, named)


def _unreadable(dump: Path, reason: str) -> HubError:
    return HubError("dump", translate(
        "Store", "{file} is not a whole dump of a shop's book ({reason}): it may have been cut short "
                 "when it was copied. Nothing was changed.").format(file=dump, reason=reason))


def _check(dump: Path, contents: DumpContents, expected: dict[str, int]) -> None:
    differ = [f"{t}: not listed" for t in expected if t not in contents.listed]
    differ += [f"{t}: {contents.rows.get(t, 'none')} ≠ {n}" for t, n in expected.items() if contents.rows.get(t) != n]
    if differ:
        raise HubError("dump", translate(
            "Store", "The dump of the hub failed its check, so it was not kept: {tables}.").format(
            tables="; ".join(differ[:5])))


# writing one -------------------------------------------------------------------------------------
def temp_name(target: Path) -> Path:
    return target.with_name(f".{target.name}.{os.getpid()}{TEMP_SUFFIX}")


def dump_hub(url: str, target: Path, *, bindir: Path | None = None, progress=None) -> DumpReport:
    """``pg_dump --format=custom`` of the book at ``url`` into ``target`` (which must not exist),
    checked against the book's row counts in the same snapshot before it gets its name."""
    target = Path(target)
    if target.exists():
        raise HubError("dump", translate("Store", "{path} already exists; choose a new file name for the "
                                                  "dump.").format(path=target))
    target.parent.mkdir(parents=True, exist_ok=True)
    temp = temp_name(target)
    conninfo, env = _child(url)
    try:
        with lost_hub(url), connect_hub(url) as conn:
            server = _server_major(conn)
            programs_dir, programs = dump_bindir(server, bindir)
            conn.rollback()
            conn.autocommit = True
            conn.execute("SET idle_in_transaction_session_timeout = 0")  # waits while pg_dump works
            conn.isolation_level = psycopg.IsolationLevel.REPEATABLE_READ
            with conn.transaction():
                snapshot = one(conn, "SELECT pg_export_snapshot()")[0]
                book = book_tables(conn)  # and the hub's own: its meta, search index, files
                tables = book + sorted(_tables(conn) - set(book))
                expected = {t: int(one(conn, f'SELECT count(*) FROM public."{t}"')[0]) for t in tables}
                if progress is not None:
                    progress.update(0, 0, translate("Store", "Dumping the hub's book…"))
                _run(programs_dir, "pg_dump", "--format=custom", f"--snapshot={snapshot}",
                     "--lock-wait-timeout=60000", f"--file={temp}", f"--dbname={conninfo}", env=env)
        if progress is not None:
            progress.update(0, 0, translate("Store", "Checking the dump…"))
        contents = read_dump(temp, programs_dir)
        _check(temp, contents, expected)
        with open(temp, "rb+") as fh:
            os.fsync(fh.fileno())
        os.replace(temp, target)
        fsync_folder(target.parent)
    except BaseException:
        with contextlib.suppress(OSError):
            temp.unlink(missing_ok=True)
        raise
    return DumpReport(target, contents, server, programs)


def _tables(conn: psycopg.Connection) -> set[str]:
    return {r[0] for r in conn.execute("SELECT tablename FROM pg_tables WHERE schemaname = 'public'").fetchall()}


def is_book(url: str) -> bool:
    """Whether the database at ``url`` holds a ShopOwner book (a dump of it is worth keeping)."""
    with lost_hub(url), connect_hub(url) as conn:
        held = "hub_meta" in _tables(conn)
        conn.rollback()
    return held


# restoring one -----------------------------------------------------------------------------------
# Drops what the book holds (not what belongs to an extension): what a newer ShopOwner added since
# the dump goes too, and the app adds it again at its next connection (prepare_hub).
_CLEAR = """
SET lock_timeout = '150s';
CREATE EXTENSION IF NOT EXISTS pg_trgm;
DO $clear$
DECLARE kinds text; statement text;
BEGIN
  FOREACH kinds IN ARRAY ARRAY['r,p:TABLE', 'v:VIEW', 'm:MATERIALIZED VIEW', 'S:SEQUENCE'] LOOP
    SELECT 'DROP ' || split_part(kinds, ':', 2) || ' IF EXISTS '
           || string_agg(format('public.%I', c.relname), ', ') || ' CASCADE' INTO statement
    FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
    WHERE n.nspname = 'public' AND c.relkind::text = ANY (string_to_array(split_part(kinds, ':', 1), ','))
      AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.classid = 'pg_class'::regclass
                      AND d.objid = c.oid AND d.deptype = 'e');
    IF statement IS NOT NULL THEN EXECUTE statement; END IF;
  END LOOP;
  SELECT 'DROP ROUTINE IF EXISTS ' || string_agg(p.oid::regprocedure::text, ', ') || ' CASCADE' INTO statement
  FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
  WHERE n.nspname = 'public' AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.classid = 'pg_proc'::regclass
                                             AND d.objid = p.oid AND d.deptype = 'e');
  IF statement IS NOT NULL THEN EXECUTE statement; END IF;
END $clear$;
"""


def _count_check(rows: dict[str, int]) -> str:
    """A block raising an error (so rolling the restore back) when a table's rows differ."""
    checks = "\n".join(
        f"  SELECT count(*) INTO n FROM public.\"{t.replace(chr(34), chr(34) * 2)}\";\n"
        f"  IF n <> {int(count)} THEN RAISE EXCEPTION 'restore check: % holds % rows, the dump {int(count)}', "
        f"'{t.replace(chr(39), chr(39) * 2)}', n; END IF;"
        for t, count in rows.items())
    return f"DO $check$\nDECLARE n bigint;\nBEGIN\n{checks}\nEND $check$;\n"


def contents_for(url: str, dump: Path) -> DumpContents:
    """What ``dump`` holds, read back whole with programs fit for the hub at ``url``."""
    with lost_hub(url), connect_hub(url) as conn:
        server = _server_major(conn)
        conn.rollback()
    return read_dump(Path(dump), dump_bindir(server)[0])


def restore_dump(url: str, dump: Path, *, bindir: Path | None = None, progress=None) -> DumpReport:
    """Make the book at ``url`` hold what ``dump`` holds, replacing all it held, in one transaction
    checked row by row; any failure leaves the book as it was."""
    dump = Path(dump)
    if not dump.is_file():
        raise HubError("dump", translate("Store", "There is no dump at {path}.").format(path=dump))
    with lost_hub(url), connect_hub(url) as conn:
        server = _server_major(conn)
        conn.rollback()
    programs_dir, programs = dump_bindir(server, bindir)
    if progress is not None:
        progress.update(0, 0, translate("Store", "Checking the dump…"))
    contents = read_dump(dump, programs_dir)
    if "hub_meta" not in contents.rows:
        raise HubError("dump", translate("Store", "{file} is not a dump of a shop's book.").format(file=dump))
    conninfo, env = _child(url)
    folder = Path(tempfile.mkdtemp(prefix="shopowner-restore-"))  # only this PC's user can read it
    try:
        kept = [line for line in _listing(programs_dir, dump) if not _EXTENSION.match(line)]
        (folder / "list").write_text("\n".join(kept) + "\n", encoding="utf-8")
        (folder / "clear.sql").write_text(_CLEAR, encoding="utf-8")
        (folder / "check.sql").write_text(_count_check(contents.rows), encoding="utf-8")
        _run(programs_dir, "pg_restore", "--clean", "--if-exists", "--no-owner", "--no-privileges",
             f"--use-list={folder / 'list'}", f"--file={folder / 'book.sql'}", dump)
        if progress is not None:
            progress.update(0, 0, translate("Store", "Restoring the dump into the hub…"))
        try:
            _run(programs_dir, "psql", "--no-psqlrc", "--quiet", "--single-transaction", "--set=ON_ERROR_STOP=1",
                 f"--file={folder / 'clear.sql'}", f"--file={folder / 'book.sql'}", f"--file={folder / 'check.sql'}",
                 f"--dbname={conninfo}", env=env)
        except HubError as exc:
            raise HubError("dump", translate(
                "Store", "The dump was not restored, and the hub's book was left as it was: {reason}").format(
                reason=exc)) from exc
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    return DumpReport(dump, contents, server, programs)
