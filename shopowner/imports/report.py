"""What an import says about each file: the counts, the skipped rows with their reasons, the
warnings, or why the file was refused (:class:`FileReport`), for the window, the CLI's JSON and
the import history alike."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field

from shopowner.imports.read import ImportRejected

MAX_REPORTED_SKIPS = 1000  # the imports table keeps this many; the returned report keeps all


class NeedsMapping(ImportRejected):
    """A table that is not a known platform export and has no usable column mapping."""

    def __init__(self, message: str, headers: list[str], proposal: dict | None = None):
        super().__init__(message)
        self.headers = headers
        self.proposal = proposal  # the order mapping we would propose (flat form), if any


@dataclass
class FileReport:
    file: str
    platform: str = ""
    kind: str = ""
    rows: int = 0
    orders: int = 0
    new_orders: int = 0
    updated_orders: int = 0
    new_customers: int = 0
    matched_customers: int = 0
    duplicates: int = 0
    skipped: list[dict] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    error: str | None = None
    needs_mapping: bool = False
    proposal: dict | None = None  # needs_mapping: the column mapping proposed for it
    joined_with: str = ""
    import_id: int | None = None
    finished_at: str = ""  # set on reports read back from the import history
    # read back from the history: all skipped rows, of which ``skipped`` lists the first
    # MAX_REPORTED_SKIPS (or none, in a list of imports); None: ``skipped`` is all of them
    skipped_count: int | None = None
    staff_name: str = ""  # read back from the history: who imported it (team mode), '' when unknown

    @property
    def skipped_total(self) -> int:
        listed = len(self.skipped)
        return listed if self.skipped_count is None else max(self.skipped_count, listed)

    def as_json(self) -> dict:
        keys = ("file", "platform", "rows", "orders", "new_orders", "updated_orders",
                "new_customers", "matched_customers", "skipped", "error")
        data = asdict(self)
        return {k: data[k] for k in keys}


@dataclass
class ImportResult:
    files: list[FileReport]
    cancelled: bool = False

    @property
    def rejected(self) -> bool:
        return any(f.error for f in self.files)
